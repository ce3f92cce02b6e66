// The four editable MFA fields: names users may type, and the platform's dependency between the
// two MFA logins (MFA for API Logins requires MFA for UI Logins: FIELD_INTEGRITY_EXCEPTION).
import { renderPlanText } from './planMessages';
import type { DependencyReason, MfaField, PlannedChange } from './planTypes';
import { DEFAULT_LABELS, MFA_API, MFA_UI } from './tracked';
import type { Facts, MessageTexts, PermissionFlags, RecordId } from './types';

export const MFA_FIELDS: readonly MfaField[] = [
  'PermissionsForceTwoFactor',
  'PermissionsTwoFactorApi',
  'PermissionsDelegatedTwoFactor',
  'PermissionsManageTwoFactor'
];

const SHORT_ALIASES: Readonly<Record<string, MfaField>> = {
  ui: 'PermissionsForceTwoFactor',
  api: 'PermissionsTwoFactorApi',
  'manage-ui': 'PermissionsDelegatedTwoFactor',
  'manage-api': 'PermissionsManageTwoFactor'
};

export function metadataNameOf(field: MfaField): string {
  return field.replace(/^Permissions/, '');
}

/** The field for an API name, a metadata name or a short alias (case-insensitive); else null. */
export function parseMfaField(text: string): MfaField | null {
  const wanted = text.trim().toLowerCase();
  const alias = SHORT_ALIASES[wanted];
  if (alias !== undefined) return alias;
  return (
    MFA_FIELDS.find(
      (field) => field.toLowerCase() === wanted || metadataNameOf(field).toLowerCase() === wanted
    ) ?? null
  );
}

export function fieldOrder(field: MfaField): number {
  return MFA_FIELDS.indexOf(field);
}

/** The org's label (describe) when captured, else the English one. */
export function labelOf(facts: Facts, field: MfaField): string {
  return (
    facts.permissionFields?.find((info) => info.fieldName === field)?.label ?? DEFAULT_LABELS[field]
  );
}

/** False when the org's describe says the field does not exist there. */
export function isFieldAvailable(facts: Facts, field: MfaField): boolean {
  return facts.permissionFields?.find((info) => info.fieldName === field)?.available !== false;
}

export interface DependencyOutcome {
  /** Values after the explicit edits and the dependent changes. */
  readonly after: Readonly<Record<MfaField, boolean>>;
  readonly dependent: ReadonlyMap<MfaField, DependencyReason>;
  /** Both MFA logins asked for in contradiction (API on with UI off): nothing can be planned. */
  readonly conflict: boolean;
}

/**
 * Applies explicit edits and then the dependency: a row ending with API on and UI off gets API
 * off when UI was explicitly turned off, else UI on (this also repairs a row already in that state,
 * which the platform would refuse to save).
 */
export function applyWithDependencies(
  before: Readonly<Record<MfaField, boolean>>,
  explicit: ReadonlyMap<MfaField, boolean>
): DependencyOutcome {
  const dependent = new Map<MfaField, DependencyReason>();
  if (explicit.get(MFA_API as MfaField) === true && explicit.get(MFA_UI as MfaField) === false) {
    return { after: before, dependent, conflict: true };
  }
  const after: Record<MfaField, boolean> = { ...before };
  for (const [field, value] of explicit) after[field] = value;
  if (after.PermissionsTwoFactorApi && !after.PermissionsForceTwoFactor) {
    if (explicit.get('PermissionsForceTwoFactor') === false) {
      after.PermissionsTwoFactorApi = false;
      dependent.set('PermissionsTwoFactorApi', 'UI_OFF_TURNS_API_OFF');
    } else {
      after.PermissionsForceTwoFactor = true;
      dependent.set('PermissionsForceTwoFactor', 'MFA_API_REQUIRES_UI');
    }
  }
  return { after, dependent, conflict: false };
}

/** The four values of a record (missing or null read as false). */
export function mfaValuesOf(record: PermissionFlags): Record<MfaField, boolean> {
  return {
    PermissionsForceTwoFactor: record.PermissionsForceTwoFactor === true,
    PermissionsTwoFactorApi: record.PermissionsTwoFactorApi === true,
    PermissionsDelegatedTwoFactor: record.PermissionsDelegatedTwoFactor === true,
    PermissionsManageTwoFactor: record.PermissionsManageTwoFactor === true
  };
}

/** The diff of one row (no-ops skipped, display order), with dependent changes explained. */
export function plannedChanges(
  facts: Facts,
  target: { readonly id: RecordId; readonly name: string },
  before: Readonly<Record<MfaField, boolean>>,
  outcome: DependencyOutcome,
  texts: MessageTexts | undefined
): PlannedChange[] {
  const labels = {
    uiPermission: labelOf(facts, MFA_UI as MfaField),
    apiPermission: labelOf(facts, MFA_API as MfaField)
  };
  return MFA_FIELDS.filter((field) => outcome.after[field] !== before[field]).map((field) => {
    const reason = outcome.dependent.get(field) ?? null;
    return {
      permissionSetId: target.id,
      permissionSetName: target.name,
      field,
      metadataName: metadataNameOf(field),
      label: labelOf(facts, field),
      before: before[field],
      after: outcome.after[field],
      dependent: reason !== null,
      dependencyReason: reason,
      dependencyMessage: reason === null ? null : renderPlanText(reason, labels, texts)
    };
  });
}
