import { LightningElement, api } from 'lwc';
import {
  LABELS,
  confirmUndo,
  createdSetOfResult,
  fieldLabels,
  labelOf,
  onOff
} from 'c/mfaEditorShared';

const STATUS_LABELS: Readonly<Record<string, string>> = {
  applied: LABELS.statusApplied,
  failed: LABELS.statusFailed,
  rolledBack: LABELS.statusRolledBack,
  unchanged: LABELS.statusUnchanged,
  skipped: LABELS.statusSkipped
};

const ACTION_LABELS: Readonly<Record<string, string>> = {
  setDeleted: LABELS.actionSetDeleted
};

/**
 * Per-row outcomes of a write (applied, or failed with the platform's own message), and its
 * undo: every write is one Apex call recording one change set. Fires undo (detail: key, that
 * change set's key), after a confirmation when the undo deletes a permission set the write
 * created.
 */
export default class MfaEditorResults extends LightningElement {
  labels = LABELS;

  @api result: Apex.MfaEditorResult | null = null;
  @api busy = false;

  private fieldNames: ReadonlyMap<string, string> = new Map();

  override connectedCallback(): void {
    fieldLabels().then(
      (labels) => {
        this.fieldNames = labels;
      },
      () => {
        // Without describe the API names stay readable; the outcomes matter more.
      }
    );
  }

  get summary(): string {
    if (this.result?.message) return this.result.message;
    return this.result?.success ? LABELS.resultSuccess : LABELS.resultFailed;
  }

  get summaryClass(): string {
    return this.result?.success
      ? 'summary slds-text-color_success'
      : 'summary slds-text-color_error';
  }

  get rows() {
    return (this.result?.outcomes ?? []).map((outcome, index) => {
      const subject = outcome.userName ?? outcome.userId ?? '';
      const change = outcome.field
        ? `${labelOf(this.fieldNames, outcome.field)}: ${onOff(outcome.beforeValue)} → ${onOff(outcome.afterValue)}`
        : (ACTION_LABELS[outcome.action ?? ''] ?? outcome.action ?? '');
      return {
        key: `${index}`,
        status: STATUS_LABELS[outcome.status ?? ''] ?? outcome.status ?? '',
        failed: outcome.status === 'failed',
        target: [outcome.permissionSetName, subject].filter(Boolean).join(' · '),
        change,
        message: outcome.message ?? ''
      };
    });
  }

  /** A deletion (the undo of a creation) is not undone: a deleted set is not recreated. */
  get canUndo(): boolean {
    const result = this.result;
    return result?.success === true && result.kind !== 'deleteSet' && !!result.changeSetKey;
  }

  async handleUndo(): Promise<void> {
    const key = this.result?.changeSetKey;
    if (!key || !(await confirmUndo(createdSetOfResult(this.result)))) return;
    this.dispatchEvent(new CustomEvent('undo', { detail: { key } }));
  }
}
