import type ResultsComponent from 'c/mfaEditorResults';
import getTrackedPermissionFields from '@salesforce/apex/PermissionFieldsController.getTrackedPermissionFields';
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

const label = editorUiLabels(mockEditorLabels());
const Results: typeof ResultsComponent = require('c/mfaEditorResults').default;

const fieldsCall = getTrackedPermissionFields as unknown as jest.Mock;

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
});

afterEach(() => {
  removeAll();
  jest.clearAllMocks();
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

  it('undoes a write as its one change set: the undo event carries that change set key', async () => {
    const element = render('c-mfa-editor-results', Results, { result: FIELD_CHANGE });
    const undo = jest.fn();
    element.addEventListener('undo', undo);
    await settle();

    (findAll(element, 'lightning-button.undo')[0] as HTMLElement).click();
    await settle();

    expect(undo).toHaveBeenCalledTimes(1);
    expect(undo.mock.calls[0][0].detail).toEqual({ key: 'b3f1c2d4-0001' });
    await expect(element).toBeAccessible();
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
