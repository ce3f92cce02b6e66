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
