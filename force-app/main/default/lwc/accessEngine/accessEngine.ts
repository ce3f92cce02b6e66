// The access engine's entry: pure functions over an org's facts, no platform imports, shared by
// the LWCs, the command line (compiled to CommonJS) and the local preview.
import type {
  Audit,
  EngineOptions,
  Explanation,
  Facts,
  FindingParams,
  MessageTexts,
  Snapshot
} from './types';

export type * from './types';
export { SnapshotError, UnknownUserError } from './errors';
export { TRACKED_PERMISSIONS, DEFAULT_LABELS } from './tracked';
export type { TrackedPermission } from './tracked';

/** Parses and validates snapshot text; throws one SnapshotError naming object, record, field. */
export function parseSnapshot(text: string): Snapshot {
  throw new Error('not implemented: ' + text.length);
}

/** Validates an already-parsed value as a snapshot (same rules as parseSnapshot). */
export function validateSnapshot(value: unknown): Snapshot {
  throw new Error('not implemented: ' + typeof value);
}

/** Explains one user's tracked permissions; throws UnknownUserError for an unknown user. */
export function explainUser(
  facts: Facts,
  userIdOrUsername: string,
  options?: EngineOptions
): Explanation {
  throw new Error('not implemented: ' + String(facts) + userIdOrUsername + String(options));
}

/** One row per user plus org-level findings and counts. */
export function auditOrg(facts: Facts, options?: EngineOptions): Audit {
  throw new Error('not implemented: ' + String(facts) + String(options));
}

/** Fills a template's `{name}` placeholders from params; unknown codes render as the code. */
export function renderFinding(code: string, params: FindingParams, texts?: MessageTexts): string {
  throw new Error('not implemented: ' + code + String(params) + String(texts));
}
