// Facts for the engine's previews: Apex reads them page by page (getPlanningFacts,
// getPlanningFactsForUsers: each page is sized to the server's heap), the browser merges the
// pages, the engine plans.
import getPlanningFacts from '@salesforce/apex/MfaEditorPlanningController.getPlanningFacts';
import getPlanningFactsForUsers from '@salesforce/apex/MfaEditorPlanningController.getPlanningFactsForUsers';
import { toPageFacts } from 'c/whyApiOnlyShared';
import type { Facts } from 'c/accessEngine';

/** The preview reads at most 2,000 holders (Apex's MAX_USERS); it says when it is a sample. */
export const MAX_PLANNING_USERS = 2000;
/** A guard against a server that never ends its cursor: 2,000 users need at most 2,000 pages. */
const MAX_PAGES = MAX_PLANNING_USERS;

export interface PlanningFacts {
  readonly facts: Facts;
  readonly truncated: boolean;
  readonly sampledUserCount: number;
  readonly totalUserCount: number;
  /** Active users of each edited profile, by Profile Id: the engine's PlanOptions.profileUserCounts. */
  readonly profileUserCounts: Readonly<Record<string, number>>;
  /** Sets a profile grant may reuse, by Id (Apex decides): the engine's PlanOptions.reusableGrantSets. */
  readonly reusableGrantSets: Readonly<Record<string, string>>;
}

/** The holders of some sets, up to MAX_PLANNING_USERS, read page after page and merged. */
export async function loadPlanningFacts(
  permissionSetIds: readonly string[]
): Promise<PlanningFacts> {
  const first = await getPlanningFacts({
    permissionSetIds: [...permissionSetIds],
    maxUsers: MAX_PLANNING_USERS,
    afterUserId: null
  });
  let facts = toPageFacts(first.facts ?? {});
  let sampled = first.sampledUserCount ?? 0;
  let cut = first.truncated === true;
  let cursor = first.nextAfterUserId ?? null;
  for (let pages = 1; cursor && sampled < MAX_PLANNING_USERS && pages < MAX_PAGES; pages++) {
    // Each page needs the previous page's cursor: the reads are sequential by nature.
    // eslint-disable-next-line no-await-in-loop
    const page = await getPlanningFacts({
      permissionSetIds: [...permissionSetIds],
      maxUsers: MAX_PLANNING_USERS - sampled,
      afterUserId: cursor
    });
    facts = mergeFacts(facts, toPageFacts(page.facts ?? {}));
    sampled += page.sampledUserCount ?? 0;
    cut = cut || page.truncated === true;
    cursor = page.nextAfterUserId ?? null;
  }
  const totalUserCount = first.totalUserCount ?? 0;
  return {
    facts,
    truncated: cut || sampled < totalUserCount,
    sampledUserCount: sampled,
    totalUserCount,
    profileUserCounts: { ...first.profileUserCounts },
    reusableGrantSets: { ...first.reusableGrantSets }
  };
}

/** Chosen users (a bulk assignment or removal) with all their sources, page after page. */
export async function loadPlanningFactsForUsers(
  permissionSetIds: readonly string[],
  userIds: readonly string[]
): Promise<PlanningFacts> {
  let facts: Facts | null = null;
  let sampled = 0;
  let cut = false;
  let rest = [...userIds];
  for (let pages = 0; rest.length > 0 && pages < MAX_PAGES; pages++) {
    // eslint-disable-next-line no-await-in-loop -- each page starts after the previous one
    const page = await getPlanningFactsForUsers({
      permissionSetIds: [...permissionSetIds],
      userIds: rest
    });
    const pageFacts = toPageFacts(page.facts ?? {});
    facts = facts ? mergeFacts(facts, pageFacts) : pageFacts;
    sampled += page.sampledUserCount ?? 0;
    cut = cut || page.truncated === true;
    const next = page.nextAfterUserId?.slice(0, 15);
    const last = next ? rest.findIndex((id) => id.slice(0, 15) === next) : -1;
    // No cursor: the server read every user sent. A cursor it was not sent: stop, never loop.
    rest = last < 0 ? [] : rest.slice(last + 1);
  }
  return {
    facts: facts ?? toPageFacts({}),
    truncated: cut,
    sampledUserCount: sampled,
    totalUserCount: userIds.length,
    profileUserCounts: {},
    reusableGrantSets: {}
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
