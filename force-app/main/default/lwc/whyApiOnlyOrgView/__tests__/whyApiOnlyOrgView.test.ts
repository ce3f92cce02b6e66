import { createElement } from 'lwc';
import type WhyApiOnlyOrgViewComponent from 'c/whyApiOnlyOrgView';
import getOrgApiOnlyPage from '@salesforce/apex/WhyApiOnlyController.getOrgApiOnlyPage';
import { mockCustomLabels } from '../../whyApiOnly/__tests__/customLabels';
import { fixture, flush, removeAll, shadow, text } from '../../whyApiOnly/__tests__/panelTestKit';

jest.mock(
  '@salesforce/apex/WhyApiOnlyController.getOrgApiOnlyPage',
  () => ({ default: jest.fn() }),
  { virtual: true }
);

const LABELS = mockCustomLabels();
const label = (name: string): string => LABELS.get(`WhyApiOnlyPanel_${name}`) ?? name;
// Required (not imported) so that it loads after the labels are mocked.
const WhyApiOnlyOrgView: typeof WhyApiOnlyOrgViewComponent = require('c/whyApiOnlyOrgView').default;

const pageCall = getOrgApiOnlyPage as unknown as jest.Mock;
const NOT_ALLOWED = LABELS.get('WhyApiOnly_Error_NotAllowed') as string;

function render(): HTMLElement {
  const element = createElement('c-why-api-only-org-view', { is: WhyApiOnlyOrgView });
  document.body.appendChild(element);
  return element;
}

function button(element: HTMLElement, name: string): HTMLButtonElement {
  const match = [...shadow(element).querySelectorAll('button')].find((b) => text(b) === name);
  if (!match) throw new Error(`no button "${name}"`);
  return match;
}

async function start(element: HTMLElement): Promise<void> {
  button(element, label('OrgShow')).click();
  await flush();
}

const bodyRows = (element: HTMLElement) =>
  [...shadow(element).querySelectorAll('tbody tr')].map((row) =>
    [...row.children].map((cell) => text(cell))
  );

function csvOf(element: HTMLElement): string {
  const href = shadow(element).querySelector('[data-export]')!.getAttribute('href')!;
  expect(href.startsWith('data:text/csv;charset=utf-8,')).toBe(true);
  return decodeURIComponent(href.slice('data:text/csv;charset=utf-8,'.length));
}

describe('c-why-api-only-org-view', () => {
  afterEach(() => {
    removeAll();
    jest.clearAllMocks();
  });

  it('loads nothing until the admin asks for the org-wide view', async () => {
    const element = render();
    await flush();

    expect(pageCall).not.toHaveBeenCalled();
    expect(shadow(element).querySelector('table')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('lists every API-only user of the first page with the reason the engine gives', async () => {
    pageCall.mockResolvedValueOnce(fixture('orgPage1'));
    const element = render();
    await start(element);

    expect(pageCall).toHaveBeenCalledWith({ afterUserId: null, pageSize: 50 });
    const rows = bodyRows(element);
    expect(rows.map((row) => row[1])).toEqual(['jane@example.com', 'sync@example.com']);
    expect(rows[0][5]).toBe(
      'API-only through permission set group Integration_Bundle, which includes permission set Integration_Base, which grants API Only User.'
    );
    expect(rows[1][5]).toBe(
      'API-only through the profile Integration Profile, which grants API Only User.'
    );
    expect(rows[1][4]).toBe(label('Yes'));
    expect(text(shadow(element).querySelector('[aria-live]'))).toContain('2 API-only users');
    await expect(element).toBeAccessible();
  });

  it('loads the next page from the cursor and appends its users', async () => {
    pageCall.mockResolvedValueOnce(fixture('orgPage1')).mockResolvedValueOnce(fixture('orgPage2'));
    const element = render();
    await start(element);

    button(element, label('OrgLoadMore')).click();
    await flush();

    expect(pageCall).toHaveBeenLastCalledWith({
      afterUserId: '005000000000002AAA',
      pageSize: 50
    });
    expect(bodyRows(element).map((row) => row[1])).toEqual([
      'jane@example.com',
      'sync@example.com',
      'integration@example.com'
    ]);
    expect(bodyRows(element)[2][5]).toContain('API-only by design');
    // The last page has no more users: no more "Load more".
    expect(
      [...shadow(element).querySelectorAll('button')].some((b) => text(b) === label('OrgLoadMore'))
    ).toBe(false);
  });

  it('leaves out a user whose only grant is muted, even when the page omits the group aggregate', async () => {
    pageCall.mockResolvedValueOnce(fixture('orgPage2'));
    const element = render();
    await start(element);

    expect(bodyRows(element).map((row) => row[1])).toEqual(['integration@example.com']);
    expect(shadow(element).querySelector('[data-state="error"]')).toBeNull();
  });

  it('warns that the list may be incomplete when Apex read only part of the granting sets', async () => {
    pageCall.mockResolvedValueOnce(fixture('orgPage2'));
    const element = render();
    await start(element);

    expect(text(shadow(element).querySelector('[data-state="partial"]'))).toBe(label('OrgPartial'));
  });

  it('exports the loaded users as CSV, quoting names with commas and quotes', async () => {
    pageCall.mockResolvedValueOnce(fixture('orgPage1'));
    const element = render();
    await start(element);

    const link = shadow(element).querySelector('[data-export]')!;
    expect(link.getAttribute('download')).toBe(label('CsvFileName'));
    const lines = csvOf(element).split('\r\n');
    expect(lines[0]).toBe(
      [
        label('ColumnName'),
        label('ColumnUsername'),
        label('ColumnProfile'),
        label('ColumnLicense'),
        label('ColumnActive'),
        label('ColumnWhy')
      ].join(',')
    );
    expect(lines[1]).toBe(
      'Jane Admin,jane@example.com,Custom: Sales,Salesforce,Yes,"API-only through permission set group Integration_Bundle, which includes permission set Integration_Base, which grants API Only User."'
    );
    expect(lines[2]).toMatch(/^"Sync User, ""Ops""",sync@example.com,Integration Profile,/);
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
  });

  it('says so when no user is API-only', async () => {
    pageCall.mockResolvedValueOnce({ permissionField: 'PermissionsApiUserOnly', hasMore: false });
    const element = render();
    await start(element);

    expect(text(shadow(element).querySelector('[data-state="empty"]'))).toBe(label('OrgEmpty'));
  });

  it('says "not allowed" when Apex refuses the org-wide view', async () => {
    pageCall.mockRejectedValueOnce({ body: { message: NOT_ALLOWED }, status: 500 });
    const element = render();
    await start(element);

    expect(text(shadow(element).querySelector('[data-state="not-allowed"]'))).toBe(
      label('NotAllowed')
    );
    expect(shadow(element).querySelector('[data-state="empty"]')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it("shows the platform's message when a page fails to load", async () => {
    pageCall.mockRejectedValueOnce({
      body: { message: 'Page size must be between 1 and 200.' },
      status: 500
    });
    const element = render();
    await start(element);

    expect(text(shadow(element).querySelector('[data-state="error"]'))).toBe(
      `${label('LoadError')} Page size must be between 1 and 200.`
    );
  });

  it('shows a spinner while a page loads', async () => {
    pageCall.mockReturnValueOnce(new Promise(() => undefined));
    const element = render();
    await start(element);

    expect(shadow(element).querySelector('lightning-spinner')).not.toBeNull();
  });
});
