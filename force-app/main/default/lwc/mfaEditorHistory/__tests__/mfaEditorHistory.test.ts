import type HistoryComponent from 'c/mfaEditorHistory';
import listChangeSets from '@salesforce/apex/MfaEditorController.listChangeSets';
import getTrackedPermissionFields from '@salesforce/apex/PermissionFieldsController.getTrackedPermissionFields';
import LightningConfirm from 'lightning/confirm';
import {
  fillLabel,
  find,
  findAll,
  editorUiLabels,
  mockEditorLabels,
  removeAll,
  render,
  settle,
  text
} from '../../mfaPermissionEditor/__tests__/editorTestKit';

jest.mock(
  '@salesforce/apex/MfaEditorController.listChangeSets',
  () => {
    const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
    return { default: createApexTestWireAdapter(jest.fn()) };
  },
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/PermissionFieldsController.getTrackedPermissionFields',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), {
  virtual: true
});
jest.mock('lightning/confirm', () => ({ __esModule: true, default: { open: jest.fn() } }));

const label = editorUiLabels(mockEditorLabels());
const History: typeof HistoryComponent = require('c/mfaEditorHistory').default;

type TestWireAdapter = { emit(value: unknown): void };
const historyWire = listChangeSets as unknown as TestWireAdapter;
const fieldsCall = getTrackedPermissionFields as unknown as jest.Mock;
const confirmOpen = LightningConfirm.open as unknown as jest.Mock;

const CLONE_ID = '0PS000000000030AAA';

function changeSet(id: string, kind: string, entry: Record<string, unknown>, status = 'Applied') {
  return {
    id,
    name: `MCS-${id.slice(-6)}`,
    key: `key-${id}`,
    kind,
    status,
    appliedAt: '2026-11-22T10:50:00.000Z',
    appliedById: '005000000000001AAA',
    appliedByName: 'Ada Admin',
    summary: `${kind}: MFA_Full`,
    rowCount: 2,
    entry: { kind, ...entry }
  };
}

const CLONE = changeSet('a01000000000031AAA', 'cloneWithout', {
  permissionSetId: '0PS000000000012AAA',
  permissionSetName: 'MFA_Full',
  cloneId: CLONE_ID,
  cloneName: 'MFA_Full_No_TwoFactorApi',
  createdSetId: CLONE_ID,
  assignmentRows: [
    { action: 'removed', userId: '005000000000006AAA', userName: 'Gus Green' },
    { action: 'added', userId: '005000000000006AAA', userName: 'Gus Green' }
  ]
});
const ASSIGN = changeSet('a01000000000032AAA', 'assign', { permissionSetName: 'MFA_Users' });
const DELETION = changeSet('a01000000000033AAA', 'deleteSet', { permissionSetName: 'MFA_Full' });
const OLD_CREATION = changeSet('a01000000000034AAA', 'createSet', {
  permissionSetName: 'WhyApiOnly_ForceTwoFactor'
});

async function renderHistory(changeSets: unknown[]): Promise<HTMLElement> {
  const element = render('c-mfa-editor-history', History);
  historyWire.emit(changeSets);
  await settle();
  return element;
}

const undoButton = (element: HTMLElement, index: number) =>
  findAll(element, 'li.change-set')[index].querySelector('lightning-button.undo') as HTMLElement;

beforeEach(() => {
  fieldsCall.mockResolvedValue([]);
});

afterEach(() => {
  removeAll();
  jest.clearAllMocks();
});

describe('c-mfa-editor-history', () => {
  it('offers undo of a clone and asks first, naming the clone it deletes', async () => {
    confirmOpen.mockResolvedValue(true);
    const element = await renderHistory([CLONE]);
    const undo = jest.fn();
    element.addEventListener('undo', undo);

    undoButton(element, 0).click();
    await settle();

    expect(confirmOpen).toHaveBeenCalledWith({
      label: label('UndoDeleteTitle'),
      message: fillLabel(label('UndoDeleteMessage'), {
        permissionSet: 'MFA_Full_No_TwoFactorApi'
      }),
      theme: 'warning'
    });
    expect(undo.mock.calls[0][0].detail).toEqual({ changeSetId: CLONE.id });
  });

  it('undoes nothing when the admin cancels the deletion', async () => {
    confirmOpen.mockResolvedValue(false);
    const element = await renderHistory([CLONE]);
    const undo = jest.fn();
    element.addEventListener('undo', undo);

    undoButton(element, 0).click();
    await settle();

    expect(undo).not.toHaveBeenCalled();
  });

  it('undoes a change set that created nothing without asking', async () => {
    const element = await renderHistory([ASSIGN]);
    const undo = jest.fn();
    element.addEventListener('undo', undo);

    undoButton(element, 0).click();
    await settle();

    expect(confirmOpen).not.toHaveBeenCalled();
    expect(undo.mock.calls[0][0].detail).toEqual({ changeSetId: ASSIGN.id });
  });

  it('says when the list left a change set rows out, and still offers its undo, asking first', async () => {
    confirmOpen.mockResolvedValue(true);
    const big = {
      ...CLONE,
      rowCount: 1800,
      rowsOmitted: true,
      entry: { ...CLONE.entry, assignmentRows: [] }
    };
    const element = await renderHistory([big, ASSIGN]);
    const undo = jest.fn();
    element.addEventListener('undo', undo);

    const items = findAll(element, 'li.change-set');
    expect(text(items[0].querySelector('.rows-omitted'))).toBe(
      fillLabel(label('HistoryRowsOmitted'), { count: 1800 })
    );
    expect(items[0].querySelectorAll('ul.slds-list_dotted li')).toHaveLength(0);
    expect(items[1].querySelector('.rows-omitted')).toBeNull();
    undoButton(element, 0).click();
    await settle();
    expect(confirmOpen).toHaveBeenCalledWith(
      expect.objectContaining({
        message: fillLabel(label('UndoDeleteMessage'), {
          permissionSet: 'MFA_Full_No_TwoFactorApi'
        })
      })
    );
    expect(undo.mock.calls[0][0].detail).toEqual({ changeSetId: big.id });
    await expect(element).toBeAccessible();
  });

  it('does not offer undo of a deletion, of an undone change set, or of an old creation', async () => {
    const element = await renderHistory([
      DELETION,
      { ...ASSIGN, status: 'Undone' },
      OLD_CREATION,
      CLONE
    ]);

    expect(undoButton(element, 0)).toBeNull();
    expect(undoButton(element, 1)).toBeNull();
    expect(undoButton(element, 2)).toBeNull();
    expect(undoButton(element, 3)).not.toBeNull();
  });

  it('asks to confirm, by name, the users a refused undo makes API-only, and retries with their Ids', async () => {
    const element = await renderHistory([ASSIGN, CLONE]);
    const undo = jest.fn();
    element.addEventListener('undo', undo);
    const message =
      'This change makes 2 user(s) API-only: Ada Admin, Bo Boss. Nothing was changed.';
    (element as unknown as { undoConfirmation: unknown }).undoConfirmation = {
      changeSetId: ASSIGN.id,
      message,
      users: [
        { id: '005000000000001AAA', name: 'Ada Admin' },
        { id: '005000000000002AAA', name: 'Bo Boss' }
      ]
    };
    await settle();

    const entries = findAll(element, 'li.change-set');
    expect(entries[1].querySelector('.confirm-api-only')).toBeNull();
    const asked = entries[0].querySelector('.confirm-api-only') as HTMLElement;
    expect(text(asked.querySelector('.confirm-message') as HTMLElement)).toBe(message);
    const checkbox = asked.querySelector('lightning-input.confirm-users') as HTMLInputElement & {
      label: string;
    };
    expect(checkbox.label).toBe(
      fillLabel(label('ConfirmApiOnly'), { names: 'Ada Admin, Bo Boss' })
    );
    const retry = asked.querySelector('lightning-button.undo-confirmed') as HTMLButtonElement;
    expect(retry.disabled).toBe(true);

    checkbox.checked = true;
    checkbox.dispatchEvent(new CustomEvent('change'));
    await settle();
    expect(retry.disabled).toBe(false);
    retry.click();
    await settle();

    expect(undo.mock.calls[0][0].detail).toEqual({
      changeSetId: ASSIGN.id,
      confirmedApiOnlyUserIds: ['005000000000001AAA', '005000000000002AAA']
    });
    await expect(element).toBeAccessible();
  });

  it('says a change set applied without its rows cannot be undone, with the error', async () => {
    const unrecorded = {
      ...changeSet('a01000000000035AAA', 'assign', {}, 'Unrecorded'),
      entry: null,
      recordingError: 'System.DmlException: ENTITY_IS_DELETED'
    };
    const element = await renderHistory([unrecorded]);

    expect(text(find(element, 'p.unrecorded'))).toBe(
      fillLabel(label('HistoryUnrecorded'), { error: 'System.DmlException: ENTITY_IS_DELETED' })
    );
    expect(undoButton(element, 0)).toBeNull();
  });

  it('is accessible', async () => {
    const element = await renderHistory([CLONE, DELETION, ASSIGN]);
    expect(find(element, 'li.change-set')).not.toBeNull();
    await expect(element).toBeAccessible();
  });
});
