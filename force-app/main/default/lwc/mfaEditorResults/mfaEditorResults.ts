import { LightningElement, api } from 'lwc';
import { fill } from 'c/whyApiOnlyShared';
import {
  LABELS,
  confirmUndo,
  createdSetOfResult,
  fieldLabels,
  labelOf,
  onOff,
  watchRecording,
  type RecordingState
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
 * undo: every write is one Apex call recording one change set. The history job writes that
 * change set a moment later: the results ask until it is recorded (undo is offered then), and
 * say plainly when it is late or could not be recorded. Fires undo (detail: key and the change
 * set's Id), after a confirmation when the undo deletes a permission set the write created.
 */
export default class MfaEditorResults extends LightningElement {
  labels = LABELS;

  @api busy = false;

  recording: RecordingState | null = null;
  private current: Apex.MfaEditorResult | null = null;
  private stopWatching: (() => void) | null = null;
  private fieldNames: ReadonlyMap<string, string> = new Map();

  @api
  get result(): Apex.MfaEditorResult | null {
    return this.current;
  }
  set result(value: Apex.MfaEditorResult | null) {
    if (value === this.current) return;
    this.current = value;
    this.watch();
  }

  override disconnectedCallback(): void {
    this.stopWatching?.();
    this.stopWatching = null;
  }

  /** Starts asking for the record of a successful write's change set. */
  private watch(): void {
    this.stopWatching?.();
    this.stopWatching = null;
    this.recording = null;
    const key = this.current?.success === true ? this.current.changeSetKey : undefined;
    if (!key) return;
    this.stopWatching = watchRecording(key, (state) => {
      this.recording = state;
    });
  }

  /** Asks again after "late" (one more round). */
  handleCheckAgain(): void {
    this.watch();
  }

  get recordingText(): string {
    const state = this.recording;
    if (!state) return '';
    switch (state.status) {
      case 'pending':
        return LABELS.recordingPending;
      case 'recorded':
        return fill(LABELS.recorded, { name: state.name });
      case 'unrecorded':
        return fill(LABELS.unrecorded, { error: state.error });
      default:
        return LABELS.recordingLate;
    }
  }

  get recordingClass(): string {
    const status = this.recording?.status;
    return status === 'late' || status === 'unrecorded'
      ? 'recording slds-text-color_error'
      : 'recording slds-text-color_weak';
  }

  get isLate(): boolean {
    return this.recording?.status === 'late';
  }

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

  /**
   * Undo once the change set is recorded; a deletion (the undo of a creation) is not undone: a
   * deleted set is not recreated.
   */
  get canUndo(): boolean {
    const result = this.result;
    return (
      result?.success === true &&
      result.kind !== 'deleteSet' &&
      !!result.changeSetKey &&
      this.recording?.status === 'recorded'
    );
  }

  async handleUndo(): Promise<void> {
    const key = this.result?.changeSetKey;
    const state = this.recording;
    if (!key || state?.status !== 'recorded') return;
    if (!(await confirmUndo(createdSetOfResult(this.result)))) return;
    this.dispatchEvent(
      new CustomEvent('undo', { detail: { key, changeSetId: state.changeSetId } })
    );
  }
}
