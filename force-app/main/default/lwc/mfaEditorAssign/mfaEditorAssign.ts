import { LightningElement, api } from 'lwc';
import USER_ID from '@salesforce/user/Id';
import assignPermissionSet from '@salesforce/apex/MfaEditorController.assignPermissionSet';
import removePermissionSetAssignments from '@salesforce/apex/MfaEditorController.removePermissionSetAssignments';
import { fill } from 'c/whyApiOnlyShared';
import {
  LABELS,
  PLAN_TEXTS,
  directHolderIds,
  errorMessage,
  inSequence,
  loadPlanningFacts,
  mergeFacts,
  mergeResults,
  planAssignments,
  userChoices
} from 'c/mfaEditorShared';
import type { AssignmentPlan, EditorResult, Facts, PlanningFacts } from 'c/mfaEditorShared';
import {
  addPage,
  distinctOptions,
  filterUsers,
  loadApiOnlyUsers,
  type UserFilters
} from './userPool';

interface RowOption {
  readonly id: string;
  readonly label: string;
  readonly kind: string;
}

const ASSIGNABLE_KINDS = ['permissionSet', 'managedPackage', 'standardSet'];
const BATCH = 200;

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
 * remove it, with an optional expiry; the engine previews it (licence rules, lockout), Apex
 * writes it 200 users per call. Fires applied, and undo (detail: the change set keys).
 */
export default class MfaEditorAssign extends LightningElement {
  labels = LABELS;

  @api rows: readonly RowOption[] = [];

  permissionSetId = '';
  action: 'assign' | 'remove' = 'assign';
  expirationDate = '';
  source = 'apiOnly';
  filters: UserFilters = { license: '', profile: '', search: '' };
  selected: string[] = [];
  pool: Facts | null = null;
  nextAfterUserId: string | null = null;
  setFacts: PlanningFacts | null = null;
  plan: AssignmentPlan | null = null;
  result: EditorResult | null = null;
  errorText = '';
  working = '';
  progressValue: number | null = null;

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

  get sourceOptions() {
    return [
      { label: LABELS.assignSourceApiOnly, value: 'apiOnly' },
      { label: LABELS.assignSourceHolders, value: 'holders' }
    ];
  }

  get isAssign(): boolean {
    return this.action === 'assign';
  }

  private get candidates() {
    if (this.source === 'holders') {
      if (!this.setFacts) return [];
      const holders = directHolderIds(this.setFacts.facts, this.permissionSetId);
      return userChoices(this.setFacts.facts).filter((user) => holders.has(user.id));
    }
    return this.pool ? userChoices(this.pool) : [];
  }

  get licenseOptions() {
    return distinctOptions(
      this.candidates.map((user) => user.licenseName),
      LABELS.assignAny
    );
  }

  get profileOptions() {
    return distinctOptions(
      this.candidates.map((user) => user.profileName),
      LABELS.assignAny
    );
  }

  get userOptions() {
    return filterUsers(this.candidates, this.filters).map((user) => ({
      label: `${user.name} (${user.username}) · ${user.profileName}`,
      value: user.id
    }));
  }

  get visibleSelection(): string[] {
    const visible = new Set(this.userOptions.map((option) => option.value));
    return this.selected.filter((id) => visible.has(id));
  }

  get hasUsers(): boolean {
    return this.userOptions.length > 0;
  }

  get noUsers(): boolean {
    return !this.busy && this.candidates.length > 0 && !this.hasUsers;
  }

  get hasMoreUsers(): boolean {
    return this.source === 'apiOnly' && this.nextAfterUserId !== null;
  }

  get busy(): boolean {
    return this.working !== '';
  }

  get hasProgress(): boolean {
    return this.progressValue !== null;
  }

  get previewDisabled(): boolean {
    return this.busy || !this.permissionSetId || this.selected.length === 0;
  }

  get applyDisabled(): boolean {
    return this.busy || !this.plan || this.plan.blockers.length > 0;
  }

  get planRows() {
    return (this.plan?.rows ?? []).map((row) => ({
      key: row.id,
      name: `${row.name} (${row.username})`,
      status: ROW_STATUS[row.status] ?? row.status,
      blockedBy: row.blockedBy.join(', ')
    }));
  }

  private reset(): void {
    this.plan = null;
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
      this.progressValue = null;
    }
  }

  async handleSet(event: CustomEvent<{ value: string }>): Promise<void> {
    this.permissionSetId = event.detail.value;
    this.setFacts = null;
    this.reset();
    await this.run(
      LABELS.previewLoading,
      async () => {
        this.setFacts = await loadPlanningFacts([this.permissionSetId]);
      },
      LABELS.previewError
    );
  }

  handleAction(event: CustomEvent<{ value: 'assign' | 'remove' }>): void {
    this.action = event.detail.value;
    this.reset();
  }

  handleExpiry(event: CustomEvent<{ value: string }>): void {
    this.expirationDate = event.detail.value ?? '';
    this.plan = null;
  }

  handleSource(event: CustomEvent<{ value: string }>): void {
    this.source = event.detail.value;
    this.selected = [];
    this.plan = null;
  }

  handleFilter(event: CustomEvent<{ value: string }>): void {
    const name = (event.target as HTMLElement).dataset.filter as keyof UserFilters;
    this.filters = { ...this.filters, [name]: event.detail.value ?? '' };
  }

  async handleLoadUsers(): Promise<void> {
    const restart = this.nextAfterUserId === null;
    await this.run(
      LABELS.loading,
      async () => {
        const page = await loadApiOnlyUsers(restart ? null : this.nextAfterUserId);
        this.pool = addPage(restart ? null : this.pool, page.facts);
        this.nextAfterUserId = page.nextAfterUserId;
      },
      LABELS.loadError
    );
  }

  handleUsers(event: CustomEvent<{ value: string[] }>): void {
    const visible = new Set(this.userOptions.map((option) => option.value));
    const hidden = this.selected.filter((id) => !visible.has(id));
    this.selected = [...hidden, ...event.detail.value];
    this.plan = null;
  }

  handlePreview(): void {
    if (!this.setFacts) return;
    this.errorText = '';
    const facts = this.pool ? mergeFacts(this.pool, this.setFacts.facts) : this.setFacts.facts;
    try {
      this.plan = planAssignments(
        facts,
        {
          permissionSetId: this.permissionSetId,
          userIds: this.selected,
          action: this.action,
          expirationDate: this.isAssign && this.expirationDate ? this.expirationDate : null,
          actingUserId: USER_ID
        },
        { texts: PLAN_TEXTS }
      );
    } catch (error) {
      this.errorText = errorMessage(LABELS.previewError, error);
    }
  }

  async handleApply(): Promise<void> {
    if (this.applyDisabled) return;
    const userIds = [...this.selected];
    const results: Apex.MfaEditorResult[] = [];
    await this.run(
      LABELS.applying,
      async () => {
        const batches = Array.from({ length: Math.ceil(userIds.length / BATCH) }, (_, index) =>
          userIds.slice(index * BATCH, (index + 1) * BATCH)
        );
        results.push(
          ...(await inSequence(batches, (batch, index) => {
            this.working = fill(LABELS.progress, { done: index + 1, total: batches.length });
            this.progressValue = Math.round((index / batches.length) * 100);
            return this.isAssign
              ? assignPermissionSet({
                  permissionSetId: this.permissionSetId,
                  userIds: batch,
                  expirationDate: this.expirationDate || null
                })
              : removePermissionSetAssignments({
                  permissionSetId: this.permissionSetId,
                  userIds: batch
                });
          }))
        );
        this.result = mergeResults(results);
        this.plan = null;
        this.dispatchEvent(new CustomEvent('applied'));
      },
      LABELS.requestFailed
    );
  }

  handleUndo(event: CustomEvent<{ keys: string[] }>): void {
    this.dispatchEvent(new CustomEvent('undo', { detail: event.detail }));
  }
}
