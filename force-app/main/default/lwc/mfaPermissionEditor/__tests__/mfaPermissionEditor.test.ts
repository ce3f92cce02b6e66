import type MfaPermissionEditorComponent from 'c/mfaPermissionEditor';
import getChangeSetRecording from '@salesforce/apex/MfaEditorController.getChangeSetRecording';
import listPermissionRows from '@salesforce/apex/MfaEditorController.listPermissionRows';
import applyChanges from '@salesforce/apex/MfaEditorController.applyChanges';
import undoChangeSet from '@salesforce/apex/MfaEditorController.undoChangeSet';
import listChangeSets from '@salesforce/apex/MfaEditorController.listChangeSets';
import createGrantingPermissionSet from '@salesforce/apex/MfaEditorController.createGrantingPermissionSet';
import assignPermissionSet from '@salesforce/apex/MfaEditorController.assignPermissionSet';
import getPlanningFacts from '@salesforce/apex/MfaEditorPlanningController.getPlanningFacts';
import getChangeSetLimits from '@salesforce/apex/MfaEditorController.getChangeSetLimits';
import getTrackedPermissionFields from '@salesforce/apex/PermissionFieldsController.getTrackedPermissionFields';
import { refreshApex } from '@salesforce/apex';
import LightningConfirm from 'lightning/confirm';
import {
  answerRecorded,
  data,
  deferred,
  fillLabel,
  find,
  findAll,
  editorUiLabels,
  mockEditorLabels,
  removeAll,
  render,
  settle,
  text
} from './editorTestKit';

jest.mock(
  '@salesforce/apex/MfaEditorController.getChangeSetRecording',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/MfaEditorController.listPermissionRows',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock('@salesforce/apex/MfaEditorController.applyChanges', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/MfaEditorController.undoChangeSet', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock(
  '@salesforce/apex/MfaEditorController.createGrantingPermissionSet',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
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
jest.mock('@salesforce/apex/MfaEditorController.cloneWithout', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock(
  '@salesforce/apex/MfaEditorPlanningController.getPlanningFacts',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
// The assignment tab's user picker searches on connect: no user matches in these tests.
jest.mock(
  '@salesforce/apex/MfaEditorController.searchUsers',
  () => ({ default: jest.fn(() => Promise.resolve({ users: [], pageSize: 50 })) }),
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/MfaEditorController.getUserFilterChoices',
  () => ({ default: jest.fn(() => Promise.resolve({ licenses: [], profiles: [] })) }),
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/PermissionFieldsController.getTrackedPermissionFields',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/MfaEditorController.listChangeSets',
  () => {
    const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
    return { default: createApexTestWireAdapter(jest.fn()) };
  },
  { virtual: true }
);
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), {
  virtual: true
});
jest.mock(
  '@salesforce/apex/MfaEditorController.getChangeSetLimits',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock('@salesforce/user/Id', () => ({ default: '005000000000001AAA' }), { virtual: true });
jest.mock('lightning/confirm', () => ({ __esModule: true, default: { open: jest.fn() } }));

const label = editorUiLabels(mockEditorLabels());
// Required after the labels are mocked.
const MfaPermissionEditor: typeof MfaPermissionEditorComponent =
  require('c/mfaPermissionEditor').default;

type TestWireAdapter = { emit(value: unknown): void; error(body?: unknown): void };
const historyWire = listChangeSets as unknown as TestWireAdapter;
const rowsCall = listPermissionRows as unknown as jest.Mock;
const applyCall = applyChanges as unknown as jest.Mock;
const undoCall = undoChangeSet as unknown as jest.Mock;
const createSetCall = createGrantingPermissionSet as unknown as jest.Mock;
const assignCall = assignPermissionSet as unknown as jest.Mock;
const planningCall = getPlanningFacts as unknown as jest.Mock;
const fieldsCall = getTrackedPermissionFields as unknown as jest.Mock;
const limitsCall = getChangeSetLimits as unknown as jest.Mock;
const refreshCall = refreshApex as unknown as jest.Mock;
const confirmOpen = LightningConfirm.open as unknown as jest.Mock;

const INTEGRATION_BASE = '0PS000000000013AAA';
const ADMIN_TOOLS = '0PS000000000018AAA';
const CUSTOM_SUPPORT_PROFILE = '0PS000000000005AAA';
const API = 'PermissionsTwoFactorApi';
const UI = 'PermissionsForceTwoFactor';
const MFA_USERS = '0PS000000000011AAA';

/** The planning facts with MFA_Users vouched for by Apex as a set a profile grant may reuse. */
function withReusableMfaUsers(): Record<string, unknown> {
  return {
    ...data<Record<string, unknown>>('planningFacts'),
    reusableGrantSets: { [MFA_USERS]: UI }
  };
}

interface DatatableElement extends HTMLElement {
  data: Record<string, unknown>[];
  columns: { fieldName: string; editable?: unknown; type: string }[];
  draftValues: Record<string, unknown>[];
  enableInfiniteLoading: boolean;
}

async function renderEditor(): Promise<HTMLElement> {
  const element = render('c-mfa-permission-editor', MfaPermissionEditor);
  await settle();
  return element;
}

const datatable = (element: HTMLElement) =>
  find<DatatableElement>(element, 'lightning-datatable') as DatatableElement;
const rowNamed = (element: HTMLElement, name: string) =>
  datatable(element).data.find((row) => row.name === name) as Record<string, unknown>;

function fire(target: Element | null, type: string, detail: unknown = {}): void {
  target?.dispatchEvent(new CustomEvent(type, { detail }));
}

async function editCell(element: HTMLElement, id: string, field: string, value: boolean) {
  fire(datatable(element), 'cellchange', { draftValues: [{ id, [field]: value }] });
  await settle();
}

async function preview(element: HTMLElement): Promise<void> {
  find(element, 'lightning-button.preview')?.click();
  await settle();
}

const previewPart = (element: HTMLElement, selector: string) =>
  find(element, 'c-mfa-editor-preview', selector);
const previewAll = (element: HTMLElement, selector: string) =>
  findAll(element, 'c-mfa-editor-preview', selector);
/** A table row's cells, separated, as a reader hears them one by one. */
const cells = (row: Element) =>
  [...row.querySelectorAll('th, td')].map((cell) => text(cell)).join(' | ');
const summaryText = (element: HTMLElement, selector: string) =>
  text(find(element, 'c-mfa-editor-preview', 'c-mfa-editor-plan-summary', selector));

beforeEach(() => {
  answerRecorded(getChangeSetRecording as unknown as jest.Mock);
  rowsCall.mockImplementation(({ afterName }: { afterName: string | null }) =>
    Promise.resolve(afterName ? data('rowsPage2') : data('rowsPage1'))
  );
  planningCall.mockResolvedValue(data('planningFacts'));
  limitsCall.mockResolvedValue(data('changeSetLimits'));
  fieldsCall.mockResolvedValue(
    require('../../permissionFields/__tests__/data/trackedPermissionFields.json')
  );
});

afterEach(() => {
  removeAll();
  jest.clearAllMocks();
});

describe('the grid', () => {
  it('shows permission sets and profiles with their kind, users and lock reason', async () => {
    const element = await renderEditor();

    expect(rowsCall).toHaveBeenCalledWith({
      afterName: null,
      pageSize: 200,
      searchTerm: null,
      kindFilter: 'all'
    });
    expect(datatable(element).data.map((row) => row.name)).toContain('Integration_Base');
    find(element, 'lightning-button.load-more')?.click();
    await settle();
    const managed = rowNamed(element, 'Managed_MFA');
    expect(managed).toMatchObject({ kindLabel: label('RowKind_managedPackage'), editable: false });
    expect(managed.lockMessage).toContain('managed package acme');
    const profile = rowNamed(element, 'Custom: Integration');
    expect(profile).toMatchObject({ kindLabel: label('RowKind_profile'), editable: true });
    expect(profile.assigneeCount).toBe(1);
    expect(rowNamed(element, 'Integration_Base')).toMatchObject({ editable: true });
  });

  it('makes the four MFA fields editable per row and shows API Only User and API Enabled read-only', async () => {
    const element = await renderEditor();

    const columns = datatable(element).columns;
    const editable = columns.filter((column) => column.editable).map((column) => column.fieldName);
    expect(editable).toEqual([
      UI,
      API,
      'PermissionsDelegatedTwoFactor',
      'PermissionsManageTwoFactor'
    ]);
    const apiOnly = columns.find((column) => column.fieldName === 'PermissionsApiUserOnly');
    expect(apiOnly).toMatchObject({ type: 'boolean', label: 'API Only User' });
    expect(apiOnly?.editable).toBeUndefined();
  });

  it('loads the next page with the cursor of the previous one', async () => {
    const element = await renderEditor();
    const firstCount = datatable(element).data.length;
    expect(datatable(element).enableInfiniteLoading).toBe(true);
    expect((datatable(element) as unknown as { renderConfig: unknown }).renderConfig).toEqual({
      virtualize: 'vertical'
    });

    find(element, 'lightning-button.load-more')?.click();
    await settle();

    expect(rowsCall).toHaveBeenLastCalledWith(
      expect.objectContaining({ afterName: 'MFA_Users/0PS000000000011AAA' })
    );
    expect(datatable(element).data.length).toBe(
      firstCount + data<{ rows: [] }>('rowsPage2').rows.length
    );
    expect(find(element, 'lightning-button.load-more')).toBeNull();
    expect(text(find(element, '.loaded'))).toContain(label('AllLoaded'));
  });

  it('asks the server again for a search term and a kind, from the first page', async () => {
    const element = await renderEditor();

    fire(find(element, 'lightning-input.search'), 'change', { value: 'Integration' });
    find(element, 'lightning-button.search-button')?.click();
    await settle();
    expect(rowsCall).toHaveBeenLastCalledWith(
      expect.objectContaining({ afterName: null, searchTerm: 'Integration', kindFilter: 'all' })
    );

    fire(find(element, 'lightning-combobox.kind'), 'change', { value: 'editable' });
    await settle();
    expect(rowsCall).toHaveBeenLastCalledWith(
      expect.objectContaining({
        afterName: null,
        searchTerm: 'Integration',
        kindFilter: 'editable'
      })
    );
  });

  it('filters the loaded rows to those granting an MFA permission', async () => {
    const element = await renderEditor();
    const checkbox = findAll(element, 'lightning-input.filter').find(
      (input) => (input as HTMLElement).dataset.filter === 'grantsMfa'
    );

    fire(checkbox ?? null, 'change', { checked: true });
    await settle();

    const names = datatable(element).data.map((row) => row.name);
    expect(names).toEqual(['Admin_Tools', 'Custom: Support', 'MFA_Full', 'MFA_Users']);
  });

  it('finds the rows assigned to API-only users through the engine, from one planning read', async () => {
    const element = await renderEditor();
    const checkbox = findAll(element, 'lightning-input.filter').find(
      (input) => (input as HTMLElement).dataset.filter === 'assignedToApiOnly'
    );

    fire(checkbox ?? null, 'change', { checked: true });
    await settle();

    expect(datatable(element).data.map((row) => row.name)).toEqual([
      'Custom: Integration',
      'Integration_Base'
    ]);
    expect(planningCall).toHaveBeenCalledTimes(1);
    expect(planningCall.mock.calls[0][0].permissionSetIds).toContain(INTEGRATION_BASE);
    expect(find(element, '.api-only-note')).toBeNull();
  });

  it('says when the API-only check ran on a sample of the holders', async () => {
    planningCall.mockResolvedValue({
      ...data<Record<string, unknown>>('planningFacts'),
      truncated: true,
      sampledUserCount: 2000,
      totalUserCount: 4500
    });
    const element = await renderEditor();
    const checkbox = findAll(element, 'lightning-input.filter').find(
      (input) => (input as HTMLElement).dataset.filter === 'assignedToApiOnly'
    );
    fire(checkbox ?? null, 'change', { checked: true });
    await settle();

    expect(text(find(element, '.api-only-note'))).toBe(
      fillLabel(label('ApiOnlySample'), { sampled: 2000, total: 4500 })
    );
  });

  it('says when the rows cannot be loaded, with the platform message', async () => {
    rowsCall.mockRejectedValue({ body: { message: 'Insufficient access' } });
    const element = await renderEditor();

    expect(text(find(element, '.load-error'))).toBe(
      fillLabel(label('LoadError'), { message: 'Insufficient access' })
    );
  });
});

describe('the preview', () => {
  it('shows the diff with the dependent change the engine adds: API on turns UI on', async () => {
    const element = await renderEditor();
    await editCell(element, INTEGRATION_BASE, API, true);
    expect(text(find(element, '.drafts'))).toBe(fillLabel(label('DraftCount'), { count: 1 }));

    await preview(element);

    expect(planningCall).toHaveBeenCalledWith({
      permissionSetIds: [INTEGRATION_BASE],
      maxUsers: 2000,
      afterUserId: null
    });
    const rows = previewAll(element, 'tr.diff-row');
    expect(cells(rows[1])).toBe(
      'Integration_Base | Multi-Factor Authentication for API Logins | Off | On'
    );
    expect(cells(rows[0])).toMatch(
      /^Integration_Base \| Multi-Factor Authentication for User Interface Logins.* \| Off \| On$/
    );
    expect(text(rows[0].querySelector('.dependency'))).toBe(
      'Multi-Factor Authentication for User Interface Logins turned on too:' +
        ' Multi-Factor Authentication for API Logins requires it.'
    );
    expect((rows[0] as HTMLElement).dataset.dependent).toBe('true');
    expect((rows[0].querySelector('lightning-badge') as unknown as { label: string }).label).toBe(
      label('DependentBadge')
    );
    expect(rows[1].querySelector('lightning-badge')).toBeNull();
  });

  it('lists the affected users, the integration warning and the org-wide MFA setting note', async () => {
    const element = await renderEditor();
    await editCell(element, INTEGRATION_BASE, API, true);
    await preview(element);

    expect(summaryText(element, '.affected-sample')).toContain('Ivy Integration (ivy@example.com)');
    expect(summaryText(element, '.warnings')).toContain(
      'API-only or integration user(s) will need'
    );
    expect(summaryText(element, '.infos')).toContain('"Require MFA for all direct UI logins"');
    expect((previewPart(element, 'lightning-button.apply') as HTMLButtonElement).disabled).toBe(
      false
    );
  });

  it('disables apply while a blocker remains: the acting admin would lose Manage MFA', async () => {
    const element = await renderEditor();
    fire(datatable(element), 'rowselection', {
      selectedRows: [rowNamed(element, 'Admin_Tools')]
    });
    fire(find(element, 'lightning-button-menu.bulk'), 'select', {
      value: 'PermissionsDelegatedTwoFactor:off'
    });
    await settle();
    await preview(element);

    expect(summaryText(element, '.blockers')).toContain(
      'You (ada@example.com) would lose Manage Multi-Factor Authentication in User Interface'
    );
    expect((previewPart(element, 'lightning-button.apply') as HTMLButtonElement).disabled).toBe(
      true
    );
    expect(datatable(element).draftValues).toEqual([
      { id: ADMIN_TOOLS, PermissionsDelegatedTwoFactor: false }
    ]);
  });

  it('blocks a change set with more rows than Apex says one holds, before apply', async () => {
    limitsCall.mockResolvedValue({ maxRows: 1, maxUsers: 1 });
    const element = await renderEditor();
    await editCell(element, INTEGRATION_BASE, API, true);
    await preview(element);

    expect(summaryText(element, '.blockers')).toContain(
      fillLabel(label('Plan_TOO_MANY_ROWS'), { rowCount: 2, maxRows: 1 })
    );
    expect((previewPart(element, 'lightning-button.apply') as HTMLButtonElement).disabled).toBe(
      true
    );
    expect(applyCall).not.toHaveBeenCalled();
  });

  it('turns a field on for the selected rows, leaving locked ones unchanged and saying so', async () => {
    const element = await renderEditor();
    find(element, 'lightning-button.load-more')?.click();
    await settle();
    fire(datatable(element), 'rowselection', {
      selectedRows: [rowNamed(element, 'Sales_Team'), rowNamed(element, 'Managed_MFA')]
    });
    fire(find(element, 'lightning-button-menu.bulk'), 'select', { value: `${API}:on` });
    await settle();

    expect(datatable(element).draftValues).toEqual([{ id: '0PS000000000010AAA', [API]: true }]);
    expect(text(find(element, '.notice'))).toBe(
      fillLabel(label('BulkSkipped'), { count: 1, names: 'Managed MFA' })
    );
    expect(text(find(element, '.selection'))).toBe(fillLabel(label('SelectedCount'), { count: 2 }));
  });

  it('says that a bulk action needs selected rows', async () => {
    const element = await renderEditor();
    fire(find(element, 'lightning-button-menu.bulk'), 'select', { value: `${API}:on` });
    await settle();

    expect(text(find(element, '.notice'))).toBe(label('NoSelection'));
  });

  it('shows the Setup link and the metadata snippet when a profile is turned off', async () => {
    const element = await renderEditor();
    await editCell(element, CUSTOM_SUPPORT_PROFILE, UI, false);
    await preview(element);

    const snippet = text(previewPart(element, '.metadata-snippet'));
    expect(snippet).toContain('<name>ForceTwoFactor</name>');
    expect(snippet).toContain('<enabled>false</enabled>');
    const link = previewPart(element, 'a.setup-link') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toContain('00e000000000005AAA');
    expect(text(link)).toBe(fillLabel(label('ProfileSetupLink'), { profile: 'Custom: Support' }));
    expect(text(previewPart(element, '.nothing'))).toBe(label('NothingToApply'));
  });

  it('reports a preview that cannot be prepared', async () => {
    planningCall.mockRejectedValue({ body: { message: 'Not allowed' } });
    const element = await renderEditor();
    await editCell(element, INTEGRATION_BASE, API, true);
    await preview(element);

    expect(text(find(element, '.preview-error'))).toBe(
      fillLabel(label('PreviewError'), { message: 'Not allowed' })
    );
  });
});

describe('apply, results, undo and history', () => {
  it('applies the engine diff with the stale-check values, showing progress, then per-row results', async () => {
    const pending = deferred<unknown>();
    applyCall.mockReturnValue(pending.promise);
    const element = await renderEditor();
    await editCell(element, INTEGRATION_BASE, API, true);
    await preview(element);

    previewPart(element, 'lightning-button.apply')?.click();
    await settle();
    expect(text(find(element, '.progress-text'))).toBe(
      fillLabel(label('ApplyingRows'), { count: 2 })
    );
    // With each change, the whole set as the planning facts read it (Apex compares it).
    const seen = {
      permissionSetId: INTEGRATION_BASE,
      systemModstamp: '2026-12-01T10:00:00.000Z',
      permissionValues: expect.objectContaining({
        PermissionsApiEnabled: true,
        PermissionsForceTwoFactor: false
      })
    };
    expect(applyCall).toHaveBeenCalledWith({
      changes: [
        {
          permissionSetId: INTEGRATION_BASE,
          field: UI,
          newValue: true,
          expectedValue: false,
          seen,
          expectedLastModified: '2026-10-01T09:00:00.000Z'
        },
        {
          permissionSetId: INTEGRATION_BASE,
          field: API,
          newValue: true,
          expectedValue: false,
          seen,
          expectedLastModified: '2026-10-01T09:00:00.000Z'
        }
      ]
    });

    pending.resolve(data('applyResult'));
    await settle();
    expect(find(element, '.progress-text')).toBeNull();
    const outcomes = findAll(element, 'c-mfa-editor-results.write-result', 'tr.outcome');
    expect(outcomes.map(cells)).toEqual([
      'Applied | Integration_Base | Multi-Factor Authentication for User Interface Logins: Off → On | ',
      'Applied | Integration_Base | Multi-Factor Authentication for API Logins: Off → On | '
    ]);
    expect(datatable(element).draftValues).toEqual([]);
    expect(rowsCall).toHaveBeenLastCalledWith(expect.objectContaining({ afterName: null }));
    expect(refreshCall).toHaveBeenCalled();
  });

  it('shows the platform message of a failed row and keeps the drafts', async () => {
    applyCall.mockResolvedValue(data('applyFailed'));
    const element = await renderEditor();
    await editCell(element, INTEGRATION_BASE, API, true);
    await preview(element);
    previewPart(element, 'lightning-button.apply')?.click();
    await settle();

    const failed = findAll(element, 'c-mfa-editor-results.write-result', 'tr.outcome')[0];
    expect((failed as HTMLElement).dataset.failed).toBe('true');
    expect(text(failed.querySelector('.message'))).toContain(
      'FIELD_INTEGRITY_EXCEPTION: Multi-Factor Authentication for API Logins depends on permission(s)'
    );
    expect(find(element, 'c-mfa-editor-results.write-result', 'lightning-button.undo')).toBeNull();
    expect(datatable(element).draftValues).toHaveLength(1);
  });

  it('shows the message of a refused request', async () => {
    applyCall.mockRejectedValue({ body: { message: 'Changed by someone else since the preview' } });
    const element = await renderEditor();
    await editCell(element, INTEGRATION_BASE, API, true);
    await preview(element);
    previewPart(element, 'lightning-button.apply')?.click();
    await settle();

    expect(text(find(element, '.request-error'))).toContain('Changed by someone else');
  });

  it('undoes the applied change set once the history has recorded it', async () => {
    applyCall.mockResolvedValue(data('applyResult'));
    undoCall.mockResolvedValue(data('undoResult'));
    const element = await renderEditor();
    historyWire.emit([]);
    await editCell(element, INTEGRATION_BASE, API, true);
    await preview(element);
    previewPart(element, 'lightning-button.apply')?.click();
    await settle();

    find(element, 'c-mfa-editor-results.write-result', 'lightning-button.undo')?.click();
    await settle();
    expect(undoCall).toHaveBeenCalledWith({
      changeSetId: 'a01000000000012AAA',
      confirmedApiOnlyUserIds: []
    });
    const undone = findAll(element, 'c-mfa-editor-results.undo-result', 'tr.outcome');
    expect(undone).toHaveLength(2);
    expect(text(find(element, 'c-mfa-editor-results.undo-result', '.summary'))).toBe(
      'Undid change set MCS-000012.'
    );
  });

  it('asks in the history to confirm the users an undo makes API-only, then retries with their Ids', async () => {
    undoCall
      .mockResolvedValueOnce({
        success: false,
        kind: 'remove',
        undoesId: 'a01000000000012AAA',
        message: 'This change makes 1 user(s) API-only: Gus Green. Nothing was changed.',
        apiOnlyUsers: [{ id: '005000000000006AAA', name: 'Gus Green' }],
        outcomes: []
      })
      .mockResolvedValueOnce(data('undoResult'));
    const element = await renderEditor();
    historyWire.emit(data('changeSets'));
    await settle();

    find(element, 'c-mfa-editor-history', 'li.change-set lightning-button.undo')?.click();
    await settle();
    expect(text(find(element, '.notice'))).toContain('MCS-000012');
    const asked = find(element, 'c-mfa-editor-history', '.confirm-api-only') as HTMLElement;
    expect(text(asked.querySelector('.confirm-message') as HTMLElement)).toContain('Gus Green');
    const checkbox = asked.querySelector('lightning-input.confirm-users') as HTMLInputElement;
    checkbox.checked = true;
    checkbox.dispatchEvent(new CustomEvent('change'));
    await settle();
    (asked.querySelector('lightning-button.undo-confirmed') as HTMLElement).click();
    await settle();

    expect(undoCall.mock.calls[1][0]).toEqual({
      changeSetId: 'a01000000000012AAA',
      confirmedApiOnlyUserIds: ['005000000000006AAA']
    });
    expect(find(element, 'c-mfa-editor-history', '.confirm-api-only')).toBeNull();
  });

  it('lists the history with who, when and before → after, and undoes an entry', async () => {
    undoCall.mockResolvedValue(data('undoResult'));
    const element = await renderEditor();
    historyWire.emit(data('changeSets'));
    await settle();

    const entries = findAll(element, 'c-mfa-editor-history', 'li.change-set');
    expect(entries).toHaveLength(2);
    expect(text(entries[0])).toContain('MCS-000012 · Applied');
    expect(text(entries[0])).toContain('Ada Admin');
    expect(text(entries[0])).toContain(
      'Integration_Base: Multi-Factor Authentication for API Logins Off → On'
    );
    expect(text(entries[1])).toContain('added: Ivy Integration');
    expect(entries[1].querySelector('lightning-button.undo')).toBeNull();

    (entries[0].querySelector('lightning-button.undo') as HTMLElement).click();
    await settle();
    expect(undoCall).toHaveBeenCalledWith({
      changeSetId: 'a01000000000012AAA',
      confirmedApiOnlyUserIds: []
    });
  });

  it('says when the history cannot be read', async () => {
    const element = await renderEditor();
    historyWire.error({ message: 'No access to MFA_Change_Set__c' });
    await settle();

    expect(text(find(element, 'c-mfa-editor-history', '[role="alert"]'))).toContain(
      label('HistoryLoadError').split('{')[0].trim()
    );
  });
});

describe('turning an MFA permission on for a profile', () => {
  const CUSTOM_INTEGRATION_PROFILE = '0PS000000000003AAA';

  it('creates a permission set granting it and assigns it to the profile users in one change set', async () => {
    createSetCall.mockResolvedValue(data('grantCreated'));
    const element = await renderEditor();
    await editCell(element, CUSTOM_INTEGRATION_PROFILE, 'PermissionsManageTwoFactor', true);
    await preview(element);

    expect(text(previewPart(element, '.profile-action'))).toContain(
      'Create permission set WhyApiOnly_ManageTwoFactor'
    );
    previewPart(element, 'lightning-button.grant')?.click();
    await settle();

    expect(createSetCall).toHaveBeenCalledTimes(1);
    expect(createSetCall).toHaveBeenCalledWith({
      field: 'PermissionsManageTwoFactor',
      name: 'WhyApiOnly_ManageTwoFactor',
      label: 'Why API-Only: ManageTwoFactor',
      profileId: '00e000000000003AAA',
      userIds: ['005000000000004AAA']
    });
    expect(assignCall).not.toHaveBeenCalled();
    expect(findAll(element, 'c-mfa-editor-results.write-result', 'tr.outcome')).toHaveLength(2);
  });

  it('reports a grant Apex rolled back: nothing created, nobody assigned', async () => {
    createSetCall.mockResolvedValue({
      success: false,
      kind: 'createSet',
      created: false,
      message: 'Nothing was changed: one row failed, so every row was rolled back.',
      outcomes: [
        {
          status: 'failed',
          permissionSetName: 'WhyApiOnly_ManageTwoFactor',
          userName: 'Ivy Integration',
          message: 'INVALID_CROSS_REFERENCE_KEY: invalid cross reference id'
        }
      ]
    });
    const element = await renderEditor();
    await editCell(element, CUSTOM_INTEGRATION_PROFILE, 'PermissionsManageTwoFactor', true);
    await preview(element);
    previewPart(element, 'lightning-button.grant')?.click();
    await settle();

    expect(text(find(element, 'c-mfa-editor-results.write-result', '.summary'))).toContain(
      'rolled back'
    );
    expect(find(element, 'c-mfa-editor-results.write-result', 'lightning-button.undo')).toBeNull();
  });

  it('undoes the grant as one change set once the admin confirms the created set is deleted', async () => {
    createSetCall.mockResolvedValue(data('grantCreated'));
    undoCall.mockResolvedValue(data('undoResult'));
    confirmOpen.mockResolvedValue(true);
    const element = await renderEditor();
    await editCell(element, CUSTOM_INTEGRATION_PROFILE, 'PermissionsManageTwoFactor', true);
    await preview(element);
    previewPart(element, 'lightning-button.grant')?.click();
    await settle();
    historyWire.emit([
      {
        id: 'a01000000000020AAA',
        key: 'b3f1c2d4-0005',
        kind: 'createSet',
        name: 'MCS-000020',
        status: 'Applied',
        appliedAt: '2026-11-22T10:50:00.000Z',
        appliedById: '005000000000001AAA',
        appliedByName: 'Ada Admin',
        rowCount: 2,
        entry: {
          kind: 'createSet',
          permissionSetId: '0PS000000000031AAA',
          permissionSetName: 'WhyApiOnly_ManageTwoFactor',
          createdSetId: '0PS000000000031AAA'
        }
      }
    ]);
    await settle();

    find(element, 'c-mfa-editor-results.write-result', 'lightning-button.undo')?.click();
    await settle();

    expect(confirmOpen).toHaveBeenCalledWith(
      expect.objectContaining({
        label: label('UndoDeleteTitle'),
        message: fillLabel(label('UndoDeleteMessage'), {
          permissionSet: 'WhyApiOnly_ManageTwoFactor'
        })
      })
    );
    expect(undoCall.mock.calls).toEqual([
      [{ changeSetId: 'a01000000000020AAA', confirmedApiOnlyUserIds: [] }]
    ]);
  });

  it('does not undo the grant when the admin cancels the deletion', async () => {
    createSetCall.mockResolvedValue(data('grantCreated'));
    confirmOpen.mockResolvedValue(false);
    const element = await renderEditor();
    await editCell(element, CUSTOM_INTEGRATION_PROFILE, 'PermissionsManageTwoFactor', true);
    await preview(element);
    previewPart(element, 'lightning-button.grant')?.click();
    await settle();

    find(element, 'c-mfa-editor-results.write-result', 'lightning-button.undo')?.click();
    await settle();

    expect(confirmOpen).toHaveBeenCalledTimes(1);
    expect(undoCall).not.toHaveBeenCalled();
  });

  it('does not offer the grant when the users cannot take it: Limited Access - Free', async () => {
    planningCall.mockResolvedValue(withReusableMfaUsers());
    const element = await renderEditor();
    await editCell(element, '0PS000000000004AAA', UI, true);
    await preview(element);

    expect(text(previewPart(element, '.grant-blockers'))).toContain(
      'Salesforce Limited Access - Free licence would get'
    );
    expect(
      (previewPart(element, 'lightning-button.grant') as unknown as { disabled: boolean }).disabled
    ).toBe(true);
  });

  it('blocks a grant bigger than one change set before it is sent: the created set and its users', async () => {
    limitsCall.mockResolvedValue({ maxRows: 1, maxUsers: 1 });
    const element = await renderEditor();
    await editCell(element, CUSTOM_INTEGRATION_PROFILE, 'PermissionsManageTwoFactor', true);
    await preview(element);

    expect(text(previewPart(element, '.grant-blockers'))).toContain(
      fillLabel(label('Plan_TOO_MANY_ROWS'), { rowCount: 2, maxRows: 1 })
    );
    const grant = previewPart(element, 'lightning-button.grant') as unknown as {
      disabled: boolean;
      click(): void;
    };
    expect(grant.disabled).toBe(true);
    grant.click();
    await settle();
    expect(createSetCall).not.toHaveBeenCalled();
  });

  it('blocks a grant when the preview loaded only some of the profile active users: never a partial grant', async () => {
    planningCall.mockResolvedValue({
      ...data<Record<string, unknown>>('planningFacts'),
      truncated: true,
      sampledUserCount: 10,
      totalUserCount: 2400,
      profileUserCounts: { '00e000000000003AAA': 3 }
    });
    const element = await renderEditor();
    await editCell(element, CUSTOM_INTEGRATION_PROFILE, 'PermissionsManageTwoFactor', true);
    await preview(element);

    expect(text(previewPart(element, '.grant-blockers'))).toContain(
      fillLabel(label('Plan_PROFILE_USERS_NOT_ALL_LOADED'), {
        profile: 'Custom: Integration',
        loadedCount: 1,
        userCount: 3
      })
    );
    const grant = previewPart(element, 'lightning-button.grant') as unknown as {
      disabled: boolean;
      click(): void;
    };
    expect(grant.disabled).toBe(true);
    grant.click();
    await settle();
    expect(createSetCall).not.toHaveBeenCalled();
    await expect(element).toBeAccessible();
  });

  it('reuses a set Apex vouched for (this app created it, it grants only that): sent by name, Apex re-checks', async () => {
    planningCall.mockResolvedValue(withReusableMfaUsers());
    createSetCall.mockResolvedValue(data('assignResult'));
    const element = await renderEditor();
    await editCell(element, CUSTOM_INTEGRATION_PROFILE, UI, true);
    await preview(element);

    expect(
      (previewPart(element, 'lightning-button.grant') as unknown as { label: string }).label
    ).toBe(label('ProfileGrantReuse'));
    previewPart(element, 'lightning-button.grant')?.click();
    await settle();

    expect(createSetCall).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'MFA_Users', userIds: ['005000000000004AAA'] })
    );
    expect(assignCall).not.toHaveBeenCalled();
    expect(confirmOpen).not.toHaveBeenCalled();
  });

  it('creates a new set instead of reusing one Apex did not vouch for, even one granting exactly that', async () => {
    createSetCall.mockResolvedValue(data('assignResult'));
    const element = await renderEditor();
    await editCell(element, CUSTOM_INTEGRATION_PROFILE, UI, true);
    await preview(element);

    expect(
      (previewPart(element, 'lightning-button.grant') as unknown as { label: string }).label
    ).not.toBe(label('ProfileGrantReuse'));
    previewPart(element, 'lightning-button.grant')?.click();
    await settle();
    expect(createSetCall).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'WhyApiOnly_ForceTwoFactor' })
    );
  });
});

describe('accessibility', () => {
  it('is accessible with the grid loaded', async () => {
    const element = await renderEditor();
    historyWire.emit(data('changeSets'));
    await settle();
    await expect(element).toBeAccessible();
  });

  it('is accessible with a preview and with results', async () => {
    applyCall.mockResolvedValue(data('applyFailed'));
    const element = await renderEditor();
    await editCell(element, INTEGRATION_BASE, API, true);
    await preview(element);
    await expect(element).toBeAccessible();

    previewPart(element, 'lightning-button.apply')?.click();
    await settle();
    await expect(element).toBeAccessible();
  });
});
