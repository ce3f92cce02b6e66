import type AssignComponent from 'c/mfaEditorAssign';
import assignPermissionSet from '@salesforce/apex/MfaEditorController.assignPermissionSet';
import removePermissionSetAssignments from '@salesforce/apex/MfaEditorController.removePermissionSetAssignments';
import searchUsers from '@salesforce/apex/MfaEditorController.searchUsers';
import getUserFilterChoices from '@salesforce/apex/MfaEditorController.getUserFilterChoices';
import getPlanningFacts from '@salesforce/apex/MfaEditorPlanningController.getPlanningFacts';
import getPlanningFactsForUsers from '@salesforce/apex/MfaEditorPlanningController.getPlanningFactsForUsers';
import getChangeSetLimits from '@salesforce/apex/MfaEditorController.getChangeSetLimits';
import getTrackedPermissionFields from '@salesforce/apex/PermissionFieldsController.getTrackedPermissionFields';
import {
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
  '@salesforce/apex/MfaEditorController.assignPermissionSet',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/MfaEditorController.removePermissionSetAssignments',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock('@salesforce/apex/MfaEditorController.searchUsers', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock(
  '@salesforce/apex/MfaEditorController.getUserFilterChoices',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/MfaEditorPlanningController.getPlanningFacts',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/MfaEditorPlanningController.getPlanningFactsForUsers',
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

const label = editorUiLabels(mockEditorLabels());
const Assign: typeof AssignComponent = require('c/mfaEditorAssign').default;

const assignCall = assignPermissionSet as unknown as jest.Mock;
const removeCall = removePermissionSetAssignments as unknown as jest.Mock;
const searchCall = searchUsers as unknown as jest.Mock;
const choicesCall = getUserFilterChoices as unknown as jest.Mock;
const planningCall = getPlanningFacts as unknown as jest.Mock;
const chosenFactsCall = getPlanningFactsForUsers as unknown as jest.Mock;
const fieldsCall = getTrackedPermissionFields as unknown as jest.Mock;
const limitsCall = getChangeSetLimits as unknown as jest.Mock;

const MFA_USERS = '0PS000000000011AAA';
const IVY = '005000000000004AAA';
const HAL = '005000000000007AAA';
const rows = [
  ...data<{ rows: Record<string, unknown>[] }>('rowsPage1').rows,
  ...data<{ rows: Record<string, unknown>[] }>('rowsPage2').rows
];

type Options = { options: { label: string; value: string }[] };

function fire(target: Element | null, type: string, detail: unknown): void {
  target?.dispatchEvent(new CustomEvent(type, { detail }));
}

const picker = (element: HTMLElement) => find(element, 'c-mfa-editor-user-picker') as HTMLElement;

const cells = (row: Element) =>
  [...row.querySelectorAll('th, td')].map((cell) => text(cell)).join(' | ');

const chosenNames = (element: HTMLElement) =>
  findAll(element, 'li.chosen-user').map((item) => text(item.querySelector('.slds-pill__label')));

/** Types in the picker's search box and waits out the 300 ms pause before the search. */
async function searchFor(element: HTMLElement, value: string, page: string): Promise<void> {
  searchCall.mockResolvedValue(data(page));
  fire(find(picker(element), 'lightning-input.filter-text'), 'change', { value });
  // eslint-disable-next-line @lwc/lwc/no-async-operation
  await new Promise((resolve) => setTimeout(resolve, 350));
  await settle();
}

function chooseFirstRow(element: HTMLElement): void {
  fire(findAll(picker(element), 'lightning-input.choose-user')[0], 'change', { checked: true });
}

async function start(): Promise<HTMLElement> {
  const element = render('c-mfa-editor-assign', Assign, { rows });
  fire(find(element, 'lightning-combobox.assign-set'), 'change', { value: MFA_USERS });
  await settle();
  return element;
}

async function previewAndApply(element: HTMLElement): Promise<void> {
  find(element, 'lightning-button.preview')?.click();
  await settle();
  find(element, 'lightning-button.apply')?.click();
  await settle();
}

beforeEach(() => {
  searchCall.mockResolvedValue(data('userSearchIvy'));
  choicesCall.mockResolvedValue(data('userFilterChoices'));
  planningCall.mockResolvedValue(data('planningFacts'));
  chosenFactsCall.mockResolvedValue(data('planningFacts'));
  limitsCall.mockResolvedValue(data('changeSetLimits'));
  fieldsCall.mockResolvedValue(
    require('../../permissionFields/__tests__/data/trackedPermissionFields.json')
  );
});

afterEach(() => {
  removeAll();
  jest.clearAllMocks();
});

describe('c-mfa-editor-assign', () => {
  it('offers assignable sets: not profiles, not group aggregates', async () => {
    const element = render('c-mfa-editor-assign', Assign, { rows });
    await settle();
    const values = (
      find(element, 'lightning-combobox.assign-set') as unknown as Options
    ).options.map((option) => option.value);
    expect(values).toContain(MFA_USERS);
    expect(values).toContain('0PS000000000016AAA');
    expect(values).not.toContain('0PS000000000003AAA');
    expect(values).not.toContain('0PS000000000015AAA');
  });

  it('assigns a set with an expiry to users chosen across searches, after the preview', async () => {
    assignCall.mockResolvedValue(data('assignResult'));
    const element = await start();
    const applied = jest.fn();
    element.addEventListener('applied', applied);
    expect(text(find(element, '.chosen-none'))).toBe(label('UserSearch_ChosenNone'));

    await searchFor(element, 'ivy', 'userSearchIvy');
    chooseFirstRow(element);
    await searchFor(element, 'hal', 'userSearchHal');
    chooseFirstRow(element);
    await settle();
    expect(chosenNames(element)).toEqual([
      'Ivy Integration (ivy@example.com)',
      'Hal Hill (hal@example.com)'
    ]);
    expect(text(find(element, 'section.chosen h3'))).toBe(
      fillLabel(label('UserSearch_Chosen'), { count: 2 })
    );

    const removeHal = findAll(element, 'lightning-button-icon.unchoose')[1] as HTMLElement & {
      alternativeText: string;
    };
    expect(removeHal.alternativeText).toBe(
      fillLabel(label('UserSearch_Unchoose'), { name: 'Hal Hill' })
    );
    removeHal.click();
    await settle();
    expect(chosenNames(element)).toEqual(['Ivy Integration (ivy@example.com)']);

    fire(find(element, 'lightning-input.assign-expiry'), 'change', { value: '2027-01-31' });
    find(element, 'lightning-button.preview')?.click();
    await settle();
    expect(chosenFactsCall).toHaveBeenCalledWith({ permissionSetIds: [MFA_USERS], userIds: [IVY] });
    expect(findAll(element, 'tr.plan-row').map(cells)).toEqual([
      `Ivy Integration (ivy@example.com) | ${label('AssignRow_insert')} | ${label('Assign_NoAssignment')} → 2027-01-31 | `
    ]);
    await expect(element).toBeAccessible();

    const searchesBefore = searchCall.mock.calls.length;
    find(element, 'lightning-button.apply')?.click();
    await settle();
    expect(assignCall).toHaveBeenCalledWith({
      permissionSetId: MFA_USERS,
      userIds: [IVY],
      expirationDate: '2027-01-31',
      confirmedApiOnlyUserIds: [],
      endPermanentAssignments: false,
      seen: {
        permissionSetId: MFA_USERS,
        systemModstamp: '2026-12-01T10:00:00.000Z',
        permissionValues: expect.objectContaining({
          PermissionsForceTwoFactor: true,
          PermissionsApiUserOnly: false
        })
      }
    });
    expect(findAll(element, 'c-mfa-editor-results', 'tr.outcome')).toHaveLength(1);
    expect(applied).toHaveBeenCalled();
    expect(searchCall.mock.calls.length).toBe(searchesBefore + 1);
  });

  it('removes the set from a current holder found among the holders', async () => {
    removeCall.mockResolvedValue({ ...data('assignResult'), kind: 'remove' });
    const element = await start();
    fire(find(element, 'lightning-radio-group.assign-action'), 'change', { value: 'remove' });
    fire(find(picker(element), 'lightning-radio-group.user-source'), 'change', {
      value: 'holders'
    });
    await settle();
    fire(findAll(picker(element), 'lightning-input.choose-user')[1], 'change', { checked: true });
    await settle();
    expect(chosenNames(element)).toEqual(['Hal Hill (hal@example.com)']);

    await previewAndApply(element);

    expect(findAll(element, 'c-mfa-editor-results', 'tr.outcome')).toHaveLength(1);
    expect(removeCall).toHaveBeenCalledWith({
      permissionSetId: MFA_USERS,
      userIds: [HAL],
      seen: expect.objectContaining({ systemModstamp: '2026-12-01T10:00:00.000Z' })
    });
  });

  it('makes users API-only only once the admin confirms them by name, and sends who was confirmed', async () => {
    // The same org, where MFA Users grants API Only User instead (the seed incident's set).
    const planning = data<{ facts: { permissionSets: Record<string, unknown>[] } }>(
      'planningFacts'
    );
    const apiOnlySet = planning.facts.permissionSets.find((row) => row.Id === MFA_USERS)!;
    Object.assign(apiOnlySet, { PermissionsApiUserOnly: true, PermissionsForceTwoFactor: false });
    chosenFactsCall.mockResolvedValue(planning);
    assignCall.mockResolvedValue(data('assignResult'));
    const CARA = '005000000000003AAA';
    const element = await start();
    fire(picker(element), 'choose', {
      users: [{ id: CARA, name: 'Cara Cole', username: 'cara@example.com' }],
      chosen: true
    });
    await settle();
    find(element, 'lightning-button.preview')?.click();
    await settle();

    const apply = () => find(element, 'lightning-button.apply') as HTMLButtonElement;
    const confirm = find(element, 'lightning-input.confirm-api-only') as HTMLElement & {
      label: string;
    };
    expect(apply().disabled).toBe(true);
    expect(confirm.label).toBe(
      fillLabel(label('Assign_ConfirmApiOnly'), { count: 1, users: 'Cara Cole' })
    );
    await expect(element).toBeAccessible();

    fire(confirm, 'change', { checked: true });
    await settle();
    expect(apply().disabled).toBe(false);
    apply().click();
    await settle();
    expect(assignCall).toHaveBeenCalledWith(
      expect.objectContaining({ userIds: [CARA], confirmedApiOnlyUserIds: [CARA] })
    );
  });

  it('leaves a permanent holder permanent unless the admin chooses to end it on the date', async () => {
    assignCall.mockResolvedValue(data('assignResult'));
    const element = await start();
    fire(picker(element), 'choose', {
      users: [{ id: HAL, name: 'Hal Hill', username: 'hal@example.com' }],
      chosen: true
    });
    fire(find(element, 'lightning-input.assign-expiry'), 'change', { value: '2027-01-31' });
    await settle();
    find(element, 'lightning-button.preview')?.click();
    await settle();
    expect(findAll(element, 'tr.plan-row').map(cells)).toEqual([
      `Hal Hill (hal@example.com) | ${label('AssignRow_alreadyAssigned')} | ${label('Assign_Permanent')} → ${label('Assign_Permanent')} | `
    ]);

    const endPermanent = find(element, 'lightning-input.end-permanent') as HTMLElement & {
      label: string;
    };
    expect(endPermanent.label).toBe(label('Assign_EndPermanent'));
    fire(endPermanent, 'change', { checked: true });
    await settle();
    expect(find(element, 'lightning-button.apply')).toBeNull();
    find(element, 'lightning-button.preview')?.click();
    await settle();
    expect(findAll(element, 'tr.plan-row').map(cells)).toEqual([
      `Hal Hill (hal@example.com) | ${label('AssignRow_updateExpiration')} | ${label('Assign_Permanent')} → 2027-01-31 | `
    ]);
    await expect(element).toBeAccessible();
    find(element, 'lightning-button.apply')?.click();
    await settle();
    expect(assignCall).toHaveBeenCalledWith(
      expect.objectContaining({ userIds: [HAL], endPermanentAssignments: true })
    );
  });

  it('blocks a Limited Access - Free user from a set granting MFA for UI Logins', async () => {
    const element = await start();
    await searchFor(element, 'fay', 'userSearchFay');
    chooseFirstRow(element);
    await settle();
    find(element, 'lightning-button.preview')?.click();
    await settle();

    // The row says why in words (its short Custom Label), never the blocker's code.
    expect(findAll(element, 'tr.plan-row').map(cells)).toEqual([
      `Fay Free (fay@example.com) | ${label('AssignRow_blocked')} | ${label('Assign_NoAssignment')} → ${label('Assign_NoAssignment')} | ${fillLabel(
        label('Plan_ROW_LIMITED_ACCESS_FREE_GETS_UI_MFA'),
        { uiPermission: 'Multi-Factor Authentication for User Interface Logins' }
      )}`
    ]);
    expect(text(find(element, 'tr.plan-row'))).not.toContain('LIMITED_ACCESS_FREE_GETS_UI_MFA');
    await expect(element).toBeAccessible();
    expect((find(element, 'lightning-button.apply') as HTMLButtonElement).disabled).toBe(true);
    expect(assignCall).not.toHaveBeenCalled();
  });

  it('keeps at most as many chosen users as Apex says one change set takes, saying the others were not added', async () => {
    limitsCall.mockResolvedValue({ maxRows: 25, maxUsers: 25 });
    const element = await start();
    const users = Array.from({ length: 26 }, (_, i) => ({
      id: `00500000000${String(i).padStart(4, '0')}AAA`,
      name: `User ${i}`,
      username: `user${i}@example.com`
    }));
    fire(picker(element), 'choose', { users, chosen: true });
    await settle();

    expect(findAll(element, 'li.chosen-user')).toHaveLength(25);
    expect(text(find(element, '.chosen-note'))).toBe(
      fillLabel(label('UserSearch_TooMany'), { max: 25 })
    );
    find(element, 'lightning-button.clear-chosen')?.click();
    await settle();
    expect(findAll(element, 'li.chosen-user')).toHaveLength(0);
  });

  it('shows the platform message when the chosen users cannot be read for the preview', async () => {
    chosenFactsCall.mockRejectedValue({ body: { message: 'Not allowed' } });
    const element = await start();
    await searchFor(element, 'ivy', 'userSearchIvy');
    chooseFirstRow(element);
    await settle();
    find(element, 'lightning-button.preview')?.click();
    await settle();

    expect(text(find(element, '.error'))).toContain('Not allowed');
    expect(find(element, '.assign-preview')).toBeNull();
  });
});
