import type CloneWithoutComponent from 'c/mfaEditorCloneWithout';
import getChangeSetRecording from '@salesforce/apex/MfaEditorController.getChangeSetRecording';
import cloneWithout from '@salesforce/apex/MfaEditorController.cloneWithout';
import getPlanningFacts from '@salesforce/apex/MfaEditorPlanningController.getPlanningFacts';
import getCloneContents from '@salesforce/apex/MfaEditorPlanningController.getCloneContents';
import getChangeSetLimits from '@salesforce/apex/MfaEditorController.getChangeSetLimits';
import getTrackedPermissionFields from '@salesforce/apex/PermissionFieldsController.getTrackedPermissionFields';
import LightningConfirm from 'lightning/confirm';
import {
  answerRecorded,
  data,
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
  '@salesforce/apex/MfaEditorController.getChangeSetRecording',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock('@salesforce/apex/MfaEditorController.cloneWithout', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock(
  '@salesforce/apex/MfaEditorPlanningController.getPlanningFacts',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/MfaEditorPlanningController.getCloneContents',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/PermissionFieldsController.getTrackedPermissionFields',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/MfaEditorController.getChangeSetLimits',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock('@salesforce/user/Id', () => ({ default: '005000000000001AAA' }), { virtual: true });
jest.mock('lightning/confirm', () => ({ __esModule: true, default: { open: jest.fn() } }));

const label = editorUiLabels(mockEditorLabels());
const CloneWithout: typeof CloneWithoutComponent = require('c/mfaEditorCloneWithout').default;

const cloneCall = cloneWithout as unknown as jest.Mock;
const planningCall = getPlanningFacts as unknown as jest.Mock;
const contentsCall = getCloneContents as unknown as jest.Mock;
const fieldsCall = getTrackedPermissionFields as unknown as jest.Mock;
const limitsCall = getChangeSetLimits as unknown as jest.Mock;
const confirmOpen = LightningConfirm.open as unknown as jest.Mock;

const MFA_FULL = '0PS000000000012AAA';
const MFA_USERS = '0PS000000000011AAA';
const GUS = '005000000000006AAA';
const rows = data<{ rows: Record<string, unknown>[] }>('rowsPage1').rows;

function fire(target: Element | null, type: string, detail: unknown): void {
  target?.dispatchEvent(new CustomEvent(type, { detail }));
}

async function chooseSet(element: HTMLElement, id: string): Promise<void> {
  fire(find(element, 'lightning-combobox.clone-set'), 'change', { value: id });
  await settle();
}

const applyButton = (element: HTMLElement) =>
  find(element, 'lightning-button.apply') as unknown as { disabled: boolean; click(): void };

/** What Apex counts for a set: object and Apex class access, everything copyable. */
function contentsOf(permissionSetId: string, extra: Record<string, unknown> = {}) {
  return {
    permissionSetId,
    userPermissions: 2,
    objectPermissions: 3,
    fieldPermissions: 4,
    tabSettings: 1,
    setupEntityAccess: { ApexClass: 2 },
    notCopiedSetupEntityAccess: {},
    notCopiedPermissions: [],
    tooManyRows: false,
    maxCopiedRows: 5000,
    usersLackingLicence: [],
    hasActivationRequired: false,
    hasDescription: true,
    ...extra
  };
}

beforeEach(() => {
  answerRecorded(getChangeSetRecording as unknown as jest.Mock);
  planningCall.mockResolvedValue(data('planningFacts'));
  contentsCall.mockImplementation(({ permissionSetId }: { permissionSetId: string }) =>
    Promise.resolve(contentsOf(permissionSetId))
  );
  limitsCall.mockResolvedValue(data('changeSetLimits'));
  fieldsCall.mockResolvedValue(
    require('../../permissionFields/__tests__/data/trackedPermissionFields.json')
  );
});

afterEach(() => {
  removeAll();
  jest.clearAllMocks();
});

describe('c-mfa-editor-clone-without', () => {
  it('offers the editable custom sets only', async () => {
    const element = render('c-mfa-editor-clone-without', CloneWithout, { rows });
    await settle();

    const options = (
      find(element, 'lightning-combobox.clone-set') as unknown as {
        options: { value: string }[];
      }
    ).options.map((option) => option.value);
    expect(options).toContain(MFA_FULL);
    expect(options).not.toContain('0PS000000000003AAA');
  });

  it('previews a clone without MFA for API Logins, moving the chosen user, then clones', async () => {
    cloneCall.mockResolvedValue(data('cloneResult'));
    const element = render('c-mfa-editor-clone-without', CloneWithout, { rows });
    const applied = jest.fn();
    element.addEventListener('applied', applied);
    await chooseSet(element, MFA_FULL);

    expect(planningCall).toHaveBeenCalledWith({
      permissionSetIds: [MFA_FULL],
      maxUsers: 2000,
      afterUserId: null
    });
    const users = find(element, 'lightning-checkbox-group.clone-users') as unknown as {
      options: { label: string; value: string }[];
    };
    expect(users.options.map((option) => option.label)).toEqual([
      'Gus Green (gus@example.com)',
      'Kim Kay (kim@example.com)'
    ]);
    fire(find(element, 'lightning-checkbox-group.clone-users'), 'change', { value: [GUS] });
    find(element, 'lightning-button.preview')?.click();
    await settle();

    expect(text(find(element, '.clone-name'))).toContain('MFA_Full');
    expect(text(find(element, '.removed'))).toContain(
      'Multi-Factor Authentication for API Logins: On → Off'
    );
    expect(text(find(element, '.moves'))).toBe(label('CloneMoves').replace('{count}', '1'));
    expect(contentsCall).toHaveBeenCalledWith({
      permissionSetId: MFA_FULL,
      field: 'PermissionsTwoFactorApi',
      userIds: [GUS]
    });
    expect(text(find(element, '.copied'))).toBe(
      fillLabel(label('CloneCopied'), {
        userPermissions: 2,
        objectPermissions: 3,
        fieldPermissions: 4,
        tabSettings: 1,
        entities: 'ApexClass 2',
        licence: '—',
        activation: label('Off'),
        description: label('On')
      })
    );
    expect(applyButton(element).disabled).toBe(false);
    await expect(element).toBeAccessible();

    applyButton(element).click();
    await settle();
    expect(cloneCall).toHaveBeenCalledWith({
      permissionSetId: MFA_FULL,
      field: 'PermissionsTwoFactorApi',
      userIdsToMove: [GUS],
      // The original as the preview read it: Apex refuses the clone if it changed since.
      seen: {
        permissionSetId: MFA_FULL,
        systemModstamp: '2026-12-01T10:00:00.000Z',
        permissionValues: expect.objectContaining({ PermissionsTwoFactorApi: true })
      }
    });
    expect(findAll(element, 'c-mfa-editor-results', 'tr.outcome')).toHaveLength(1);
    expect(applied).toHaveBeenCalled();
  });

  it('blocks the move before Apply when Apex says the clone cannot carry what the users rely on', async () => {
    contentsCall.mockResolvedValue(
      contentsOf(MFA_FULL, {
        notCopiedSetupEntityAccess: { NamedCredential: 1 },
        usersLackingLicence: [GUS]
      })
    );
    const element = render('c-mfa-editor-clone-without', CloneWithout, { rows });
    await chooseSet(element, MFA_FULL);
    fire(find(element, 'lightning-checkbox-group.clone-users'), 'change', { value: [GUS] });
    find(element, 'lightning-button.preview')?.click();
    await settle();

    const blockers = text(find(element, 'c-mfa-editor-plan-summary', '.blockers'));
    expect(blockers).toContain('NamedCredential (1)');
    expect(blockers).toContain('Gus Green');
    expect(applyButton(element).disabled).toBe(true);
    expect(cloneCall).not.toHaveBeenCalled();
  });

  it('blocks a clone that would be identical: the set does not grant the permission', async () => {
    const element = render('c-mfa-editor-clone-without', CloneWithout, { rows });
    await chooseSet(element, MFA_USERS);
    find(element, 'lightning-button.preview')?.click();
    await settle();

    expect(text(find(element, 'c-mfa-editor-plan-summary', '.blockers'))).toContain(
      'does not grant Multi-Factor Authentication for API Logins'
    );
    expect(applyButton(element).disabled).toBe(true);
  });

  it('blocks moving more users than Apex says one change set holds: two rows a user', async () => {
    limitsCall.mockResolvedValue({ maxRows: 3, maxUsers: 3 });
    const element = render('c-mfa-editor-clone-without', CloneWithout, { rows });
    await chooseSet(element, MFA_FULL);
    fire(find(element, 'lightning-checkbox-group.clone-users'), 'change', {
      value: [GUS, '005000000000008AAA']
    });
    find(element, 'lightning-button.preview')?.click();
    await settle();

    expect(text(find(element, 'c-mfa-editor-plan-summary', '.blockers'))).toContain(
      fillLabel(label('Plan_TOO_MANY_ROWS'), { rowCount: 4, maxRows: 3 })
    );
    expect(applyButton(element).disabled).toBe(true);
    expect(cloneCall).not.toHaveBeenCalled();
  });

  it('forwards the undo of the clone to the editor once the admin confirms the clone is deleted', async () => {
    cloneCall.mockResolvedValue(data('cloneResult'));
    confirmOpen.mockResolvedValue(true);
    const element = render('c-mfa-editor-clone-without', CloneWithout, { rows });
    const undo = jest.fn();
    element.addEventListener('undo', undo);
    await chooseSet(element, MFA_FULL);
    fire(find(element, 'lightning-checkbox-group.clone-users'), 'change', { value: [GUS] });
    find(element, 'lightning-button.preview')?.click();
    await settle();
    applyButton(element).click();
    await settle();

    find(element, 'c-mfa-editor-results', 'lightning-button.undo')?.click();
    await settle();
    expect(confirmOpen).toHaveBeenCalledWith(
      expect.objectContaining({
        message: fillLabel(label('UndoDeleteMessage'), {
          permissionSet: 'MFA_Full_Without_TwoFactorApi'
        }),
        theme: 'warning'
      })
    );
    expect(undo.mock.calls[0][0].detail).toEqual({
      key: 'b3f1c2d4-0003',
      changeSetId: 'a01000000000014AAA'
    });
  });

  it('keeps the clone when the admin cancels its deletion', async () => {
    cloneCall.mockResolvedValue(data('cloneResult'));
    confirmOpen.mockResolvedValue(false);
    const element = render('c-mfa-editor-clone-without', CloneWithout, { rows });
    const undo = jest.fn();
    element.addEventListener('undo', undo);
    await chooseSet(element, MFA_FULL);
    find(element, 'lightning-button.preview')?.click();
    await settle();
    applyButton(element).click();
    await settle();

    find(element, 'c-mfa-editor-results', 'lightning-button.undo')?.click();
    await settle();
    expect(confirmOpen).toHaveBeenCalledTimes(1);
    expect(undo).not.toHaveBeenCalled();
  });

  it('shows the platform message when the clone is refused', async () => {
    cloneCall.mockRejectedValue({ body: { message: 'Name already taken' } });
    const element = render('c-mfa-editor-clone-without', CloneWithout, { rows });
    await chooseSet(element, MFA_FULL);
    find(element, 'lightning-button.preview')?.click();
    await settle();
    applyButton(element).click();
    await settle();

    expect(text(find(element, '.error'))).toContain('Name already taken');
  });
});
