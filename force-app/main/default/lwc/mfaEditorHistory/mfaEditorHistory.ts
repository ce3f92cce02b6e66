import { LightningElement, api, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import listChangeSets from '@salesforce/apex/MfaEditorController.listChangeSets';
import { fill } from 'c/whyApiOnlyShared';
import {
  LABELS,
  confirmUndo,
  createdSetOf,
  errorMessage,
  fieldLabels,
  isUndoable,
  labelOf,
  onOff,
  type UndoConfirmation
} from 'c/mfaEditorShared';

const HISTORY_SIZE = 50;

/**
 * The change sets recorded on the server (who, when, what, before → after), newest first; it
 * survives a reload because it is read back from MFA_Change_Set__c. Fires undo (detail: Id),
 * after a confirmation when the undo deletes a permission set the change set created. When the
 * server refused an undo that makes users API-only (undoConfirmation), shows its message under
 * that change set with a checkbox naming them; the retry fires undo with their Ids.
 */
export default class MfaEditorHistory extends LightningElement {
  labels = LABELS;

  @api busy = false;
  /** Set by the editor after a refused undo; cleared by the next one. */
  @api undoConfirmation: UndoConfirmation | null = null;

  confirmed = false;

  changeSets: readonly Apex.MfaEditorChangeSet[] = [];
  errorText = '';
  isLoading = true;
  private wiredResult: unknown;
  private fieldNames: ReadonlyMap<string, string> = new Map();

  override connectedCallback(): void {
    fieldLabels().then(
      (labels) => {
        this.fieldNames = labels;
      },
      () => {
        // API names stay readable without describe.
      }
    );
  }

  @wire(listChangeSets, { limitRows: HISTORY_SIZE })
  wiredChangeSets(result: ApexWireResult<Apex.MfaEditorChangeSet[]>): void {
    this.wiredResult = result;
    if (result.data) {
      this.changeSets = result.data;
      this.errorText = '';
      this.isLoading = false;
    } else if (result.error) {
      this.errorText = errorMessage(LABELS.historyLoadError, result.error);
      this.isLoading = false;
    }
  }

  /** Reads the history again (after an apply or an undo). */
  @api
  refresh(): Promise<void> {
    return refreshApex(this.wiredResult);
  }

  /** The change set a write recorded, once the history job has written it; else null. */
  @api
  changeSetIdForKey(key: string): string | null {
    return this.changeSets.find((changeSet) => changeSet.key === key)?.id ?? null;
  }

  /** The auto-number of a listed change set, or null. */
  @api
  nameOf(changeSetId: string): string | null {
    return this.changeSets.find((changeSet) => changeSet.id === changeSetId)?.name ?? null;
  }

  get isEmpty(): boolean {
    return !this.isLoading && !this.errorText && this.changeSets.length === 0;
  }

  get entries() {
    return this.changeSets.map((changeSet) => {
      const entry = changeSet.entry;
      const fieldRows = (entry?.fieldRows ?? []).map((row, index) => ({
        key: `f${index}`,
        text: `${row.permissionSetName ?? row.permissionSetId}: ${labelOf(this.fieldNames, row.field ?? '')} ${onOff(row.before)} → ${onOff(row.after)}`
      }));
      const assignmentRows = (entry?.assignmentRows ?? []).map((row, index) => ({
        key: `a${index}`,
        text: fill(LABELS.historyAssignment, {
          action: row.action,
          user: row.userName ?? row.userId
        })
      }));
      return {
        id: changeSet.id,
        title: `${changeSet.name ?? ''} · ${changeSet.status ?? ''}`,
        summary: changeSet.summary ?? '',
        who: fill(LABELS.historyWho, {
          who: changeSet.appliedByName ?? changeSet.appliedById,
          when: changeSet.appliedAt ? new Date(changeSet.appliedAt).toLocaleString() : ''
        }),
        rowCount: fill(LABELS.historyRows, { count: changeSet.rowCount ?? 0 }),
        details: [...fieldRows, ...assignmentRows],
        unreadable: !entry,
        rowsOmitted: changeSet.rowsOmitted === true && !!entry,
        rowsOmittedText: fill(LABELS.historyRowsOmitted, { count: changeSet.rowCount ?? 0 }),
        canUndo: isUndoable(changeSet),
        undoLabel: fill(LABELS.historyUndo, { name: changeSet.name }),
        unrecorded: changeSet.status === 'Unrecorded',
        unrecordedText: fill(LABELS.historyUnrecorded, { error: changeSet.recordingError ?? '' }),
        confirmation: this.confirmationFor(changeSet.id)
      };
    });
  }

  private confirmationFor(changeSetId: string | undefined) {
    const asked = this.undoConfirmation;
    if (!asked || asked.changeSetId !== changeSetId) return null;
    return {
      message: asked.message,
      checkboxLabel: fill(LABELS.confirmApiOnly, {
        names: asked.users.map((user) => user.name).join(', ')
      }),
      retryDisabled: this.busy || !this.confirmed
    };
  }

  handleConfirmChange(event: Event): void {
    this.confirmed = (event.target as HTMLInputElement).checked;
  }

  /** The retry: the same undo, with the Ids of the users the admin confirmed by name. */
  handleConfirmedUndo(): void {
    const asked = this.undoConfirmation;
    if (!asked || !this.confirmed) return;
    this.confirmed = false;
    this.dispatchEvent(
      new CustomEvent('undo', {
        detail: {
          changeSetId: asked.changeSetId,
          confirmedApiOnlyUserIds: asked.users.map((user) => user.id)
        }
      })
    );
  }

  handleRefresh(): void {
    this.refresh();
  }

  async handleUndo(event: Event): Promise<void> {
    const changeSetId = (event.currentTarget as HTMLElement).dataset.id;
    const changeSet = this.changeSets.find((each) => each.id === changeSetId);
    if (!(await confirmUndo(createdSetOf(changeSet?.entry)))) return;
    this.dispatchEvent(new CustomEvent('undo', { detail: { changeSetId } }));
  }
}
