// Read-only fields the platform fills in when a record is created through the API (Object
// Reference: PermissionSet — IsCustom is true for a set an admin or the API created, Type is
// 'Regular', or 'Session' for a session-based set; groups' aggregate sets are written by the
// group rules with Type 'Group').
import type { ObjectDescribe, StoredRecord } from './contracts';

export function applyPlatformDefaults(describe: ObjectDescribe, record: StoredRecord): void {
  if (describe.name !== 'PermissionSet') return;
  if (!record.has('iscustom') || record.get('iscustom') === null) record.set('iscustom', true);
  if (!record.get('type') && describe.fields.has('type')) {
    record.set('type', record.get('hasactivationrequired') === true ? 'Session' : 'Regular');
  }
  if (!record.has('isownedbyprofile')) record.set('isownedbyprofile', false);
}

/** Datetime fields hold whole seconds: the platform drops milliseconds when it stores them. */
export function storedInstant(millis: number): number {
  return Math.floor(millis / 1000) * 1000;
}
