import type AssignComponent from 'c/mfaEditorAssign';
import assignPermissionSet from '@salesforce/apex/MfaEditorController.assignPermissionSet';
import removePermissionSetAssignments from '@salesforce/apex/MfaEditorController.removePermissionSetAssignments';
import getPlanningFacts from '@salesforce/apex/MfaEditorPlanningController.getPlanningFacts';
import getOrgPermissionPage from '@salesforce/apex/WhyApiOnlyController.getOrgPermissionPage';
import getTrackedPermissionFields from '@salesforce/apex/PermissionFieldsController.getTrackedPermissionFields';
import {
  data,
  find,
  findAll,
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
jest.mock(
  '@salesforce/apex/MfaEditorPlanningController.getPlanningFacts',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/WhyApiOnlyController.getOrgPermissionPage',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/PermissionFieldsController.getTrackedPermissionFields',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock('@salesforce/user/Id', () => ({ default: '005000000000001AAA' }), { virtual: true });

const LABELS = mockEditorLabels();
const label = (name: string): string => LABELS.get(`MfaEditorUi_${name}`) as string;
const Assign: typeof AssignComponent = require('c/mfaEditorAssign').default;

const assignCall = assignPermissionSet as unknown as jest.Mock;
const removeCall = removePermissionSetAssignments as unknown as jest.Mock;
const planningCall = getPlanningFacts as unknown as jest.Mock;
const orgPageCall = getOrgPermissionPage as unknown as jest.Mock;
const fieldsCall = getTrackedPermissionFields as unknown as jest.Mock;

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

const userLabels = (element: HTMLElement) =>
  (
    find(element, 'lightning-checkbox-group.assign-users') as unknown as Options | null
  )?.options.map((option) => option.label) ?? [];

const cells = (row: Element) =>
  [...row.querySelectorAll('th, td')].map((cell) => text(cell)).join(' | ');

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
  planningCall.mockResolvedValue(data('planningFacts'));
  orgPageCall.mockResolvedValue(data('orgApiOnlyPage'));
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

  it('assigns a set to chosen API-only users with an expiry, after the preview', async () => {
    assignCall.mockResolvedValue(data('assignResult'));
    const element = await start();
    const applied = jest.fn();
    element.addEventListener('applied', applied);

    find(element, 'lightning-button.load-users')?.click();
    await settle();
    expect(orgPageCall).toHaveBeenCalledWith({
      permissionField: 'PermissionsApiUserOnly',
      afterUserId: null,
      pageSize: 200
    });
    expect(userLabels(element)).toEqual([
      'Ivy Integration (ivy@example.com) · Custom: Integration'
    ]);
    fire(find(element, 'lightning-checkbox-group.assign-users'), 'change', { value: [IVY] });
    fire(find(element, 'lightning-input.assign-expiry'), 'change', { value: '2027-01-31' });
    find(element, 'lightning-button.preview')?.click();
    await settle();

    const planRows = findAll(element, 'tr.plan-row');
    expect(planRows.map(cells)).toEqual([
      `Ivy Integration (ivy@example.com) | ${label('AssignRow_insert')} | `
    ]);
    await expect(element).toBeAccessible();

    find(element, 'lightning-button.apply')?.click();
    await settle();
    expect(assignCall).toHaveBeenCalledWith({
      permissionSetId: MFA_USERS,
      userIds: [IVY],
      expirationDate: '2027-01-31'
    });
    expect(findAll(element, 'c-mfa-editor-results', 'tr.outcome')).toHaveLength(1);
    expect(applied).toHaveBeenCalled();
  });

  it('removes the set from current holders found by name', async () => {
    removeCall.mockResolvedValue({ ...data('assignResult'), kind: 'remove' });
    const element = await start();
    fire(find(element, 'lightning-radio-group.assign-action'), 'change', { value: 'remove' });
    fire(find(element, 'lightning-radio-group.assign-source'), 'change', { value: 'holders' });
    await settle();
    expect(userLabels(element)).toEqual([
      'Ben Baker (ben@example.com) · Standard User',
      'Hal Hill (hal@example.com) · Standard User'
    ]);

    const search = findAll(element, 'lightning-input').find(
      (input) => (input as HTMLElement).dataset.filter === 'search'
    );
    fire(search ?? null, 'change', { value: 'hal' });
    await settle();
    expect(userLabels(element)).toEqual(['Hal Hill (hal@example.com) · Standard User']);
    fire(find(element, 'lightning-checkbox-group.assign-users'), 'change', { value: [HAL] });
    await previewAndApply(element);

    expect(removeCall).toHaveBeenCalledWith({ permissionSetId: MFA_USERS, userIds: [HAL] });
  });

  it('filters the users by licence and profile', async () => {
    const element = await start();
    fire(find(element, 'lightning-radio-group.assign-source'), 'change', { value: 'holders' });
    await settle();
    const profile = find(element, 'lightning-combobox.filter-profile') as unknown as Options;
    expect(profile.options.map((option) => option.value)).toEqual(['', 'Standard User']);

    const licence = findAll(element, 'lightning-combobox').find(
      (box) => (box as HTMLElement).dataset.filter === 'license'
    );
    fire(licence ?? null, 'change', { value: 'Salesforce Limited Access – Free' });
    await settle();
    expect(userLabels(element)).toEqual([]);
    expect(text(find(element, '.no-users'))).toBe(label('AssignNoUsers'));
  });

  it('shows the platform message when the users cannot be loaded', async () => {
    orgPageCall.mockRejectedValue({ body: { message: 'Not allowed' } });
    const element = await start();
    find(element, 'lightning-button.load-users')?.click();
    await settle();

    expect(text(find(element, '.error'))).toContain('Not allowed');
  });
});
