// The users the bulk assignment offers: API-only users (org-wide pages, one call per page) or
// the chosen set's current holders, filtered by licence, profile and name in the browser.
import getOrgPermissionPage from '@salesforce/apex/WhyApiOnlyController.getOrgPermissionPage';
import { toPageFacts } from 'c/whyApiOnlyShared';
import { mergeFacts, type Facts, type UserChoice } from 'c/mfaEditorShared';

export const API_ONLY_FIELD = 'PermissionsApiUserOnly';
export const USER_PAGE_SIZE = 200;

export interface UserPage {
  readonly facts: Facts;
  readonly nextAfterUserId: string | null;
}

export async function loadApiOnlyUsers(afterUserId: string | null): Promise<UserPage> {
  const page = await getOrgPermissionPage({
    permissionField: API_ONLY_FIELD,
    afterUserId,
    pageSize: USER_PAGE_SIZE
  });
  return {
    facts: toPageFacts(page.facts ?? {}),
    nextAfterUserId: page.hasMore ? (page.nextAfterUserId ?? null) : null
  };
}

export function addPage(pool: Facts | null, page: Facts): Facts {
  return pool ? mergeFacts(pool, page) : page;
}

export interface UserFilters {
  readonly license: string;
  readonly profile: string;
  readonly search: string;
}

export function filterUsers(users: readonly UserChoice[], filters: UserFilters): UserChoice[] {
  const term = filters.search.trim().toLowerCase();
  return users.filter(
    (user) =>
      (!filters.license || user.licenseName === filters.license) &&
      (!filters.profile || user.profileName === filters.profile) &&
      (!term || `${user.name} ${user.username}`.toLowerCase().includes(term))
  );
}

export function distinctOptions(values: readonly string[], anyLabel: string) {
  const distinct = [...new Set(values.filter(Boolean))].sort();
  return [{ label: anyLabel, value: '' }, ...distinct.map((value) => ({ label: value, value }))];
}
