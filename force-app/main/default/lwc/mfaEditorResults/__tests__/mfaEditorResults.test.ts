import type ResultsComponent from 'c/mfaEditorResults';
import getTrackedPermissionFields from '@salesforce/apex/PermissionFieldsController.getTrackedPermissionFields';
import {
  findAll,
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

const LABELS = mockEditorLabels();
const label = (name: string): string => LABELS.get(`MfaEditorUi_${name}`) as string;
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
});
