// Small view helpers shared by the editor's screens.
import { fill } from 'c/whyApiOnlyShared';
import { reduceErrors } from 'c/apexErrors';
import { LABELS } from './labels';
import type { PlanBlocker, PlanMessage } from 'c/accessEngine';

export function onOff(value: boolean | null | undefined): string {
  return value === true ? LABELS.on : LABELS.off;
}

export function errorMessage(template: string, error: unknown): string {
  return fill(template, { message: reduceErrors(error).join(' ') });
}

export interface MessageView {
  readonly key: string;
  readonly text: string;
}

export interface MessageGroups {
  readonly warnings: MessageView[];
  readonly infos: MessageView[];
  readonly blockers: MessageView[];
}

/** Warnings, infos and blockers of a plan, keyed for templates. */
export function messageGroups(
  messages: readonly PlanMessage[],
  blockers: readonly PlanBlocker[]
): MessageGroups {
  const view = (prefix: string) => (item: { code: string; message: string }, index: number) => ({
    key: `${prefix}-${item.code}-${index}`,
    text: item.message
  });
  return {
    warnings: messages.filter((m) => m.severity === 'warning').map(view('warning')),
    infos: messages.filter((m) => m.severity === 'info').map(view('info')),
    blockers: blockers.map(view('blocker'))
  };
}

/** Runs one call after the other (progress per step; Apex takes 200 users per call). */
export async function inSequence<T, R>(
  items: readonly T[],
  run: (item: T, index: number) => Promise<R>
): Promise<R[]> {
  const results: R[] = [];
  await items.reduce(async (previous, item, index) => {
    await previous;
    results.push(await run(item, index));
  }, Promise.resolve());
  return results;
}

/** One logical write (several Apex calls: create, then 200 users per call) as one result. */
export interface EditorResult extends Apex.MfaEditorResult {
  /** Every change set recorded, in the order written; undo goes through them in reverse. */
  readonly changeSetKeys: readonly string[];
}

export function mergeResults(results: readonly Apex.MfaEditorResult[]): EditorResult {
  const last = results[results.length - 1] ?? {};
  return {
    ...last,
    success: results.length > 0 && results.every((result) => result.success === true),
    outcomes: results.flatMap((result) => result.outcomes ?? []),
    changeSetKeys: results.flatMap((result) => (result.changeSetKey ? [result.changeSetKey] : []))
  };
}
