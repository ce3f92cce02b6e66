import { LightningElement, api } from 'lwc';
import USER_ID from '@salesforce/user/Id';
import cloneWithout from '@salesforce/apex/MfaEditorController.cloneWithout';
import getCloneContents from '@salesforce/apex/MfaEditorPlanningController.getCloneContents';
import { fill } from 'c/whyApiOnlyShared';
import {
  LABELS,
  MFA_FIELDS,
  PLAN_TEXTS,
  changeSetLimits,
  directHolderIds,
  errorMessage,
  fieldLabels,
  labelOf,
  loadPlanningFacts,
  seenSetOf,
  onOff,
  planCloneWithout,
  userChoices
} from 'c/mfaEditorShared';
import type {
  ChangeSetLimits,
  CloneContents,
  CloneWithoutPlan,
  PlanningFacts
} from 'c/mfaEditorShared';

interface RowOption {
  readonly id: string;
  readonly label: string;
  readonly kind: string;
  readonly locked: boolean;
}

/** Apex's counts in the engine's shape (Apex leaves nulls out). */
function toCloneContents(raw: Apex.MfaEditorCloneContents): CloneContents {
  return {
    permissionSetId: raw.permissionSetId ?? '',
    userPermissions: raw.userPermissions ?? 0,
    objectPermissions: raw.objectPermissions ?? 0,
    fieldPermissions: raw.fieldPermissions ?? 0,
    tabSettings: raw.tabSettings ?? 0,
    setupEntityAccess: raw.setupEntityAccess ?? {},
    notCopiedSetupEntityAccess: raw.notCopiedSetupEntityAccess ?? {},
    notCopiedPermissions: raw.notCopiedPermissions ?? [],
    tooManyRows: raw.tooManyRows === true,
    maxCopiedRows: raw.maxCopiedRows ?? 0,
    licenseId: raw.licenseId ?? null,
    usersLackingLicence: raw.usersLackingLicence ?? [],
    hasActivationRequired: raw.hasActivationRequired === true,
    hasDescription: raw.hasDescription === true
  };
}

/**
 * Seed 003, option 2: clone a permission set without one MFA permission (typically MFA for API
 * Logins, which breaks an integration) and move chosen users' assignments to the clone, in one
 * transaction, after the engine's preview. The preview reads from Apex what the clone copies
 * (getCloneContents: counts per kind) and shows it; what Apex can't copy blocks the move there,
 * before Apply, as Apex refuses it. Fires applied, and undo (detail: key, the change set's
 * key).
 */
export default class MfaEditorCloneWithout extends LightningElement {
  labels = LABELS;

  @api rows: readonly RowOption[] = [];

  permissionSetId = '';
  field = 'PermissionsTwoFactorApi';
  userIds: string[] = [];
  planning: PlanningFacts | null = null;
  /** Read with the planning facts: the preview blocks a move bigger than one change set. */
  limits: ChangeSetLimits | null = null;
  plan: CloneWithoutPlan | null = null;
  result: Apex.MfaEditorResult | null = null;
  errorText = '';
  working = '';
  private fieldNames: ReadonlyMap<string, string> = new Map();

  override connectedCallback(): void {
    fieldLabels().then(
      (labels) => {
        this.fieldNames = labels;
      },
      () => {
        // Metadata names stay readable.
      }
    );
  }

  get setOptions() {
    return (this.rows ?? [])
      .filter((row) => row.kind === 'permissionSet' && !row.locked)
      .map((row) => ({ label: row.label, value: row.id }));
  }

  get fieldOptions() {
    return MFA_FIELDS.map((field) => ({ label: labelOf(this.fieldNames, field), value: field }));
  }

  get userOptions() {
    if (!this.planning) return [];
    const holders = directHolderIds(this.planning.facts, this.permissionSetId);
    return userChoices(this.planning.facts)
      .filter((user) => holders.has(user.id))
      .map((user) => ({ label: `${user.name} (${user.username})`, value: user.id }));
  }

  get hasUsers(): boolean {
    return this.userOptions.length > 0;
  }

  get noUsers(): boolean {
    return this.planning !== null && !this.hasUsers;
  }

  get busy(): boolean {
    return this.working !== '';
  }

  get previewDisabled(): boolean {
    return this.busy || !this.planning;
  }

  get applyDisabled(): boolean {
    return this.busy || !this.plan || this.plan.blockers.length > 0 || !this.plan.clone;
  }

  get cloneText(): string {
    const clone = this.plan?.clone;
    if (!clone) return '';
    return clone.reuse
      ? fill(LABELS.cloneReuse, { name: clone.name })
      : fill(LABELS.cloneName, { name: clone.name, label: clone.label });
  }

  /** What the clone copies, counted by Apex (the blockers name what it can't). */
  get copiedText(): string {
    const contents = this.plan?.contents;
    if (!contents) return '';
    const entities = Object.entries(contents.setupEntityAccess)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([type, count]) => `${type} ${count}`);
    return fill(LABELS.cloneCopied, {
      userPermissions: contents.userPermissions,
      objectPermissions: contents.objectPermissions,
      fieldPermissions: contents.fieldPermissions,
      tabSettings: contents.tabSettings,
      entities: entities.length > 0 ? entities.join(', ') : '0',
      licence: contents.licenseId ?? '—',
      activation: onOff(contents.hasActivationRequired),
      description: onOff(contents.hasDescription)
    });
  }

  get movesText(): string {
    return fill(LABELS.cloneMoves, { count: this.plan?.moves.length ?? 0 });
  }

  get removedRows() {
    return (this.plan?.removed ?? []).map((change) => ({
      key: change.field,
      text: `${change.label}: ${onOff(change.before)} → ${onOff(change.after)}`
    }));
  }

  async handleSet(event: CustomEvent<{ value: string }>): Promise<void> {
    this.permissionSetId = event.detail.value;
    this.userIds = [];
    this.plan = null;
    this.planning = null;
    this.result = null;
    this.errorText = '';
    this.working = LABELS.previewLoading;
    try {
      const [planning, limits] = await Promise.all([
        loadPlanningFacts([this.permissionSetId]),
        changeSetLimits()
      ]);
      this.limits = limits;
      this.planning = planning;
    } catch (error) {
      this.errorText = errorMessage(LABELS.previewError, error);
    } finally {
      this.working = '';
    }
  }

  handleField(event: CustomEvent<{ value: string }>): void {
    this.field = event.detail.value;
    this.plan = null;
  }

  handleUsers(event: CustomEvent<{ value: string[] }>): void {
    this.userIds = [...event.detail.value];
    this.plan = null;
  }

  async handlePreview(): Promise<void> {
    const planning = this.planning;
    if (!planning) return;
    this.errorText = '';
    this.working = LABELS.previewLoading;
    try {
      const contents = toCloneContents(
        await getCloneContents({
          permissionSetId: this.permissionSetId,
          field: this.field,
          userIds: [...this.userIds]
        })
      );
      this.plan = planCloneWithout(
        planning.facts,
        {
          permissionSetId: this.permissionSetId,
          field: this.field,
          userIds: this.userIds,
          actingUserId: USER_ID
        },
        { texts: PLAN_TEXTS, maxRows: this.limits?.maxRows ?? null, cloneContents: contents }
      );
    } catch (error) {
      this.errorText = errorMessage(LABELS.previewError, error);
    } finally {
      this.working = '';
    }
  }

  async handleApply(): Promise<void> {
    if (this.applyDisabled) return;
    // One change set, one transaction: the clone and each move (two rows a user), or nothing.
    this.working = fill(LABELS.applyingRows, { count: this.userIds.length * 2 });
    this.errorText = '';
    try {
      this.result = await cloneWithout({
        permissionSetId: this.permissionSetId,
        field: this.field,
        userIdsToMove: this.userIds,
        seen: this.planning ? seenSetOf(this.planning.facts, this.permissionSetId) : null
      });
      this.plan = null;
      this.dispatchEvent(new CustomEvent('applied'));
    } catch (error) {
      this.errorText = errorMessage(LABELS.requestFailed, error);
    } finally {
      this.working = '';
    }
  }

  handleUndo(event: CustomEvent<{ key: string }>): void {
    this.dispatchEvent(new CustomEvent('undo', { detail: event.detail }));
  }
}
