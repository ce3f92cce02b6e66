// Permission set groups (Object Reference: PermissionSetGroup, PermissionSetGroupComponent;
// Apex Developer Guide: "Permission Set Groups" testing). A group owns an aggregate
// PermissionSet (Type 'Group'); component changes leave it stale with Status 'Outdated' until
// Test.calculatePermissionSetGroup recomputes it: each Permissions* field is the OR over the
// member sets, minus what the group's muting set mutes.
import { NotImplemented } from '../errors';
import type { ApexValue } from '../values';
import type { Schema, StoredRecord } from './contracts';
import { isPermissionField } from './setupRules';
import { copyRecord, type RecordStore } from './store';

export interface GroupEffects {
  store: RecordStore;
  schema: Schema;
  /** Inserts a platform-made row (system fields stamped, journaled); returns its Id. */
  createRow(objectName: string, fields: Map<string, ApexValue>): string;
  /** Replaces a row with an edited copy (LastModified fields stamped, journaled). */
  editRow(id: string, edit: (record: StoredRecord) => void): void;
}

export const GROUP_UPDATED = 'Updated';
export const GROUP_OUTDATED = 'Outdated';

/** The aggregate PermissionSet of a group, or undefined. */
export function aggregateSetOf(store: RecordStore, groupId: ApexValue): StoredRecord | undefined {
  for (const row of store.rows('PermissionSet')) {
    if (row.get('type') === 'Group' && row.get('permissionsetgroupid') === groupId) return row;
  }
  return undefined;
}

/** After a group is inserted: its aggregate set, every permission off. */
export function createAggregateSet(effects: GroupEffects, group: StoredRecord): void {
  const fields = new Map<string, ApexValue>([
    ['name', group.get('developername') ?? null],
    ['label', group.get('masterlabel') ?? null],
    ['type', 'Group'],
    ['permissionsetgroupid', group.get('id') ?? null],
    ['isownedbyprofile', false]
  ]);
  for (const field of effects.schema.object('PermissionSet')?.fields.values() ?? []) {
    const name = field.name.toLowerCase();
    if (field.type === 'boolean' && isPermissionField(name)) fields.set(name, false);
  }
  effects.createRow('PermissionSet', fields);
}

/** Groups that have this permission set or muting set as a component. */
export function groupsContaining(store: RecordStore, setId: ApexValue): string[] {
  const ids: string[] = [];
  for (const row of store.rows('PermissionSetGroupComponent')) {
    const groupId = row.get('permissionsetgroupid');
    if (row.get('permissionsetid') === setId && typeof groupId === 'string') ids.push(groupId);
  }
  return ids;
}

export function markOutdated(effects: GroupEffects, groupIds: Iterable<string>): void {
  for (const id of new Set(groupIds)) {
    const group = effects.store.byId(id);
    if (group && group.record.get('status') !== GROUP_OUTDATED) {
      effects.editRow(id, (record) => record.set('status', GROUP_OUTDATED));
    }
  }
}

/**
 * A PermissionSetAssignment of a group points at the group's aggregate set. An Outdated group
 * cannot be assigned ("this fails if PSG is Outdated"); that error's text is not known.
 */
export function resolveGroupAssignment(store: RecordStore, record: StoredRecord): void {
  const groupId = record.get('permissionsetgroupid') ?? null;
  if (groupId === null) return;
  const group = store.byId(String(groupId));
  if (!group) return; // the reference check reports it
  if (group.record.get('status') === GROUP_OUTDATED) {
    throw new NotImplemented(
      'assigning a permission set group whose Status is Outdated (the platform refuses it; its ' +
        'error is not modelled): call Test.calculatePermissionSetGroup first'
    );
  }
  const aggregate = aggregateSetOf(store, group.record.get('id') ?? null);
  if (aggregate) record.set('permissionsetid', aggregate.get('id') ?? null);
}

/** Test.calculatePermissionSetGroup: recompute each group's aggregate, Status 'Updated'. */
export function calculateGroups(effects: GroupEffects, groupIds: string[]): void {
  const { store, schema } = effects;
  const permissionFields = [...(schema.object('PermissionSet')?.fields.values() ?? [])]
    .filter((f) => f.type === 'boolean' && isPermissionField(f.name.toLowerCase()))
    .map((f) => f.name.toLowerCase());
  for (const groupId of groupIds) {
    const group = store.byId(groupId);
    if (!group || group.object !== 'PermissionSetGroup') {
      throw new NotImplemented(`Test.calculatePermissionSetGroup of ${groupId}: not a group`);
    }
    const id = group.record.get('id') ?? null;
    const members: StoredRecord[] = [];
    const muting: StoredRecord[] = [];
    for (const component of store.rows('PermissionSetGroupComponent')) {
      if (component.get('permissionsetgroupid') !== id) continue;
      const set = store.byId(String(component.get('permissionsetid')));
      if (set?.object === 'MutingPermissionSet') muting.push(set.record);
      else if (set) members.push(set.record);
    }
    const aggregate = aggregateSetOf(store, id);
    if (!aggregate) throw new NotImplemented(`permission set group ${groupId} has no aggregate`);
    const computed = copyRecord(aggregate);
    for (const field of permissionFields) {
      const granted = members.some((m) => m.get(field) === true);
      const muted = muting.some((m) => m.get(field) === true);
      computed.set(field, granted && !muted);
    }
    effects.editRow(String(aggregate.get('id')), (record) => {
      for (const field of permissionFields) record.set(field, computed.get(field) ?? false);
    });
    effects.editRow(groupId, (record) => record.set('status', GROUP_UPDATED));
  }
}
