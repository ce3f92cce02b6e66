// Port of MfaEditorUserSearchService (searchUsers, getUserFilterChoices) over the in-memory
// org: the bulk assignment's user search, with the same authority, input checks, filters,
// Name/Id keyset pages and error labels as the Apex.
import type { OrgRecord } from './org';
import { sameId, toId18 } from './platform';
import { ASSIGN_PERMISSION_SETS, Authority, errorOf, optionalId } from './services';
import type { Transaction } from './services';

const DEFAULT_PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 200;
const MIN_TEXT_LENGTH = 2;
const MAX_TEXT_LENGTH = 80;
const MAX_PROFILE_CHOICES = 2000;
const API_ONLY = 'PermissionsApiUserOnly';

interface Cursor {
  readonly name: string;
  readonly id: string;
}

function requireSearcher(tx: Transaction): void {
  const authority = new Authority(tx);
  authority.requireViewer();
  authority.requireUserPermission(ASSIGN_PERMISSION_SETS);
}

/** MfaEditorCursor.decode(value, User.SObjectType): "Name/Id", split at the last "/". */
function decodeUserCursor(tx: Transaction, value: string | null): Cursor | null {
  if (!value || !value.trim()) return null;
  const at = value.lastIndexOf('/');
  const id = at > 0 ? toId18(value.slice(at + 1)) : null;
  if (!id || id.slice(0, 3) !== '005') throw errorOf(tx, 'MfaEditor_Error_BadCursor', [value]);
  return { name: value.slice(0, at), id };
}

function checkedText(tx: Transaction, searchText: string | null): string | null {
  const text = (searchText ?? '').trim();
  if (text.length > MAX_TEXT_LENGTH)
    throw errorOf(tx, 'MfaEditorUi_Error_SearchTooLong', [MAX_TEXT_LENGTH, text.length]);
  if (text.length > 0 && text.length < MIN_TEXT_LENGTH)
    throw errorOf(tx, 'MfaEditorUi_Error_SearchTooShort', [MIN_TEXT_LENGTH]);
  return text || null;
}

/** SOQL ORDER BY Name, Id and the keyset condition, compared as the grid's stand-in does. */
function byNameThenId(a: OrgRecord, b: OrgRecord): number {
  const [x, y] = [String(a.Name), String(b.Name)];
  if (x !== y) return x < y ? -1 : 1;
  return a.Id < b.Id ? -1 : 1;
}

function after(user: OrgRecord, cursor: Cursor): boolean {
  const name = String(user.Name);
  return name > cursor.name || (name === cursor.name && user.Id > cursor.id);
}

/** Users with an assignment of a set granting API Only User (profile-owned, regular, aggregate). */
function apiOnlyHolders(tx: Transaction): Set<string> {
  tx.selector.assertReadable('PermissionSetAssignment');
  const holders = new Set<string>();
  for (const assignment of tx.org.all('PermissionSetAssignment')) {
    const set = tx.org.byId('PermissionSet', assignment.PermissionSetId as string);
    if (set?.[API_ONLY] === true) holders.add(String(assignment.AssigneeId).slice(0, 15));
  }
  return holders;
}

export function searchUsers(
  tx: Transaction,
  searchText: string | null,
  licenseIdInput: unknown,
  profileIdInput: unknown,
  apiOnly: boolean | null,
  afterCursor: string | null,
  pageSize: number | null
): Apex.MfaEditorUserPage {
  requireSearcher(tx);
  const size = pageSize ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE)
    throw errorOf(tx, 'MfaEditor_Error_PageSize', [MAX_PAGE_SIZE]);
  const text = checkedText(tx, searchText);
  const licenseId = optionalId(tx, licenseIdInput, 'UserLicense', 'licenseId');
  const profileId = optionalId(tx, profileIdInput, 'Profile', 'profileId');
  const cursor = decodeUserCursor(tx, afterCursor);
  tx.selector.assertReadable('User');
  if (licenseId) {
    tx.selector.assertReadable('UserLicense');
    if (!tx.org.byId('UserLicense', licenseId))
      throw errorOf(tx, 'MfaEditorUi_Error_UnknownLicense', [licenseId]);
  }
  if (profileId) {
    tx.selector.assertReadable('Profile');
    if (!tx.org.byId('Profile', profileId))
      throw errorOf(tx, 'MfaEditorUi_Error_UnknownProfile', [profileId]);
  }
  const holders = apiOnlyHolders(tx);
  const term = text?.toLowerCase() ?? null;
  const profileOf = (user: OrgRecord) => tx.org.byId('Profile', user.ProfileId as string);
  // LIKE '%term%' is case-insensitive; the Apex escapes % and _ so they match literally, as here.
  const users = tx.org
    .where(
      'User',
      (u) =>
        u.IsActive === true &&
        (!term ||
          String(u.Name).toLowerCase().includes(term) ||
          String(u.Username).toLowerCase().includes(term)) &&
        (!licenseId || sameId(profileOf(u)?.UserLicenseId as string, licenseId)) &&
        (!profileId || sameId(u.ProfileId as string, profileId)) &&
        (apiOnly !== true || holders.has(u.Id.slice(0, 15))) &&
        (!cursor || after(u, cursor))
    )
    .sort(byNameThenId)
    .slice(0, size + 1);
  let nextCursor: string | undefined;
  if (users.length > size) {
    users.length = size;
    const last = users[size - 1];
    nextCursor = `${String(last.Name)}/${last.Id}`;
  }
  return {
    users: users.map((u) => {
      const profile = profileOf(u);
      const license = tx.org.byId('UserLicense', profile?.UserLicenseId as string);
      return {
        id: u.Id,
        name: String(u.Name),
        username: String(u.Username),
        profileId: String(u.ProfileId),
        profileName: profile ? String(profile.Name) : undefined,
        licenseId: profile ? String(profile.UserLicenseId) : undefined,
        licenseName: license ? String(license.Name) : undefined,
        isActive: true,
        apiOnly: holders.has(u.Id.slice(0, 15))
      };
    }),
    nextCursor,
    pageSize: size
  };
}

export function getUserFilterChoices(tx: Transaction): Apex.MfaEditorUserFilterChoices {
  requireSearcher(tx);
  tx.selector.assertReadable('UserLicense');
  tx.selector.assertReadable('Profile');
  return {
    licenses: [...tx.org.all('UserLicense')]
      .sort(byNameThenId)
      .map((l) => ({ id: l.Id, name: String(l.Name) })),
    profiles: [...tx.org.all('Profile')]
      .sort(byNameThenId)
      .slice(0, MAX_PROFILE_CHOICES)
      .map((p) => ({ id: p.Id, name: String(p.Name), licenseId: String(p.UserLicenseId) }))
  };
}
