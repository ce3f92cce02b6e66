import type PickerComponent from 'c/mfaEditorUserPicker';
import searchUsers from '@salesforce/apex/MfaEditorController.searchUsers';
import getUserFilterChoices from '@salesforce/apex/MfaEditorController.getUserFilterChoices';
import getPlanningFacts from '@salesforce/apex/MfaEditorPlanningController.getPlanningFacts';
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
  '@salesforce/apex/PermissionFieldsController.getTrackedPermissionFields',
  () => ({ default: jest.fn() }),
  { virtual: true }
);

const label = editorUiLabels(mockEditorLabels());
const Picker: typeof PickerComponent = require('c/mfaEditorUserPicker').default;

const searchCall = searchUsers as unknown as jest.Mock;
const choicesCall = getUserFilterChoices as unknown as jest.Mock;
const planningCall = getPlanningFacts as unknown as jest.Mock;
const fieldsCall = getTrackedPermissionFields as unknown as jest.Mock;

const MFA_USERS = '0PS000000000011AAA';
const INTEGRATION_BASE = '0PS000000000013AAA';
const SALESFORCE = '100000000000001AAA';
const FREE = '100000000000002AAA';
const STANDARD_USER = '00e000000000002AAA';

type Options = { options: { label: string; value: string }[] };

/** A full page as Apex returns it when more users match: pageSize rows and the cursor. */
function fullPage(first: number, size = 50) {
  const users = Array.from({ length: size }, (_, i) => {
    const n = String(first + i).padStart(3, '0');
    return {
      id: `005000000001${n}AAA`,
      name: `User ${n}`,
      username: `user${n}@example.com`,
      profileId: STANDARD_USER,
      profileName: 'Standard User',
      licenseId: SALESFORCE,
      licenseName: 'Salesforce',
      isActive: true,
      apiOnly: false
    };
  });
  const last = users[users.length - 1];
  return { users, nextCursor: `${last.name}/${last.id}`, pageSize: size };
}

function fire(target: Element | null, type: string, detail: unknown): void {
  target?.dispatchEvent(new CustomEvent(type, { detail }));
}

/** Typing pauses are 300 ms: wait for the debounced search to run and answer. */
async function afterTyping(): Promise<void> {
  // eslint-disable-next-line @lwc/lwc/no-async-operation
  await new Promise((resolve) => setTimeout(resolve, 350));
  await settle();
}

const rowNames = (element: HTMLElement) =>
  findAll(element, 'tr.user-row').map((row) => text(row.querySelector('th')));

const apiOnlyColumn = (element: HTMLElement) =>
  findAll(element, 'tr.user-row').map((row) => text(row.querySelectorAll('td')[4]));

const lastSearch = () => searchCall.mock.calls[searchCall.mock.calls.length - 1][0];

async function start(props: Record<string, unknown> = {}): Promise<HTMLElement> {
  const element = render('c-mfa-editor-user-picker', Picker, props);
  await settle();
  return element;
}

beforeEach(() => {
  searchCall.mockResolvedValue(data('userSearchIvy'));
  choicesCall.mockResolvedValue(data('userFilterChoices'));
  planningCall.mockResolvedValue(data('planningFacts'));
  fieldsCall.mockResolvedValue(
    require('../../permissionFields/__tests__/data/trackedPermissionFields.json')
  );
});

afterEach(() => {
  removeAll();
  jest.clearAllMocks();
});

describe('c-mfa-editor-user-picker', () => {
  it('searches the active users as the admin types, after a pause, and says how many it found', async () => {
    const element = await start();
    expect(searchCall).toHaveBeenCalledTimes(1);
    expect(lastSearch()).toEqual({
      searchText: null,
      licenseId: null,
      profileId: null,
      apiOnly: false,
      afterCursor: null,
      pageSize: 50
    });

    searchCall.mockResolvedValue(data('userSearchHal'));
    const search = find(element, 'lightning-input.filter-text');
    fire(search, 'change', { value: 'h' });
    fire(search, 'change', { value: 'ha' });
    fire(search, 'change', { value: 'hal' });
    await afterTyping();

    expect(searchCall).toHaveBeenCalledTimes(2);
    expect(lastSearch()).toMatchObject({ searchText: 'hal', afterCursor: null });
    expect(rowNames(element)).toEqual(['Hal Hill']);
    const cells = [...(find(element, 'tr.user-row')?.querySelectorAll('td') ?? [])].map(text);
    expect(cells.slice(1)).toEqual(['hal@example.com', 'Standard User', 'Salesforce', label('No')]);
    const count = find(element, '.result-count');
    expect(count?.getAttribute('aria-live')).toBe('polite');
    expect(text(count)).toBe(fillLabel(label('UserSearch_Count'), { count: 1 }));
    await expect(element).toBeAccessible();
  });

  it('waits for a second character instead of searching one', async () => {
    const element = await start();
    fire(find(element, 'lightning-input.filter-text'), 'change', { value: 'h' });
    await afterTyping();

    expect(searchCall).toHaveBeenCalledTimes(1);
    expect(rowNames(element)).toEqual([]);
    expect(text(find(element, '.result-count'))).toBe(
      fillLabel(label('UserSearch_TextHelp'), { min: 2 })
    );
  });

  it('asks Apex for a licence, a profile of that licence and API-only holders', async () => {
    const element = await start();
    const profiles = () =>
      (find(element, 'lightning-combobox.filter-profile') as unknown as Options).options.map(
        (option) => option.label
      );
    expect(
      (find(element, 'lightning-combobox.filter-license') as unknown as Options).options
    ).toEqual([
      { label: label('AssignAny'), value: '' },
      { label: 'Salesforce', value: SALESFORCE },
      { label: 'Salesforce Limited Access – Free', value: FREE }
    ]);

    fire(find(element, 'lightning-combobox.filter-profile'), 'change', { value: STANDARD_USER });
    await settle();
    expect(lastSearch()).toMatchObject({ profileId: STANDARD_USER, licenseId: null });

    fire(find(element, 'lightning-combobox.filter-license'), 'change', { value: FREE });
    await settle();
    expect(profiles()).toEqual([label('AssignAny'), 'Limited Access User']);
    expect(lastSearch()).toMatchObject({ licenseId: FREE, profileId: null });

    fire(find(element, 'lightning-input.filter-api-only'), 'change', { checked: true });
    await settle();
    expect(lastSearch()).toMatchObject({ licenseId: FREE, apiOnly: true, afterCursor: null });
    expect(searchCall).toHaveBeenCalledTimes(4);
  });

  it('pages forward with the cursor Apex returned and back to the first page', async () => {
    const first = fullPage(1);
    searchCall.mockResolvedValueOnce(first).mockResolvedValueOnce(data('userSearchIvy'));
    const element = await start();
    expect(rowNames(element)).toHaveLength(50);
    expect(text(find(element, '.result-count'))).toBe(
      fillLabel(label('UserSearch_CountMore'), { count: 50 })
    );
    expect((find(element, 'lightning-button.previous-page') as HTMLButtonElement).disabled).toBe(
      true
    );

    find(element, 'lightning-button.next-page')?.click();
    await settle();
    expect(lastSearch()).toMatchObject({ afterCursor: first.nextCursor });
    expect(rowNames(element)).toEqual(['Ivy Integration']);
    expect((find(element, 'lightning-button.next-page') as HTMLButtonElement).disabled).toBe(true);

    searchCall.mockResolvedValueOnce(first);
    find(element, 'lightning-button.previous-page')?.click();
    await settle();
    expect(lastSearch()).toMatchObject({ afterCursor: null });
    expect(rowNames(element)).toHaveLength(50);
  });

  it('fires choose for one user and for every user on the page, and shows the chosen ones', async () => {
    searchCall.mockResolvedValue(fullPage(1, 3));
    const element = await start({ chosenIds: ['005000000001002AAA'] });
    const chosen = jest.fn();
    element.addEventListener('choose', chosen);
    const boxes = findAll(element, 'lightning-input.choose-user') as unknown as {
      checked: boolean;
      label: string;
    }[];
    expect(boxes.map((box) => box.checked)).toEqual([false, true, false]);
    expect(boxes[0].label).toBe(fillLabel(label('UserSearch_ChooseUser'), { name: 'User 001' }));

    fire(findAll(element, 'lightning-input.choose-user')[0], 'change', { checked: true });
    fire(find(element, 'lightning-input.choose-all'), 'change', { checked: false });

    expect(chosen).toHaveBeenCalledTimes(2);
    const [one, all] = chosen.mock.calls.map(([event]) => (event as CustomEvent).detail);
    expect(one.chosen).toBe(true);
    expect(one.users.map((user: { name: string }) => user.name)).toEqual(['User 001']);
    expect(all.chosen).toBe(false);
    expect(all.users).toHaveLength(3);
  });

  it("lists the set's current direct holders with the engine's API-only verdict, filtered here", async () => {
    const element = await start({ permissionSetId: MFA_USERS });
    fire(find(element, 'lightning-radio-group.user-source'), 'change', { value: 'holders' });
    await settle();

    expect(planningCall).toHaveBeenCalledWith({
      permissionSetIds: [MFA_USERS],
      maxUsers: 2000,
      afterUserId: null
    });
    expect(rowNames(element)).toEqual(['Ben Baker', 'Hal Hill']);
    expect(apiOnlyColumn(element)).toEqual([label('No'), label('No')]);
    fire(find(element, 'lightning-input.filter-text'), 'change', { value: 'hal' });
    await afterTyping();
    expect(rowNames(element)).toEqual(['Hal Hill']);
    await expect(element).toBeAccessible();

    fire(find(element, 'lightning-input.filter-text'), 'change', { value: '' });
    fire(find(element, 'lightning-input.filter-api-only'), 'change', { checked: true });
    await settle();
    expect(rowNames(element)).toEqual([]);
    (element as unknown as { permissionSetId: string }).permissionSetId = INTEGRATION_BASE;
    await settle();
    expect(planningCall).toHaveBeenLastCalledWith({
      permissionSetIds: [INTEGRATION_BASE],
      maxUsers: 2000,
      afterUserId: null
    });
    expect(rowNames(element)).toEqual(['Ivy Integration']);
    expect(apiOnlyColumn(element)).toEqual([label('Yes')]);
    expect(searchCall).toHaveBeenCalledTimes(1);
  });

  it('says so when the holders source has no set yet', async () => {
    const element = await start();
    fire(find(element, 'lightning-radio-group.user-source'), 'change', { value: 'holders' });
    await settle();

    expect(planningCall).not.toHaveBeenCalled();
    expect(text(find(element, '.result-count'))).toBe(label('AssignChooseSet'));
  });

  it("shows the platform's message when the search is refused", async () => {
    searchCall.mockRejectedValue({ body: { message: 'Type at least 2 characters.' } });
    const element = await start();

    expect(text(find(element, '.search-error'))).toContain('Type at least 2 characters.');
    expect(rowNames(element)).toEqual([]);
    expect(text(find(element, '.result-count'))).toBe(label('AssignNoUsers'));
  });

  it("shows the platform's message when the filter choices are refused", async () => {
    choicesCall.mockRejectedValue({ body: { message: 'Not allowed' } });
    const element = await start();

    expect(text(find(element, '.search-error'))).toContain('Not allowed');
    expect(
      (find(element, 'lightning-combobox.filter-license') as unknown as Options).options
    ).toHaveLength(1);
  });

  it('reads the current page again when asked to refresh', async () => {
    const element = await start();
    (element as unknown as { refresh(): void }).refresh();
    await settle();
    expect(searchCall).toHaveBeenCalledTimes(2);
    expect(rowNames(element)).toEqual(['Ivy Integration']);
  });
});
