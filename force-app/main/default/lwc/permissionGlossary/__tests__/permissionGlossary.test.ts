import { createElement } from 'lwc';
import PermissionGlossary from 'c/permissionGlossary';
import getTrackedPermissionFields from '@salesforce/apex/PermissionFieldsController.getTrackedPermissionFields';

const trackedFields = require('../../permissionFields/__tests__/data/trackedPermissionFields.json');

jest.mock(
  '@salesforce/apex/PermissionFieldsController.getTrackedPermissionFields',
  () => {
    const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
    return { default: createApexTestWireAdapter(jest.fn()) };
  },
  { virtual: true }
);

type TestWireAdapter = { emit(value: unknown): void; error(body?: unknown, status?: number): void };
const wireAdapter = getTrackedPermissionFields as unknown as TestWireAdapter;

function render(): HTMLElement {
  const element = createElement('c-permission-glossary', { is: PermissionGlossary });
  document.body.appendChild(element);
  return element;
}

const flush = () => Promise.resolve();

describe('c-permission-glossary', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  });

  it('shows a spinner until the describe arrives', () => {
    const element = render();
    expect(element.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();
  });

  it('lists every tracked permission under the org label with its metadata name', async () => {
    const element = render();
    wireAdapter.emit(trackedFields);
    await flush();

    const terms = [...element.shadowRoot!.querySelectorAll('dt')].map((dt) =>
      dt.textContent!.trim()
    );
    expect(terms).toHaveLength(trackedFields.length);
    expect(terms[0]).toContain('API Only User');
    expect(terms[0]).toContain('(ApiUserOnly)');
    expect(element.shadowRoot!.querySelector('lightning-spinner')).toBeNull();
  });

  it('explains each permission with its own help text', async () => {
    const element = render();
    wireAdapter.emit(trackedFields);
    await flush();

    const details = [...element.shadowRoot!.querySelectorAll('dd')].map((dd) =>
      dd.textContent!.trim()
    );
    expect(details[3]).toContain('c.Glossary_Help_TwoFactorApi');
    expect(details[5]).toContain('c.Glossary_Help_ManageTwoFactor');
  });

  it('marks a field the org lacks as not in this org', async () => {
    const element = render();
    wireAdapter.emit(trackedFields);
    await flush();

    const badges = element.shadowRoot!.querySelectorAll('dd .slds-badge');
    const unavailable = trackedFields.filter((f: { available: boolean }) => !f.available);
    expect(badges).toHaveLength(unavailable.length);
    expect(badges[0].textContent).toBe('c.Glossary_Not_In_Org');
  });

  it('shows the platform message when the describe fails', async () => {
    const element = render();
    wireAdapter.error({ message: 'Insufficient privileges' }, 500);
    await flush();

    const alert = element.shadowRoot!.querySelector('[role="alert"]');
    expect(alert!.textContent).toContain('Insufficient privileges');
    expect(element.shadowRoot!.querySelector('dt')).toBeNull();
  });

  it('is accessible when loaded', async () => {
    const element = render();
    wireAdapter.emit(trackedFields);
    await flush();
    await expect(element).toBeAccessible();
  });
});
