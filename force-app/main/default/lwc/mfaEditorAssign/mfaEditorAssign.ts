import { LightningElement, api } from 'lwc';
import USER_ID from '@salesforce/user/Id';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import assignPermissionSet from '@salesforce/apex/MfaEditorController.assignPermissionSet';
import removePermissionSetAssignments from '@salesforce/apex/MfaEditorController.removePermissionSetAssignments';
import { fill } from 'c/whyApiOnlyShared';
import {
  LABELS,
  PLAN_TEXTS,
  changeSetLimits,
  errorMessage,
  loadPlanningFactsForUsers,
  planAssignments,
  seenSetOf
} from 'c/mfaEditorShared';
import type { AssignmentPlan } from 'c/mfaEditorShared';
import type { UserRow } from 'c/mfaEditorUserPicker';
import { CHOSEN_LABELS } from './chosenLabels';
import { EXPIRY_LABELS } from './expiryLabels';

interface RowOption {
  readonly id: string;
  readonly label: string;
  readonly kind: string;
}

interface PickerElement extends HTMLElement {
  refresh(): void;
}

const ASSIGNABLE_KINDS = ['permissionSet', 'managedPackage', 'standardSet'];

const ROW_STATUS: Readonly<Record<string, string>> = {
  insert: LABELS.assignRowInsert,
  updateExpiration: LABELS.assignRowUpdateExpiration,
  delete: LABELS.assignRowDelete,
  alreadyAssigned: LABELS.assignRowAlreadyAssigned,
  notAssigned: LABELS.assignRowNotAssigned,
  blocked: LABELS.assignRowBlocked
};

/**
 * Seed 002: assign a permission set (e.g. one granting MFA for UI Logins) to many users, or
 * remove it, with an optional expiry. Users are found by c-mfa-editor-user-picker and kept here
 * across searches; the engine previews the change for them (licence rules, lockout), Apex
 * writes it in one call, one all-or-nothing change set. Fires applied, and undo (detail: key,
 * the change set's key).
 */
export default class MfaEditorAssign extends LightningElement {
  labels = { ...LABELS, ...CHOSEN_LABELS, ...EXPIRY_LABELS };

  @api rows: readonly RowOption[] = [];

  permissionSetId = '';
  action: 'assign' | 'remove' = 'assign';
  expirationDate = '';
  /** Also give the expiry to permanent assignments (off: they stay permanent). */
  endPermanent = false;
  /** The chosen users, in the order chosen, kept across searches and pages. */
  chosen: UserRow[] = [];
  plan: AssignmentPlan | null = null;
  /** The set as the preview's facts read it, sent with the write (refused if it changed). */
  private seen: Apex.MfaEditorSeenSet | null = null;
  result: Apex.MfaEditorResult | null = null;
  errorText = '';
  noteText = '';
  working = '';
  /** The admin confirmed the users the plan makes API-only (reset by every new plan). */
  apiOnlyConfirmed = false;
  /** The most users one change set takes (Apex's MAX_USERS); null until read. */
  maxChosen: number | null = null;

  override connectedCallback(): void {
    changeSetLimits().then(
      (limits) => {
        this.maxChosen = limits.maxUsers;
      },
      () => {
        // The preview reads the limits again and says why it can't; Apex refuses more anyway.
      }
    );
  }

  get setOptions() {
    return (this.rows ?? [])
      .filter((row) => ASSIGNABLE_KINDS.includes(row.kind))
      .map((row) => ({ label: row.label, value: row.id }));
  }

  get actionOptions() {
    return [
      { label: LABELS.assignActionAssign, value: 'assign' },
      { label: LABELS.assignActionRemove, value: 'remove' }
    ];
  }

  get isAssign(): boolean {
    return this.action === 'assign';
  }

  get chosenIds(): string[] {
    return this.chosen.map((user) => user.id);
  }

  get hasChosen(): boolean {
    return this.chosen.length > 0;
  }

  get chosenHeading(): string {
    return fill(CHOSEN_LABELS.chosen, { count: this.chosen.length });
  }

  get chosenViews() {
    return this.chosen.map((user) => ({
      id: user.id,
      label: `${user.name} (${user.username})`,
      removeLabel: fill(CHOSEN_LABELS.unchoose, { name: user.name })
    }));
  }

  get busy(): boolean {
    return this.working !== '';
  }

  get previewDisabled(): boolean {
    return this.busy || !this.permissionSetId || this.chosen.length === 0;
  }

  /** The blocker listing the users the plan makes API-only: lifted only by confirming them. */
  get apiOnlyBlocker() {
    return this.plan?.blockers.find((blocker) => blocker.category === 'confirm') ?? null;
  }

  get confirmApiOnlyLabel(): string {
    const blocker = this.apiOnlyBlocker;
    return blocker
      ? fill(CHOSEN_LABELS.confirmApiOnly, {
          count: blocker.userIds.length,
          users: String(blocker.params.users ?? '')
        })
      : '';
  }

  get applyDisabled(): boolean {
    if (this.busy || !this.plan) return true;
    const others = this.plan.blockers.filter((blocker) => blocker.category !== 'confirm');
    return others.length > 0 || (this.apiOnlyBlocker !== null && !this.apiOnlyConfirmed);
  }

  handleConfirmApiOnly(event: CustomEvent<{ checked: boolean }>): void {
    this.apiOnlyConfirmed = event.detail.checked === true;
  }

  get planRows() {
    return (this.plan?.rows ?? []).map((row) => ({
      key: row.id,
      name: `${row.name} (${row.username})`,
      status: ROW_STATUS[row.status] ?? row.status,
      expiry: this.expiryText(row),
      blockedBy: row.blockedByTexts.join('; ')
    }));
  }

  /** Before → after: "none" without an assignment before, "permanent" without an end date. */
  private expiryText(row: AssignmentPlan['rows'][number]): string {
    const before =
      row.assignmentId === null
        ? EXPIRY_LABELS.noAssignment
        : (row.previousExpirationDate?.slice(0, 10) ?? EXPIRY_LABELS.permanent);
    const unassigned =
      row.status === 'delete' ||
      row.status === 'notAssigned' ||
      (row.status === 'blocked' && row.assignmentId === null);
    const after = unassigned
      ? EXPIRY_LABELS.noAssignment
      : (row.expirationDate?.slice(0, 10) ?? EXPIRY_LABELS.permanent);
    return `${before} → ${after}`;
  }

  private reset(): void {
    this.plan = null;
    this.apiOnlyConfirmed = false;
    this.result = null;
    this.errorText = '';
  }

  private async run(text: string, task: () => Promise<void>, failure: string): Promise<void> {
    this.working = text;
    this.errorText = '';
    try {
      await task();
    } catch (error) {
      this.errorText = errorMessage(failure, error);
    } finally {
      this.working = '';
    }
  }

  handleSet(event: CustomEvent<{ value: string }>): void {
    this.permissionSetId = event.detail.value;
    this.reset();
  }

  handleAction(event: CustomEvent<{ value: 'assign' | 'remove' }>): void {
    this.action = event.detail.value;
    this.reset();
  }

  handleExpiry(event: CustomEvent<{ value: string }>): void {
    this.expirationDate = event.detail.value ?? '';
    this.plan = null;
  }

  handleEndPermanent(event: CustomEvent<{ checked: boolean }>): void {
    this.endPermanent = event.detail.checked === true;
    this.plan = null;
  }

  get hasExpiry(): boolean {
    return this.isAssign && this.expirationDate !== '';
  }

  /** Permanent assignments get the expiry too: only with an expiry, and when chosen. */
  get endsPermanent(): boolean {
    return this.hasExpiry && this.endPermanent;
  }

  /** Users chosen or unchosen in the picker; the choice outlives searches and pages. */
  handleChoose(event: CustomEvent<{ users: UserRow[]; chosen: boolean }>): void {
    const { users, chosen } = event.detail;
    this.plan = null;
    this.noteText = '';
    if (!chosen) {
      const removed = new Set(users.map((user) => user.id));
      this.chosen = this.chosen.filter((user) => !removed.has(user.id));
      return;
    }
    const known = new Set(this.chosenIds);
    const added = users.filter((user) => !known.has(user.id));
    const max = this.maxChosen ?? Number.POSITIVE_INFINITY;
    const room = max - this.chosen.length;
    if (added.length > room) {
      this.noteText = fill(CHOSEN_LABELS.tooMany, { max });
    }
    this.chosen = [...this.chosen, ...added.slice(0, Math.max(0, room))];
  }

  handleUnchoose(event: Event): void {
    const id = (event.currentTarget as HTMLElement).dataset.id;
    this.chosen = this.chosen.filter((user) => user.id !== id);
    this.plan = null;
    this.noteText = '';
  }

  handleClearChosen(): void {
    this.chosen = [];
    this.plan = null;
    this.noteText = '';
  }

  /** Reads the chosen users' facts (page by page), then the engine plans the change. */
  async handlePreview(): Promise<void> {
    if (this.previewDisabled) return;
    this.result = null;
    const userIds = this.chosenIds;
    await this.run(
      LABELS.previewLoading,
      async () => {
        const [planning, limits] = await Promise.all([
          loadPlanningFactsForUsers([this.permissionSetId], userIds),
          changeSetLimits()
        ]);
        this.apiOnlyConfirmed = false;
        this.seen = seenSetOf(planning.facts, this.permissionSetId);
        this.plan = planAssignments(
          planning.facts,
          {
            permissionSetId: this.permissionSetId,
            userIds,
            action: this.action,
            expirationDate: this.hasExpiry ? this.expirationDate : null,
            endPermanentAssignments: this.endsPermanent,
            actingUserId: USER_ID
          },
          // A chosen date ends the assignment at the start of that day in the user's zone.
          { texts: PLAN_TEXTS, maxRows: limits.maxUsers, timeZone: TIME_ZONE }
        );
      },
      LABELS.previewError
    );
  }

  async handleApply(): Promise<void> {
    if (this.applyDisabled) return;
    const userIds = this.chosenIds;
    // The server recomputes who becomes API-only and refuses anyone not confirmed here.
    const confirmedApiOnlyUserIds =
      this.apiOnlyConfirmed && this.apiOnlyBlocker ? [...this.apiOnlyBlocker.userIds] : [];
    // One call, one change set: Apex applies it in one transaction, all or nothing, and
    // refuses more users than one change set holds (it asks to split them).
    await this.run(
      fill(LABELS.applyingRows, { count: userIds.length }),
      async () => {
        const result = this.isAssign
          ? await assignPermissionSet({
              permissionSetId: this.permissionSetId,
              userIds,
              expirationDate: this.expirationDate || null,
              confirmedApiOnlyUserIds,
              endPermanentAssignments: this.endsPermanent,
              seen: this.seen
            })
          : await removePermissionSetAssignments({
              permissionSetId: this.permissionSetId,
              userIds,
              seen: this.seen
            });
        this.result = result;
        this.plan = null;
        this.dispatchEvent(new CustomEvent('applied'));
      },
      LABELS.requestFailed
    );
    // Holders and API-only flags may have changed: the picker reads its page again.
    this.picker()?.refresh();
  }

  handleUndo(event: CustomEvent<{ key: string }>): void {
    this.dispatchEvent(new CustomEvent('undo', { detail: event.detail }));
  }

  private picker(): PickerElement | null {
    return (
      (this.template?.querySelector('c-mfa-editor-user-picker') as PickerElement | null) ?? null
    );
  }
}
