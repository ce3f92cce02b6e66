import type ResultsComponent from 'c/mfaEditorResults';
import getTrackedPermissionFields from '@salesforce/apex/PermissionFieldsController.getTrackedPermissionFields';
import getChangeSetRecording from '@salesforce/apex/MfaEditorController.getChangeSetRecording';
import {
  findAll,
  editorUiLabels,
  mockEditorLabels,
  removeAll,
  render,
  settle,
  text
} from '../../mfaPermissionEditor/__tests__/editorTestKit';

jest.mock(
  '@salesforce/apex/PermissionFieldsController.getTrackedPermissionFields',
  () => ({ default: jest.fn() }),
  { virtual: true }
);

jest.mock(
  '@salesforce/apex/MfaEditorController.getChangeSetRecording',
  () => ({ default: jest.fn() }),
  { virtual: true }
);

const label = editorUiLabels(mockEditorLabels());
const Results: typeof ResultsComponent = require('c/mfaEditorResults').default;

const fieldsCall = getTrackedPermissionFields as unknown as jest.Mock;
const recordingCall = getChangeSetRecording as unknown as jest.Mock;

const RECORDED = { status: 'recorded', changeSetId: 'a0B000000000001AAA', name: 'MCS-000007' };

// With fake timers: lets the pending promises and re-renders finish without a real delay.
async function flush(): Promise<void> {
  await Array.from({ length: 10 }).reduce<Promise<void>>(
    (previous) => previous.then(() => Promise.resolve()),
    Promise.resolve()
  );
}

/** Runs the clock past one wait of the recording watch, then lets its answer render. */
async function waitFor(ms: number): Promise<void> {
  jest.advanceTimersByTime(ms);
  await flush();
}

// The undo of a clone: the user moved back, then the clone deleted.
const DELETION = {
  success: true,
  kind: 'deleteSet',
  changeSetKey: 'b3f1c2d4-0009',
  created: false,
  outcomes: [
    {
      status: 'applied',
      permissionSetId: '0PS000000000030AAA',
      permissionSetName: 'MFA_Full_No_TwoFactorApi',
      userName: 'Gus Green',
      action: 'removed'
    },
    {
      status: 'applied',
      permissionSetId: '0PS000000000030AAA',
      permissionSetName: 'MFA_Full_No_TwoFactorApi',
      action: 'setDeleted'
    }
  ]
};

// A field change applied in one change set.
const FIELD_CHANGE = {
  success: true,
  kind: 'fieldChange',
  changeSetKey: 'b3f1c2d4-0001',
  outcomes: [
    {
      status: 'applied',
      permissionSetId: '0PS000000000011AAA',
      permissionSetName: 'MFA_Users',
      field: 'PermissionsForceTwoFactor',
      beforeValue: false,
      afterValue: true
    }
  ]
};

beforeEach(() => {
  fieldsCall.mockResolvedValue([]);
  recordingCall.mockResolvedValue({ status: 'pending' });
});

afterEach(() => {
  removeAll();
  jest.clearAllMocks();
  jest.useRealTimers();
});

describe('c-mfa-editor-results', () => {
  it('says in words that the undo deleted the set, and offers no undo of a deletion', async () => {
    const element = render('c-mfa-editor-results', Results, { result: DELETION });
    await settle();

    const rows = findAll(element, 'tr.outcome').map(text);
    expect(rows[1]).toContain(label('Action_setDeleted'));
    expect(findAll(element, 'lightning-button.undo')).toHaveLength(0);
    await expect(element).toBeAccessible();
  });

  it('offers the undo once the change set is recorded; the undo event carries its key and Id', async () => {
    jest.useFakeTimers();
    recordingCall.mockResolvedValueOnce({ status: 'pending' }).mockResolvedValueOnce(RECORDED);
    const element = render('c-mfa-editor-results', Results, { result: FIELD_CHANGE });
    const undo = jest.fn();
    element.addEventListener('undo', undo);
    await flush();

    expect(text(findAll(element, 'p.recording')[0])).toBe(label('RecordingPending'));
    expect(findAll(element, 'lightning-button.undo')).toHaveLength(0);
    await waitFor(0);
    expect(findAll(element, 'lightning-button.undo')).toHaveLength(0);
    await waitFor(2000);

    expect(recordingCall).toHaveBeenCalledWith({ key: 'b3f1c2d4-0001' });
    expect(text(findAll(element, 'p.recording')[0])).toBe(
      label('Recorded').replace('{name}', 'MCS-000007')
    );
    (findAll(element, 'lightning-button.undo')[0] as HTMLElement).click();
    await flush();

    expect(undo).toHaveBeenCalledTimes(1);
    expect(undo.mock.calls[0][0].detail).toEqual({
      key: 'b3f1c2d4-0001',
      changeSetId: 'a0B000000000001AAA'
    });
  });

  it('says the record is late after a few asks: the change is applied, undo once recorded', async () => {
    jest.useFakeTimers();
    const element = render('c-mfa-editor-results', Results, { result: FIELD_CHANGE });
    await flush();

    const stillPending = [0, 2000, 4000, 8000].reduce(
      (previous, ms) =>
        previous.then(async () => {
          await waitFor(ms);
          expect(text(findAll(element, 'p.recording')[0])).toBe(label('RecordingPending'));
        }),
      Promise.resolve()
    );
    await stillPending;
    await waitFor(15000);

    expect(recordingCall).toHaveBeenCalledTimes(5);
    const late = findAll(element, 'p.recording')[0];
    expect(text(late)).toBe(label('RecordingLate'));
    expect(text(late)).toContain('IS applied');
    expect(late.className).toContain('slds-text-color_error');
    expect(findAll(element, 'lightning-button.undo')).toHaveLength(0);

    recordingCall.mockResolvedValue(RECORDED);
    (findAll(element, 'lightning-button.check-again')[0] as HTMLElement).click();
    await waitFor(0);
    expect(findAll(element, 'lightning-button.undo')).toHaveLength(1);
  });

  it('says when the change could not be recorded, with the error, and offers no undo', async () => {
    jest.useFakeTimers();
    recordingCall.mockResolvedValue({
      status: 'unrecorded',
      recordingError: 'System.DmlException: ENTITY_IS_DELETED'
    });
    const element = render('c-mfa-editor-results', Results, { result: FIELD_CHANGE });
    await waitFor(0);

    expect(text(findAll(element, 'p.recording')[0])).toBe(
      label('Unrecorded').replace('{error}', 'System.DmlException: ENTITY_IS_DELETED')
    );
    expect(findAll(element, 'lightning-button.undo')).toHaveLength(0);
    jest.advanceTimersByTime(60000);
    expect(recordingCall).toHaveBeenCalledTimes(1);
  });

  it('offers no undo of a write that recorded no change set', async () => {
    const { changeSetKey, ...unrecorded } = FIELD_CHANGE;
    expect(changeSetKey).toBeDefined();
    const element = render('c-mfa-editor-results', Results, { result: unrecorded });
    await settle();

    expect(findAll(element, 'tr.outcome')).toHaveLength(1);
    expect(findAll(element, 'lightning-button.undo')).toHaveLength(0);
  });
});
