import { LightningElement } from 'lwc';
import USER_ID from '@salesforce/user/Id';
import applyChanges from '@salesforce/apex/MfaEditorController.applyChanges';
import undoChangeSet from '@salesforce/apex/MfaEditorController.undoChangeSet';
import { fill } from 'c/whyApiOnlyShared';
import {
  LABELS,
  MFA_FIELDS,
  PLAN_TEXTS,
  changeSetLimits,
  confirmationOf,
  errorMessage,
  fieldLabels,
  labelOf,
  loadPlanningFacts,
  planMfaEdits
} from 'c/mfaEditorShared';
import type {
  MfaEditPlan,
  PlanningFacts,
  ProfileGrantAction,
  UndoConfirmation
} from 'c/mfaEditorShared';
import { NO_FILTERS, filterRows, gridColumns, type BrowserFilters, type GridRow } from './gridRows';
import {
  draftCount,
  toDraftValues,
  toEdits,
  withBulkValue,
  withDraftValues,
  type Drafts
} from './drafts';
import { toApexChanges } from './applyPlan';
import {
  grantActionFor,
  grantAssignmentBlockers,
  grantField,
  runProfileGrant
} from './profileGrant';
import { RowPager } from './rowPager';
import { rowsHeldByApiOnlyUsers } from './apiOnlyHolders';

/** The stage a write or an undo is in (one Apex call each: no fraction to show). */
interface Progress {
  readonly text: string;
}

interface HistoryElement extends HTMLElement {
  refresh(): Promise<void>;
  changeSetIdForKey(key: string): string | null;
  nameOf(changeSetId: string): string | null;
}

/** getPlanningFacts takes at most this many sets. */
const MAX_PLANNING_SETS = 1000;

/**
 * The bulk MFA permission editor (issue 6): a paged grid of permission sets and profiles with
 * the four MFA permissions editable inline and in bulk, a preview planned by the access engine
 * (never here), apply with per-row results, undo, and the server-side history.
 */
export default class MfaPermissionEditor extends LightningElement {
  labels = LABELS;

  rows: GridRow[] = [];
  nextAfterName: string | null = null;
  pageFields: string[] = [];
  editableFields: string[] = [...MFA_FIELDS];
  isLoading = false;
  loadError = '';
  searchTerm = '';
  kindFilter = 'all';
  filters: BrowserFilters = NO_FILTERS;
  /** Rows held by an API-only user (engine audit of their holders); null until checked. */
  apiOnlyHeld: ReadonlySet<string> | null = null;
  apiOnlyNote = '';
  drafts: Drafts = new Map();
  selectedIds: string[] = [];
  notice = '';

  plan: MfaEditPlan | null = null;
  planning: PlanningFacts | null = null;
  /** Profile Id → the blockers planAssignments finds for assigning a reused granting set. */
  grantBlockers: Readonly<Record<string, string[]>> = {};
  previewLoading = false;
  previewError = '';
  progress: Progress | null = null;
  result: Apex.MfaEditorResult | null = null;
  requestError = '';
  undoResult: Apex.MfaEditorResult | null = null;
  /** An undo refused until the users it makes API-only are confirmed (shown in the history). */
  undoConfirmation: UndoConfirmation | null = null;

  private fieldNames: ReadonlyMap<string, string> = new Map();
  private pager = new RowPager();
  private seenRows = new Map<string, GridRow>();

  override connectedCallback(): void {
    fieldLabels().then(
      (labels) => {
        this.fieldNames = labels;
      },
      () => {
        // Columns fall back to metadata names; the grid stays usable.
      }
    );
    this.loadRows(true);
  }

  // ---- grid ------------------------------------------------------------------------------

  /** Thousands of loaded rows: the datatable renders only those in view (role-based mode). */
  renderConfig = { virtualize: 'vertical' };

  get columns() {
    return gridColumns(this.fieldNames, this.pageFields, this.editableFields);
  }

  get visibleRows(): GridRow[] {
    return filterRows(this.rows, this.filters, this.apiOnlyHeld);
  }

  get draftValues() {
    return toDraftValues(this.drafts);
  }

  /** Every row seen, newest read first: drafts keep their row after the grid reloads. */
  get rowsById(): Map<string, GridRow> {
    return new Map([...this.seenRows, ...this.rows.map((row) => [row.id, row] as const)]);
  }

  get hasMore(): boolean {
    return this.nextAfterName !== null;
  }

  get noRows(): boolean {
    return !this.isLoading && !this.loadError && this.visibleRows.length === 0;
  }

  get loadedText(): string {
    const count = fill(LABELS.loadedCount, { count: this.rows.length });
    return this.hasMore ? count : `${count} ${LABELS.allLoaded}`;
  }

  get kindOptions() {
    return [
      { label: LABELS.kindAll, value: 'all' },
      { label: LABELS.kindEditable, value: 'editable' },
      { label: LABELS.kindPermissionSet, value: 'permissionSet' },
      { label: LABELS.kindProfile, value: 'profile' },
      { label: LABELS.kindGroup, value: 'group' }
    ];
  }

  get bulkItems() {
    return this.editableFields.flatMap((field) => {
      const permission = labelOf(this.fieldNames, field);
      return [
        { value: `${field}:on`, label: fill(LABELS.bulkOn, { permission }) },
        { value: `${field}:off`, label: fill(LABELS.bulkOff, { permission }) }
      ];
    });
  }

  get selectionText(): string {
    return fill(LABELS.selectedCount, { count: this.selectedIds.length });
  }

  get draftText(): string {
    return fill(LABELS.draftCount, { count: draftCount(this.drafts) });
  }

  get noDrafts(): boolean {
    return this.drafts.size === 0 || this.busy;
  }

  get busy(): boolean {
    return this.previewLoading || this.progress !== null;
  }

  async loadRows(restart: boolean): Promise<void> {
    this.isLoading = true;
    this.loadError = '';
    try {
      const page = await this.pager.load(
        { searchTerm: this.searchTerm.trim(), kindFilter: this.kindFilter },
        restart ? null : this.nextAfterName,
        restart
      );
      if (!page) return;
      page.rows.forEach((row) => this.seenRows.set(row.id, row));
      this.rows = restart ? page.rows : [...this.rows, ...page.rows];
      if (this.filters.assignedToApiOnly) this.findApiOnlyHolders();
      this.nextAfterName = page.nextAfterName;
      if (page.fields.length) this.pageFields = page.fields;
      if (page.editableFields.length) this.editableFields = page.editableFields;
    } catch (error) {
      this.loadError = errorMessage(LABELS.loadError, error);
    } finally {
      this.isLoading = false;
    }
  }

  handleLoadMore(): void {
    if (this.hasMore && !this.isLoading) this.loadRows(false);
  }

  handleSearchInput(event: CustomEvent<{ value: string }>): void {
    this.searchTerm = event.detail.value ?? '';
  }

  handleSearchKey(event: KeyboardEvent): void {
    if (event.key === 'Enter') this.loadRows(true);
  }

  handleSearch(): void {
    this.loadRows(true);
  }

  handleKind(event: CustomEvent<{ value: string }>): void {
    this.kindFilter = event.detail.value;
    this.loadRows(true);
  }

  handleFilter(event: CustomEvent<{ checked: boolean }>): void {
    const name = (event.target as HTMLElement).dataset.filter as keyof BrowserFilters;
    this.filters = { ...this.filters, [name]: event.detail.checked };
    if (name === 'assignedToApiOnly' && event.detail.checked) this.findApiOnlyHolders();
  }

  /** One planning read for the loaded rows' holders; the engine decides who is API-only. */
  private async findApiOnlyHolders(): Promise<void> {
    const ids = this.rows.filter((row) => row.assigneeCount > 0).map((row) => row.id);
    this.apiOnlyHeld = null;
    this.apiOnlyNote = LABELS.apiOnlyChecking;
    try {
      const planning = await loadPlanningFacts(ids.slice(0, MAX_PLANNING_SETS));
      this.apiOnlyHeld = rowsHeldByApiOnlyUsers(planning.facts);
      this.apiOnlyNote = planning.truncated
        ? fill(LABELS.apiOnlySample, {
            sampled: planning.sampledUserCount,
            total: planning.totalUserCount
          })
        : '';
    } catch (error) {
      this.apiOnlyNote = errorMessage(LABELS.loadError, error);
    }
  }

  handleRowSelection(event: CustomEvent<{ selectedRows: GridRow[] }>): void {
    this.selectedIds = event.detail.selectedRows.map((row) => row.id);
  }

  handleCellChange(event: CustomEvent<{ draftValues: Record<string, unknown>[] }>): void {
    this.drafts = withDraftValues(
      this.drafts,
      event.detail.draftValues,
      this.rowsById,
      this.editableFields
    );
  }

  handleBulk(event: CustomEvent<{ value: string }>): void {
    const [field, state] = event.detail.value.split(':');
    const byId = this.rowsById;
    const selected = this.selectedIds.map((id) => byId.get(id)).filter(Boolean) as GridRow[];
    if (selected.length === 0) {
      this.notice = LABELS.noSelection;
      return;
    }
    const locked = selected.filter((row) => !row.editable);
    this.notice = locked.length
      ? fill(LABELS.bulkSkipped, {
          count: locked.length,
          names: locked.map((row) => row.label).join(', ')
        })
      : '';
    this.drafts = withBulkValue(this.drafts, selected, field, state === 'on');
  }

  handleDiscard(): void {
    this.drafts = new Map();
    this.plan = null;
  }

  // ---- preview and apply -------------------------------------------------------------------

  get sampleNote(): string {
    const planning = this.planning;
    if (!planning?.truncated) return '';
    return fill(LABELS.sampleOfTotal, {
      sampled: planning.sampledUserCount,
      total: planning.totalUserCount
    });
  }

  get ungrantableProfileIds(): string[] {
    return (this.plan?.profileActions ?? [])
      .filter((action) => action.kind === 'grantThroughPermissionSet')
      .filter((action) => grantField(action as ProfileGrantAction) === null)
      .map((action) => action.profileId);
  }

  async handlePreview(): Promise<void> {
    const edits = toEdits(this.drafts, this.rowsById);
    if (edits.length === 0) return;
    this.previewLoading = true;
    this.previewError = '';
    this.plan = null;
    this.result = null;
    this.requestError = '';
    try {
      const ids = [...new Set(edits.map((edit) => edit.permissionSetId as string))];
      const [planning, limits] = await Promise.all([loadPlanningFacts(ids), changeSetLimits()]);
      this.planning = planning;
      this.plan = planMfaEdits(
        planning.facts,
        { edits, actingUserId: USER_ID },
        {
          texts: PLAN_TEXTS,
          maxRows: limits.maxRows,
          profileUserCounts: planning.profileUserCounts,
          reusableGrantSets: planning.reusableGrantSets
        }
      );
      this.grantBlockers = grantAssignmentBlockers(this.plan, planning.facts, USER_ID);
    } catch (error) {
      this.previewError = errorMessage(LABELS.previewError, error);
    } finally {
      this.previewLoading = false;
    }
  }

  handleCancelPreview(): void {
    this.plan = null;
  }

  async handleApply(): Promise<void> {
    const plan = this.plan;
    if (!plan || plan.blockers.length > 0) return;
    const changes = toApexChanges(plan, this.planning?.facts ?? null);
    await this.write(changes.length, () => applyChanges({ changes }));
  }

  /** Profiles can't take the permission from Apex: create (or reuse) a set and assign it. */
  async handleGrantProfile(event: CustomEvent<{ profileId: string }>): Promise<void> {
    const action = this.plan ? grantActionFor(this.plan, event.detail.profileId) : undefined;
    if (!action || !grantField(action)) return;
    if (action.blockers.length > 0) return;
    await this.write(action.rowCount, () => runProfileGrant(action));
  }

  /**
   * Runs one write, a change set applied by Apex in one transaction, showing the stages as they
   * are: the one call (no per-step fraction: the server reports nothing until it is done),
   * then reading the grid and the history back; results after.
   */
  private async write(rows: number, run: () => Promise<Apex.MfaEditorResult>): Promise<void> {
    this.progress = { text: fill(LABELS.applyingRows, { count: rows }) };
    this.result = null;
    this.requestError = '';
    try {
      const result = await run();
      this.result = result;
      this.plan = null;
      if (result.success) this.drafts = new Map();
      this.progress = { text: LABELS.readingBack };
      await this.afterWrite();
    } catch (error) {
      this.requestError = errorMessage(LABELS.requestFailed, error);
    } finally {
      this.progress = null;
    }
  }

  /** The grid and the history read back; their own errors show where they are read. */
  private async afterWrite(): Promise<void> {
    await Promise.allSettled([this.loadRows(true), this.historyElement()?.refresh()]);
  }

  // ---- undo and history --------------------------------------------------------------------

  private historyElement(): HistoryElement | null {
    return (this.template?.querySelector('c-mfa-editor-history') as HistoryElement | null) ?? null;
  }

  /**
   * Undo from a write's results (one write, one change set): the history job records the change
   * set a moment after the write, so its key is looked up there first.
   */
  async handleUndoResult(event: CustomEvent<{ key: string; changeSetId?: string }>): Promise<void> {
    const history = this.historyElement();
    await history?.refresh();
    const changeSetId =
      event.detail.changeSetId ?? history?.changeSetIdForKey(event.detail.key) ?? null;
    if (changeSetId === null) {
      this.notice = LABELS.undoPending;
      return;
    }
    await this.undo(changeSetId, []);
  }

  async handleUndoHistory(
    event: CustomEvent<{ changeSetId: string; confirmedApiOnlyUserIds?: string[] }>
  ): Promise<void> {
    await this.undo(event.detail.changeSetId, event.detail.confirmedApiOnlyUserIds ?? []);
  }

  handleApplied(): void {
    this.afterWrite();
  }

  /**
   * Undoes a change set; the server refuses, naming them, to make users API-only who are not
   * confirmed: the history then asks for that confirmation and retries with their Ids.
   */
  private async undo(changeSetId: string, confirmedApiOnlyUserIds: string[]): Promise<void> {
    this.notice = '';
    this.progress = { text: LABELS.undoing };
    this.requestError = '';
    this.undoConfirmation = null;
    try {
      const result = await undoChangeSet({ changeSetId, confirmedApiOnlyUserIds });
      this.undoResult = result;
      this.result = null;
      this.undoConfirmation = confirmationOf(changeSetId, result);
      if (this.undoConfirmation) {
        this.notice = fill(LABELS.undoNeedsConfirmation, {
          name: this.historyElement()?.nameOf(changeSetId) ?? changeSetId
        });
      }
      this.progress = { text: LABELS.readingBack };
      await this.afterWrite();
    } catch (error) {
      this.requestError = errorMessage(LABELS.requestFailed, error);
    } finally {
      this.progress = null;
    }
  }
}
