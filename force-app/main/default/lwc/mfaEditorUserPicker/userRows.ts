// The users the bulk assignment offers, as rows: a page of the server's search (every filter
// applied by Apex), or the chosen set's current direct holders, filtered and paged here.
import searchUsers from '@salesforce/apex/MfaEditorController.searchUsers';
import { auditOrg } from 'c/accessEngine';
import { directHolderIds, userChoices, type Facts } from 'c/mfaEditorShared';

export const PAGE_SIZE = 50;
/** As MfaEditorUserSearchService.MIN_TEXT_LENGTH: shorter text is not sent. */
export const MIN_TEXT_LENGTH = 2;

export interface UserRow {
  readonly id: string;
  readonly name: string;
  readonly username: string;
  readonly profileId: string;
  readonly profileName: string;
  readonly licenseId: string;
  readonly licenseName: string;
  readonly apiOnly: boolean;
}

export interface UserFilters {
  readonly text: string;
  readonly licenseId: string;
  readonly profileId: string;
  readonly apiOnly: boolean;
}

export interface RowPage {
  readonly rows: UserRow[];
  readonly nextCursor: string | null;
}

/** Text of one character would match most of the org: wait for more. */
export function isSearchable(text: string): boolean {
  const length = text.trim().length;
  return length === 0 || length >= MIN_TEXT_LENGTH;
}

function rowOf(user: Apex.MfaEditorUserChoice): UserRow {
  return {
    id: user.id ?? '',
    name: user.name ?? user.username ?? user.id ?? '',
    username: user.username ?? '',
    profileId: user.profileId ?? '',
    profileName: user.profileName ?? '',
    licenseId: user.licenseId ?? '',
    licenseName: user.licenseName ?? '',
    apiOnly: user.apiOnly === true
  };
}

/** One page of the org's active users matching the filters: one Apex call. */
export async function searchPage(filters: UserFilters, cursor: string | null): Promise<RowPage> {
  const page = await searchUsers({
    searchText: filters.text.trim() || null,
    licenseId: filters.licenseId || null,
    profileId: filters.profileId || null,
    apiOnly: filters.apiOnly,
    afterCursor: cursor,
    pageSize: PAGE_SIZE
  });
  return { rows: (page.users ?? []).map(rowOf), nextCursor: page.nextCursor ?? null };
}

/** The set's direct holders (what removal can take away); the engine tells who is API-only. */
export function holderRows(facts: Facts, permissionSetId: string): UserRow[] {
  const holders = directHolderIds(facts, permissionSetId);
  const apiOnly = new Set(
    auditOrg(facts)
      .rows.filter((row) => row.apiOnly)
      .map((row) => row.userId)
  );
  const profiles = new Map((facts.records.Profile ?? []).map((row) => [row.Id, row]));
  const users = new Map((facts.records.User ?? []).map((row) => [row.Id, row]));
  return userChoices(facts)
    .filter((user) => holders.has(user.id))
    .map((user) => {
      const profileId = users.get(user.id)?.ProfileId ?? '';
      return {
        ...user,
        profileId,
        licenseId: profiles.get(profileId)?.UserLicenseId ?? '',
        apiOnly: apiOnly.has(user.id)
      };
    });
}

/** The same filters as the Apex search, for rows already in the browser. */
export function filterRows(rows: readonly UserRow[], filters: UserFilters): UserRow[] {
  const term = filters.text.trim().toLowerCase();
  return rows.filter(
    (row) =>
      (!term || `${row.name}\n${row.username}`.toLowerCase().includes(term)) &&
      (!filters.licenseId || row.licenseId === filters.licenseId) &&
      (!filters.profileId || row.profileId === filters.profileId) &&
      (!filters.apiOnly || row.apiOnly)
  );
}
