// Facts for the engine's previews: Apex reads them (getPlanningFacts), the engine plans.
import getPlanningFacts from '@salesforce/apex/MfaEditorPlanningController.getPlanningFacts';
import { toPageFacts } from 'c/whyApiOnlyShared';
import type { Facts } from 'c/accessEngine';

/** Apex caps the sample at 2,000 holders; the preview says when it is a sample. */
export const MAX_PLANNING_USERS = 2000;

export interface PlanningFacts {
  readonly facts: Facts;
  readonly truncated: boolean;
  readonly sampledUserCount: number;
  readonly totalUserCount: number;
  /** Active users of each edited profile, by Profile Id: the engine's PlanOptions.profileUserCounts. */
  readonly profileUserCounts: Readonly<Record<string, number>>;
}

export async function loadPlanningFacts(
  permissionSetIds: readonly string[]
): Promise<PlanningFacts> {
  const result = await getPlanningFacts({
    permissionSetIds: [...permissionSetIds],
    maxUsers: MAX_PLANNING_USERS
  });
  return {
    facts: toPageFacts(result.facts ?? {}),
    truncated: result.truncated === true,
    sampledUserCount: result.sampledUserCount ?? 0,
    totalUserCount: result.totalUserCount ?? 0,
    profileUserCounts: { ...result.profileUserCounts }
  };
}

type AnyRecord = { readonly Id?: string } & Readonly<Record<string, unknown>>;

/** The union of two fact sets, one record per Id (the later read wins). */
export function mergeFacts(first: Facts, second: Facts): Facts {
  const records: Record<string, AnyRecord[]> = {};
  const lists = [first.records, second.records] as unknown as Record<string, AnyRecord[]>[];
  for (const source of lists) {
    for (const [objectName, rows] of Object.entries(source)) {
      if (!rows) continue;
      const byId = new Map((records[objectName] ?? []).map((row, i) => [row.Id ?? `#${i}`, row]));
      rows.forEach((row, i) => byId.set(row.Id ?? `#${objectName}${byId.size}${i}`, row));
      records[objectName] = [...byId.values()];
    }
  }
  return { ...first, ...second, records: records as unknown as Facts['records'] };
}
