// The facts as they would be once a plan is carried out, so before and after can be evaluated
// by the same engine. Groups containing an edited member are recalculated as the platform does.
import { indexFacts } from './indexes';
import type { FactIndex } from './indexes';
import type { FactChanges, MfaField } from './planTypes';
import type { Facts, PermissionSetRecord, RecordId } from './types';

type Patch = Partial<Record<MfaField, boolean>>;

export const NO_CHANGES: FactChanges = {
  permissionSetValues: new Map(),
  addPermissionSets: [],
  removeAssignmentIds: new Set(),
  addAssignments: []
};

function valueAfter(
  member: PermissionSetRecord,
  field: MfaField,
  patches: ReadonlyMap<RecordId, Patch>
): boolean {
  const patched = patches.get(member.Id)?.[field];
  return patched ?? member[field] === true;
}

/** A group's aggregate grants a field when an unmuted member grants it. */
function aggregatePatches(
  index: FactIndex,
  patches: ReadonlyMap<RecordId, Patch>
): Map<RecordId, Patch> {
  const result = new Map<RecordId, Patch>();
  for (const [setId, patch] of patches) {
    for (const groupId of index.groupsByMember.get(setId) ?? []) {
      const aggregate = index.aggregateByGroup.get(groupId);
      if (aggregate === undefined) continue;
      const muting = index.mutingByGroup.get(groupId);
      const members = index.membersByGroup.get(groupId) ?? [];
      const aggregatePatch = result.get(aggregate.Id) ?? {};
      for (const field of Object.keys(patch) as MfaField[]) {
        aggregatePatch[field] =
          muting?.[field] !== true && members.some((member) => valueAfter(member, field, patches));
      }
      result.set(aggregate.Id, aggregatePatch);
    }
  }
  return result;
}

export function factsAfter(facts: Facts, changes: FactChanges): Facts {
  const index = indexFacts(facts);
  const patches = changes.permissionSetValues;
  const aggregates = aggregatePatches(index, patches);
  const records = facts.records;
  const permissionSets = (records.PermissionSet ?? []).map((record) => {
    const patch = { ...aggregates.get(record.Id), ...patches.get(record.Id) };
    return Object.keys(patch).length === 0 ? record : { ...record, ...patch };
  });
  const assignments = (records.PermissionSetAssignment ?? []).filter(
    (assignment) => !changes.removeAssignmentIds.has(assignment.Id)
  );
  // An object that was not captured stays "not captured" unless the plan adds to it.
  const keepMissing = (list: readonly unknown[] | undefined, added: readonly unknown[]): boolean =>
    list === undefined && added.length === 0;
  return {
    ...facts,
    records: {
      ...records,
      PermissionSet: keepMissing(records.PermissionSet, changes.addPermissionSets)
        ? undefined
        : [...permissionSets, ...changes.addPermissionSets],
      PermissionSetAssignment: keepMissing(records.PermissionSetAssignment, changes.addAssignments)
        ? undefined
        : [...assignments, ...changes.addAssignments]
    }
  };
}
