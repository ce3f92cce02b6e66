import { createElement } from 'lwc';
import type WhyApiOnlyComponent from 'c/whyApiOnly';
import getAccessFacts from '@salesforce/apex/WhyApiOnlyController.getAccessFacts';
import { mockCustomLabels } from './customLabels';
import { fixture, flush, removeAll, shadow, text } from './panelTestKit';

// A user without the app's admin permission, View Setup or Manage Users: the seed 000 user herself.
jest.mock('@salesforce/user/Id', () => ({ default: '005000000000001AAA' }), { virtual: true });
jest.mock('@salesforce/customPermission/Why_API_Only_Admin', () => ({ default: undefined }), {
  virtual: true
});
jest.mock('@salesforce/userPermission/ViewSetup', () => ({ default: false }), { virtual: true });
jest.mock('@salesforce/userPermission/ManageUsers', () => ({ default: false }), { virtual: true });
jest.mock('@salesforce/userPermission/AssignPermissionSets', () => ({ default: false }), {
  virtual: true
});
jest.mock('@salesforce/userPermission/ManageProfilesPermissionsets', () => ({ default: false }), {
  virtual: true
});
jest.mock(
  '@salesforce/apex/WhyApiOnlyController.getAccessFacts',
  () => {
    const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
    return { default: createApexTestWireAdapter(jest.fn()) };
  },
  { virtual: true }
);

jest.mock(
  '@salesforce/apex/WhyApiOnlyController.getAssigneeCounts',
  () => {
    const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
    return { default: createApexTestWireAdapter(jest.fn()) };
  },
  { virtual: true }
);

const LABELS = mockCustomLabels();
// Required (not imported) so that it loads after the labels are mocked.
const WhyApiOnly: typeof WhyApiOnlyComponent = require('c/whyApiOnly').default;

type TestWireAdapter = { emit(value: unknown): void; getLastConfig(): Record<string, unknown> };
const factsWire = getAccessFacts as unknown as TestWireAdapter;

describe('c-why-api-only for a user who is not an admin', () => {
  afterEach(removeAll);

  it('explains only the current user: no user picker and no org-wide view', async () => {
    const element = createElement('c-why-api-only', { is: WhyApiOnly });
    document.body.appendChild(element);
    factsWire.emit(fixture('seed000Group'));
    await flush();

    expect(factsWire.getLastConfig()).toEqual({ userId: '005000000000001AAA' });
    expect(shadow(element).querySelector('lightning-record-picker')).toBeNull();
    expect(shadow(element).querySelector('c-why-api-only-org-view')).toBeNull();
    expect(text(shadow(element).querySelector('[data-verdict]'))).toBe(
      'You are API-only because permission set group Integration_Bundle includes permission set Integration_Base, which grants API Only User.'
    );
    await expect(element).toBeAccessible();
  });

  it('shows the fixes as something to ask an admin for: no buttons, no Setup links', async () => {
    const element = createElement('c-why-api-only', { is: WhyApiOnly });
    document.body.appendChild(element);
    factsWire.emit(fixture('seed000Group'));
    await flush();

    const findings = shadow(shadow(element).querySelector('c-why-api-only-findings'));
    const fixes = [...findings.querySelectorAll('[data-fix]')];
    expect(fixes.length).toBeGreaterThan(0);
    expect(findings.querySelectorAll('button, a')).toHaveLength(0);
    for (const fix of fixes) {
      expect(text(fix.querySelector('[data-ask-admin]'))).toBe(
        LABELS.get('WhyApiOnlyPanel_AskAdmin')
      );
    }
  });
});
