// Per-call settings shared by explain and audit: fields reported, labels, texts, "now".
import type { EvaluationContext } from './evaluate';
import type { FindingContext } from './findings';
import { indexFacts } from './indexes';
import { ENGLISH_MESSAGES } from './messages';
import { DEFAULT_LABELS, reportedPermissions } from './tracked';
import type { TrackedPermission } from './tracked';
import type { EngineOptions, Facts, PermissionFieldInfo, RecordId } from './types';

export interface EngineContext {
  readonly evaluation: EvaluationContext;
  readonly findings: FindingContext;
  readonly reported: readonly PermissionFieldInfo[];
}

function resolveNow(facts: Facts, options: EngineOptions): number {
  const now = options.now ?? facts.capturedAt;
  if (now === undefined) return Date.now();
  const ms = typeof now === 'string' ? Date.parse(now) : now.getTime();
  return Number.isNaN(ms) ? Date.now() : ms;
}

export { reportedPermissions };

export function engineContext(
  facts: Facts,
  options: EngineOptions = {},
  extraActivated: Iterable<RecordId> | null = null
): EngineContext {
  const index = indexFacts(facts);
  const reported = reportedPermissions(facts);
  const labels: Record<string, string> = { ...DEFAULT_LABELS };
  for (const info of facts.permissionFields ?? []) labels[info.fieldName] = info.label;
  const fields = reported.map((info) => info.fieldName as TrackedPermission);
  const texts = options.texts ?? ENGLISH_MESSAGES;
  return {
    reported,
    evaluation: {
      index,
      nowMs: resolveNow(facts, options),
      fields,
      extraActivated: extraActivated === null ? null : new Set(extraActivated)
    },
    findings: { index, texts, labels, fields: new Set(fields), groupFindings: new Map() }
  };
}
