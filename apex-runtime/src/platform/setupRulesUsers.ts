// Every user holds an assignment of their profile's own permission set (a
// PermissionSetAssignment whose PermissionSet has IsOwnedByProfile = true): the platform
// creates it with the user and moves it when the user's profile changes (Object Reference:
// PermissionSetAssignment — "every user is assigned the permission set owned by their profile").
import type { StoredRecord } from './contracts';
import type { RecordStore } from './store';
import type { GroupEffects } from './setupRulesGroups';

function profileSetId(store: RecordStore, profileId: unknown): string | null {
  if (typeof profileId !== 'string') return null;
  for (const set of store.rows('PermissionSet')) {
    if (set.get('isownedbyprofile') === true && set.get('profileid') === profileId)
      return set.get('id') as string;
  }
  return null;
}

function profileAssignmentOf(store: RecordStore, userId: unknown): StoredRecord | undefined {
  for (const assignment of store.rows('PermissionSetAssignment')) {
    if (assignment.get('assigneeid') !== userId) continue;
    const set = store.byId(String(assignment.get('permissionsetid')));
    if (set?.record.get('isownedbyprofile') === true) return assignment;
  }
  return undefined;
}

export function assignProfileSet(effects: GroupEffects, user: StoredRecord): void {
  const setId = profileSetId(effects.store, user.get('profileid'));
  if (!setId) return;
  effects.createRow(
    'PermissionSetAssignment',
    new Map<string, import('../values').ApexValue>([
      ['assigneeid', user.get('id') ?? null],
      ['permissionsetid', setId],
      ['isactive', true]
    ])
  );
}

export function moveProfileSet(
  effects: GroupEffects,
  before: StoredRecord,
  after: StoredRecord
): void {
  if (before.get('profileid') === after.get('profileid')) return;
  const assignment = profileAssignmentOf(effects.store, after.get('id'));
  const setId = profileSetId(effects.store, after.get('profileid'));
  if (!assignment || !setId) return;
  effects.editRow(assignment.get('id') as string, (record) => record.set('permissionsetid', setId));
}
