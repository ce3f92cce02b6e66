import { createElement } from 'lwc';
import type WhyApiOnlyComponent from 'c/whyApiOnly';
import getAccessFacts from '@salesforce/apex/WhyApiOnlyController.getAccessFacts';
import getAssigneeCounts from '@salesforce/apex/WhyApiOnlyController.getAssigneeCounts';
import removeAssignment from '@salesforce/apex/WhyApiOnlyController.removeAssignment';
import removeGroupComponent from '@salesforce/apex/WhyApiOnlyController.removeGroupComponent';
import endUserSessions from '@salesforce/apex/WhyApiOnlyController.endUserSessions';
import { refreshApex } from '@salesforce/apex';
import LightningConfirm from 'lightning/confirm';
import { mockCustomLabels } from './customLabels';
import { child, fixture, flush, removeAll, shadow, text, withoutAssignment } from './panelTestKit';

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
jest.mock(
  '@salesforce/apex/WhyApiOnlyController.removeAssignment',
  () => ({ default: jest.fn() }),
  {
    virtual: true
  }
);
jest.mock(
  '@salesforce/apex/WhyApiOnlyController.removeGroupComponent',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock('@salesforce/apex/WhyApiOnlyController.endUserSessions', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock(
  '@salesforce/apex/WhyApiOnlyController.getOrgApiOnlyPage',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), {
  virtual: true
});
jest.mock('lightning/confirm', () => ({ __esModule: true, default: { open: jest.fn() } }));
const mockNavigate = jest.fn();
jest.mock('lightning/navigation', () => {
  const Navigate = Symbol('Navigate');
  const GenerateUrl = Symbol('GenerateUrl');
  const NavigationMixin = (Base: new () => object) =>
    class extends Base {
      [Navigate](pageReference: unknown) {
        mockNavigate(pageReference);
      }
    };
  return { NavigationMixin: Object.assign(NavigationMixin, { Navigate, GenerateUrl }) };
});

const LABELS = mockCustomLabels();
const label = (name: string): string => LABELS.get(`WhyApiOnlyPanel_${name}`) ?? name;
// Required (not imported) so that it loads after the labels are mocked.
const WhyApiOnly: typeof WhyApiOnlyComponent = require('c/whyApiOnly').default;

type TestWireAdapter = {
  emit(value: unknown): void;
  error(body?: unknown, status?: number): void;
  getLastConfig(): Record<string, unknown>;
};
const factsWire = getAccessFacts as unknown as TestWireAdapter;
const countsWire = getAssigneeCounts as unknown as TestWireAdapter;
const removeAssignmentCall = removeAssignment as unknown as jest.Mock;
const removeComponentCall = removeGroupComponent as unknown as jest.Mock;
const endSessionsCall = endUserSessions as unknown as jest.Mock;
const refreshCall = refreshApex as unknown as jest.Mock;
const confirmOpen = LightningConfirm.open as unknown as jest.Mock;

const JANE = '005000000000001AAA';
const REMOVE_GROUP_ASSIGNMENT =
  'Remove the assignment of permission set group Integration_Bundle from jane@example.com.';
const NOT_ALLOWED = LABELS.get('WhyApiOnly_Error_NotAllowed') as string;

function render(props: Record<string, unknown> = {}): HTMLElement {
  const element = createElement('c-why-api-only', { is: WhyApiOnly });
  Object.assign(element, props);
  document.body.appendChild(element);
  return element;
}

/** getAssigneeCounts' answer (AssigneeCounts) that goes with a facts fixture, if any. */
const COUNTS: Readonly<Record<string, string>> = {
  seed000Group: 'seed000GroupCounts',
  profileApiOnly: 'profileApiOnlyCounts'
};

/** Renders, emits the facts, then (as Apex is asked only after them) the counts, if any. */
async function renderWith(name: string, props: Record<string, unknown> = {}) {
  const element = render(props);
  factsWire.emit(fixture(name));
  await flush();
  if (COUNTS[name]) {
    countsWire.emit(fixture<Apex.AssigneeCounts>(COUNTS[name]));
    await flush();
  }
  return element;
}

const verdict = (element: HTMLElement) => shadow(element).querySelector('[data-verdict]');
const findings = (element: HTMLElement) => child(element, 'c-why-api-only-findings');
const sourceTree = (element: HTMLElement) => child(element, 'c-why-api-only-source-tree');

/** The blast radius text of the fix whose text starts with `start`. */
function blastOf(element: HTMLElement, start: string): string {
  const fixes = [...findings(element).querySelectorAll('[data-fix]')];
  return text(fixes.find((fix) => text(fix).startsWith(start))!.querySelector('[data-blast]'));
}

function fixButton(element: HTMLElement, messageStart: string): HTMLButtonElement {
  const buttons = [...findings(element).querySelectorAll('button')];
  const match = buttons.find((button) => button.getAttribute('aria-label')?.includes(messageStart));
  if (!match) throw new Error(`no fix button for "${messageStart}"`);
  return match;
}

describe('c-why-api-only', () => {
  afterEach(() => {
    removeAll();
    jest.clearAllMocks();
  });

  describe('verdict and sources', () => {
    it('names the group and its member set when a permission set group makes the user API-only (seed 000)', async () => {
      const element = await renderWith('seed000Group');

      const sentence = text(verdict(element));
      expect(sentence).toBe(
        'jane@example.com is API-only because permission set group Integration_Bundle includes permission set Integration_Base, which grants API Only User.'
      );
      expect(verdict(element)!.className).toContain('slds-text-color_error');
      expect(text(shadow(element).querySelector('section'))).toContain('Jane Admin');
    });

    it('asks Apex for the current user when nothing else is chosen', async () => {
      await renderWith('seed000Group');
      expect(factsWire.getLastConfig()).toEqual({ userId: '005000000000000000' });
    });

    it('shows the group source as group → member set → in effect, with Setup links', async () => {
      const element = await renderWith('seed000Group');

      const firstSource = sourceTree(element).querySelector('[data-source]');
      const links = [...firstSource!.querySelectorAll('a')];
      expect(links.map((a) => text(a))).toEqual([
        'Permission set group Integration_Bundle',
        'through member permission set Integration_Base'
      ]);
      expect(links[0].getAttribute('href')).toBe(
        '/lightning/setup/PermSetGroups/page?address=%2F0PG000000000001AAA'
      );
      expect(links[1].getAttribute('href')).toBe(
        '/lightning/setup/PermSets/page?address=%2F0PS000000000002AAA'
      );
      expect(links[0].getAttribute('aria-label')).toBe(
        'Open Permission set group Integration_Bundle in Setup'
      );
      expect(text(firstSource!.querySelector('[data-status]'))).toBe('in effect');
    });

    it('opens the profile in Setup through navigation when its link is clicked', async () => {
      const element = await renderWith('profileApiOnly');

      const link = sourceTree(element).querySelector('[data-source] a') as HTMLAnchorElement;
      expect(text(link)).toBe('Profile Integration Profile');
      link.click();

      expect(mockNavigate).toHaveBeenCalledWith({
        type: 'standard__webPage',
        attributes: { url: '/lightning/setup/EnhancedProfiles/page?address=%2F00e000000000002AAA' }
      });
    });

    it('names the profile in the verdict when the profile makes the user API-only', async () => {
      const element = await renderWith('profileApiOnly', { recordId: '005000000000002AAA' });

      expect(text(verdict(element))).toBe(
        'sync@example.com is API-only because profile Integration Profile grants API Only User.'
      );
      expect(factsWire.getLastConfig()).toEqual({ userId: '005000000000002AAA' });
    });

    it('offers the Setup link, not a button, for the profile fix Apex cannot make', async () => {
      const element = await renderWith('profileApiOnly');

      const profileFix = [...findings(element).querySelectorAll('[data-fix]')].find((fix) =>
        text(fix).startsWith('Uncheck API Only User on profile Integration Profile in Setup')
      );
      expect(profileFix!.querySelector('button')).toBeNull();
      const setupLink = profileFix!.querySelector('a') as HTMLAnchorElement;
      expect(text(setupLink)).toBe(label('SetupOnly'));
      expect(setupLink.getAttribute('aria-label')).toContain('on profile Integration Profile');
      expect(text(profileFix!.querySelector('[data-blast]'))).toBe(
        'Every user of the profile: 3 user(s)'
      );

      setupLink.click();
      expect(mockNavigate).toHaveBeenCalledWith({
        type: 'standard__webPage',
        attributes: { url: '/lightning/setup/EnhancedProfiles/page?address=%2F00e000000000002AAA' }
      });
    });

    it('says a muted permission is not in effect and which muting set mutes it', async () => {
      const element = await renderWith('mutedInGroup');

      expect(text(verdict(element))).toBe(
        'jane@example.com is not API-only: no source in effect grants API Only User.'
      );
      expect(verdict(element)!.className).toContain('slds-text-color_success');
      const status = sourceTree(element).querySelector('[data-source] [data-status]');
      expect(text(status)).toBe('not in effect because it is muted by Mute_Api_Only');
    });

    it('says an expired assignment is not in effect because it expired', async () => {
      const element = await renderWith('expiredAssignment');

      expect(text(verdict(element))).toContain('is not API-only');
      const source = sourceTree(element).querySelector('[data-source]');
      expect(text(source!.querySelector('a'))).toBe('Permission set Integration_Base');
      expect(text(source!.querySelector('[data-status]'))).toBe(
        'not in effect because the assignment has expired'
      );
    });

    it('explains the integration licence as by design and offers no removal', async () => {
      const element = await renderWith('integrationLicense');

      expect(text(verdict(element))).toBe(
        'integration@example.com is API-only by design of the Salesforce Integration licence (profile Minimum Access - API Only Integrations); it cannot be turned off.'
      );
      const findingTexts = [...findings(element).querySelectorAll('[data-finding]')].map(text);
      expect(findingTexts[0]).toContain('API-only by design');
      expect(findings(element).querySelectorAll('button')).toHaveLength(0);
      expect(
        [...findings(element).querySelectorAll('[data-fix]')].some((fix) =>
          text(fix).startsWith('Remove')
        )
      ).toBe(false);
    });

    it('lists a permission nothing grants as granted by no source', async () => {
      const element = await renderWith('seed000Group');

      const rows = [...sourceTree(element).querySelector('ul')!.children].map(text);
      const mfaApi = rows.find((row) => row.startsWith('Multi-Factor Authentication for API'));
      expect(mfaApi).toContain(label('NotEffective'));
      expect(mfaApi).toContain(label('NoSources'));
      expect(rows.some((row) => row.startsWith('BypassMFAForUiLogins'))).toBe(false);
    });
  });

  describe('MFA state', () => {
    it('lists registered methods, the recent logins and the open session count', async () => {
      const element = await renderWith('seed000Group');
      const mfa = child(element, 'c-why-api-only-mfa');

      expect([...mfa.querySelectorAll('[data-methods] li')].map(text)).toEqual([
        'Salesforce Authenticator',
        'Verified mobile number',
        'Verified email address'
      ]);
      const rows = [...mfa.querySelectorAll('[data-logins] tbody tr')];
      expect(rows).toHaveLength(2);
      expect(text(rows[1])).toContain('Application · MFA');
      expect(text(rows[1])).toContain('Restricted');
      expect(text(mfa.querySelector('[data-sessions]'))).toBe('1');
    });

    it("says what is not visible to the viewer in Apex's words", async () => {
      const element = await renderWith('profileApiOnly');
      const mfa = child(element, 'c-why-api-only-mfa');

      expect(text(mfa.querySelector('[data-methods]'))).toContain(
        'Not visible to you: reading registered MFA methods needs'
      );
      expect(text(mfa.querySelector('[data-sessions]'))).toContain('counting sessions needs');
      expect(text(mfa.querySelector('[data-logins]'))).toBe(label('NoLogins'));
    });
  });

  describe('states', () => {
    it('shows a spinner while the facts load', async () => {
      const element = render();
      expect(
        shadow(element).querySelector('[data-state="loading"] lightning-spinner')
      ).not.toBeNull();
      expect(verdict(element)).toBeNull();
      await expect(element).toBeAccessible();
    });

    it('says there is nothing to explain when Apex returns no user', async () => {
      const element = render();
      factsWire.emit({
        ...fixture<Apex.AccessFacts>('seed000Group'),
        users: [],
        permissionSetAssignments: []
      });
      await flush();

      expect(text(shadow(element).querySelector('[data-state="empty"]'))).toBe(label('Empty'));
      await expect(element).toBeAccessible();
    });

    it('says "not allowed" when Apex refuses for lack of authority', async () => {
      const element = render({ recordId: '005000000000009AAA' });
      factsWire.error({ message: NOT_ALLOWED }, 500);
      await flush();

      const alert = shadow(element).querySelector('[data-state="not-allowed"]');
      expect(alert!.getAttribute('role')).toBe('alert');
      expect(text(alert)).toBe(label('NotAllowed'));
      expect(verdict(element)).toBeNull();
      await expect(element).toBeAccessible();
    });

    it("shows the platform's own message when loading fails", async () => {
      const element = render();
      factsWire.error({ message: 'No user with Id 005000000000009AAA exists.' }, 500);
      await flush();

      const alert = shadow(element).querySelector('[data-state="error"]');
      expect(text(alert)).toBe(`${label('LoadError')} No user with Id 005000000000009AAA exists.`);
      await expect(element).toBeAccessible();
    });

    it('reports facts the engine cannot use as an error naming the record', async () => {
      const element = render();
      const broken = fixture('seed000Group');
      factsWire.emit({
        ...broken,
        users: [{ ...(broken.users![0] as Record<string, unknown>), Username: null }]
      });
      await flush();

      expect(text(shadow(element).querySelector('[data-state="error"]'))).toContain(
        'User 005000000000001AAA, field Username'
      );
    });

    it('is accessible with an explanation shown', async () => {
      const element = await renderWith('seed000Group');
      await expect(element).toBeAccessible();
    });

    it('marks the explanation stale while it refreshes, then shows the fresh facts', async () => {
      const element = await renderWith('seed000Group');
      let finishRefresh: () => void = () => undefined;
      refreshCall.mockImplementationOnce(
        () => new Promise<void>((resolve) => (finishRefresh = resolve))
      );

      (shadow(element).querySelector('[data-action="refresh"]') as HTMLButtonElement).click();
      await flush();
      expect(text(shadow(element).querySelector('[data-state="stale"]'))).toBe(label('Stale'));

      factsWire.emit(withoutAssignment(fixture('seed000Group'), '0Pa000000000002AAA'));
      finishRefresh();
      await flush();
      expect(shadow(element).querySelector('[data-state="stale"]')).toBeNull();
      expect(text(verdict(element))).toContain('is not API-only');
    });

    it('disables the fixes while the facts reload, so none is made on stale facts', async () => {
      const element = await renderWith('seed000Group');
      refreshCall.mockReturnValueOnce(new Promise(() => undefined));

      (shadow(element).querySelector('[data-action="refresh"]') as HTMLButtonElement).click();
      await flush();

      const buttons = [...findings(element).querySelectorAll('button')];
      expect(buttons.length).toBeGreaterThan(0);
      expect(buttons.every((button) => button.disabled)).toBe(true);
    });

    it('shows the error when refreshing fails', async () => {
      const element = await renderWith('seed000Group');
      refreshCall.mockRejectedValueOnce({ body: { message: 'Session expired' }, status: 401 });

      (shadow(element).querySelector('[data-action="refresh"]') as HTMLButtonElement).click();
      await flush();

      expect(text(shadow(element).querySelector('[data-state="error"]'))).toContain(
        'Session expired'
      );
    });
  });

  describe('fixes', () => {
    it('shows each fix with its blast radius', async () => {
      const element = await renderWith('seed000Group');

      expect(blastOf(element, REMOVE_GROUP_ASSIGNMENT)).toBe(label('BlastUser'));
      // getAssigneeCounts: 12 group members; 2 direct holders of the member set + 12.
      expect(blastOf(element, 'Remove permission set Integration_Base from group')).toBe(
        'Every member of the group: 12 user(s)'
      );
      expect(blastOf(element, 'Uncheck API Only User on permission set Integration_Base')).toBe(
        'Everyone who has the permission set: 14 user(s)'
      );
    });

    it('names the group instead of counting until the counts arrive, then counts', async () => {
      const element = render();
      factsWire.emit(fixture('seed000Group'));
      await flush();

      expect(countsWire.getLastConfig()).toEqual({ userId: '005000000000000000' });
      expect(blastOf(element, 'Remove permission set Integration_Base from group')).toBe(
        label('BlastGroupUncounted')
      );
      expect(blastOf(element, 'Uncheck API Only User on permission set Integration_Base')).toBe(
        label('BlastPermissionSetUncounted')
      );

      countsWire.emit(fixture<Apex.AssigneeCounts>('seed000GroupCounts'));
      await flush();
      expect(blastOf(element, 'Remove permission set Integration_Base from group')).toBe(
        'Every member of the group: 12 user(s)'
      );
    });

    it('names the group instead of counting when the counts are not visible to the caller', async () => {
      const element = render();
      factsWire.emit(fixture('seed000Group'));
      await flush();
      countsWire.emit(fixture<Apex.AssigneeCounts>('countsNotVisible'));
      await flush();

      expect(blastOf(element, 'Remove permission set Integration_Base from group')).toBe(
        label('BlastGroupUncounted')
      );
      expect(blastOf(element, 'Uncheck API Only User on permission set Integration_Base')).toBe(
        label('BlastPermissionSetUncounted')
      );
    });

    it('keeps the explanation, uncounted, when asking for the counts fails', async () => {
      const element = render();
      factsWire.emit(fixture('seed000Group'));
      await flush();
      countsWire.error({ message: 'Too many queries' }, 500);
      await flush();

      expect(text(verdict(element))).toContain('is API-only because');
      expect(shadow(element).querySelector('[data-state="error"]')).toBeNull();
      expect(blastOf(element, 'Remove permission set Integration_Base from group')).toBe(
        label('BlastGroupUncounted')
      );
    });

    it('removes the assignment after confirmation, then refreshes and updates the verdict', async () => {
      const element = await renderWith('seed000Group');
      confirmOpen.mockResolvedValue(true);
      removeAssignmentCall.mockResolvedValue(fixture('fixResultRemoveAssignment'));
      refreshCall.mockImplementationOnce(() => {
        factsWire.emit(withoutAssignment(fixture('seed000Group'), '0Pa000000000002AAA'));
        return Promise.resolve();
      });

      fixButton(element, REMOVE_GROUP_ASSIGNMENT).click();
      await flush();

      expect(confirmOpen).toHaveBeenCalledWith(
        expect.objectContaining({
          label: label('ConfirmTitle'),
          message: `${REMOVE_GROUP_ASSIGNMENT} Affects: ${label('BlastUser')}.`
        })
      );
      expect(removeAssignmentCall).toHaveBeenCalledWith({ assignmentId: '0Pa000000000002AAA' });
      // The facts and the counts: a fix changes both.
      expect(refreshCall).toHaveBeenCalledTimes(2);
      expect(text(shadow(element).querySelector('[data-notice="fix"]'))).toBe(
        'Done: Removed Integration_Bundle from jane@example.com.'
      );
      expect(text(verdict(element))).toBe(
        'jane@example.com is not API-only: no source in effect grants API Only User.'
      );
    });

    it('does nothing when the confirmation is cancelled', async () => {
      const element = await renderWith('seed000Group');
      confirmOpen.mockResolvedValue(false);

      fixButton(element, REMOVE_GROUP_ASSIGNMENT).click();
      await flush();

      expect(confirmOpen).toHaveBeenCalledTimes(1);
      expect(removeAssignmentCall).not.toHaveBeenCalled();
      expect(refreshCall).not.toHaveBeenCalled();
      expect(text(verdict(element))).toContain('is API-only because');
    });

    it("shows Apex's message when the fix is refused, and does not refresh", async () => {
      const element = await renderWith('seed000Group');
      confirmOpen.mockResolvedValue(true);
      removeAssignmentCall.mockRejectedValue({
        body: { message: 'This change would make you API-only; nothing was changed.' },
        status: 500
      });

      fixButton(element, REMOVE_GROUP_ASSIGNMENT).click();
      await flush();

      const alert = shadow(element).querySelector('[data-notice="fix-error"]');
      expect(alert!.getAttribute('role')).toBe('alert');
      expect(text(alert)).toBe(
        `${label('FixFailed')} This change would make you API-only; nothing was changed.`
      );
      expect(refreshCall).not.toHaveBeenCalled();
      await expect(element).toBeAccessible();
    });

    it('removes the member set from the group with the component Id the engine named', async () => {
      const element = await renderWith('seed000Group');
      confirmOpen.mockResolvedValue(true);
      removeComponentCall.mockResolvedValue(fixture('fixResultRemoveGroupComponent'));

      fixButton(element, 'Remove permission set Integration_Base from group').click();
      await flush();

      expect(confirmOpen.mock.calls[0][0].message).toContain(
        'Every member of the group: 12 user(s)'
      );
      expect(removeComponentCall).toHaveBeenCalledWith({ groupComponentId: '0PC000000000001AAA' });
      // The facts and the counts: a fix changes both.
      expect(refreshCall).toHaveBeenCalledTimes(2);
      expect(text(shadow(element).querySelector('[data-notice="fix"]'))).toContain(
        'Salesforce now recalculates the group for its users.'
      );
    });

    it("ends the explained user's sessions", async () => {
      const element = await renderWith('seed000Group');
      confirmOpen.mockResolvedValue(true);
      endSessionsCall.mockResolvedValue(fixture('fixResultEndUserSessions'));

      fixButton(element, 'Then end the sessions of jane@example.com').click();
      await flush();

      expect(endSessionsCall).toHaveBeenCalledWith({ userId: JANE });
      expect(text(shadow(element).querySelector('[data-notice="fix"]'))).toBe(
        'Done: Ended 1 session(s) of jane@example.com.'
      );
    });

    it('links to the permission set in Setup for a fix the panel does not make', async () => {
      const element = await renderWith('seed000Group');

      const fix = [...findings(element).querySelectorAll('[data-fix]')].find((row) =>
        text(row).startsWith('Uncheck API Only User on permission set Integration_Base')
      );
      (fix!.querySelector('a') as HTMLAnchorElement).click();

      expect(mockNavigate).toHaveBeenCalledWith({
        type: 'standard__webPage',
        attributes: { url: '/lightning/setup/PermSets/page?address=%2F0PS000000000002AAA' }
      });
    });
  });

  describe('keyboard and screen readers', () => {
    it('makes every action a real button or link with an accessible name', async () => {
      const element = await renderWith('seed000Group');

      const panelButtons = [...shadow(element).querySelectorAll('button')];
      expect(panelButtons.map(text)).toEqual([label('Refresh'), label('CopyJson')]);
      expect(panelButtons[0].getAttribute('aria-label')).toBe(label('RefreshAria'));
      for (const button of findings(element).querySelectorAll('button')) {
        expect(button.getAttribute('type')).toBe('button');
        expect(button.getAttribute('aria-label')).toMatch(/^Apply: /);
      }
      for (const link of sourceTree(element).querySelectorAll('a')) {
        expect(link.getAttribute('href')).toMatch(/^\/lightning\/setup\//);
      }
    });

    it('disables fix buttons while a fix runs, so it is not sent twice', async () => {
      const element = await renderWith('seed000Group');
      confirmOpen.mockResolvedValue(true);
      removeAssignmentCall.mockReturnValue(new Promise(() => undefined));

      fixButton(element, REMOVE_GROUP_ASSIGNMENT).click();
      await flush();

      expect(fixButton(element, REMOVE_GROUP_ASSIGNMENT).disabled).toBe(true);
    });
  });

  describe('copy as JSON', () => {
    const originalClipboard = navigator.clipboard;
    afterEach(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: originalClipboard,
        configurable: true
      });
    });

    it("copies the engine's explanation as JSON", async () => {
      const writeText = jest.fn().mockResolvedValue(undefined);
      Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
      const element = await renderWith('seed000Group');

      (shadow(element).querySelector('[data-action="copy-json"]') as HTMLButtonElement).click();
      await flush();

      const copied = JSON.parse(writeText.mock.calls[0][0]);
      expect(copied.apiOnly).toBe(true);
      expect(copied.user.Username).toBe('jane@example.com');
      expect(copied.permissions[0].sources[0]).toEqual(
        expect.objectContaining({
          kind: 'permissionSetGroup',
          name: 'Integration_Bundle',
          via: 'Integration_Base'
        })
      );
      expect(text(shadow(element).querySelector('[data-notice="copy"]'))).toBe(label('Copied'));
      expect(shadow(element).querySelector('textarea')).toBeNull();
    });

    it('shows the JSON selected in a text box when the clipboard is blocked', async () => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: jest.fn().mockRejectedValue(new Error('NotAllowedError')) },
        configurable: true
      });
      const element = await renderWith('seed000Group');

      (shadow(element).querySelector('[data-action="copy-json"]') as HTMLButtonElement).click();
      await flush();

      const box = shadow(element).querySelector('textarea') as HTMLTextAreaElement;
      expect(JSON.parse(box.value).verdict.code).toBe('VERDICT_API_ONLY');
      expect(box.selectionEnd - box.selectionStart).toBe(box.value.length);
      expect(text(shadow(element).querySelector('[data-notice="copy"]'))).toBe(
        label('CopyFallback')
      );
      await expect(element).toBeAccessible();
    });

    it('falls back to the text box where there is no clipboard at all', async () => {
      Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
      const element = await renderWith('seed000Group');

      (shadow(element).querySelector('[data-action="copy-json"]') as HTMLButtonElement).click();
      await flush();

      expect(shadow(element).querySelector('textarea')).not.toBeNull();
    });
  });

  describe('user picker and surfaces', () => {
    it('lets an admin pick another user, and asks Apex for that user', async () => {
      const element = await renderWith('seed000Group');
      const picker = shadow(element).querySelector('lightning-record-picker') as HTMLElement & {
        objectApiName: string;
        label: string;
      };
      expect(picker.objectApiName).toBe('User');
      expect(picker.label).toBe(label('UserPicker'));

      picker.dispatchEvent(
        new CustomEvent('change', { detail: { recordId: '005000000000002AAA' } })
      );
      await flush();
      expect(factsWire.getLastConfig()).toEqual({ userId: '005000000000002AAA' });
      expect(shadow(element).querySelector('[data-state="loading"]')).not.toBeNull();

      factsWire.emit(fixture('profileApiOnly'));
      await flush();
      expect(text(verdict(element))).toContain('sync@example.com is API-only');
      // The previous user's counts are dropped; this user's are asked for after the facts.
      expect(countsWire.getLastConfig()).toEqual({ userId: '005000000000002AAA' });
      expect(blastOf(element, 'Uncheck API Only User on profile')).toBe(
        label('BlastProfileUncounted')
      );

      countsWire.emit(fixture<Apex.AssigneeCounts>('profileApiOnlyCounts'));
      await flush();
      expect(blastOf(element, 'Uncheck API Only User on profile')).toBe(
        'Every user of the profile: 3 user(s)'
      );
    });

    it('returns to the current user when the picker is cleared', async () => {
      const element = await renderWith('seed000Group');
      const picker = shadow(element).querySelector('lightning-record-picker')!;
      picker.dispatchEvent(
        new CustomEvent('change', { detail: { recordId: '005000000000002AAA' } })
      );
      await flush();
      picker.dispatchEvent(new CustomEvent('change', { detail: { recordId: null } }));
      await flush();

      expect(factsWire.getLastConfig()).toEqual({ userId: '005000000000000000' });
    });

    it('keeps the explanation when the admin picks the user already shown', async () => {
      const element = await renderWith('seed000Group');
      const picker = shadow(element).querySelector('lightning-record-picker')!;

      picker.dispatchEvent(
        new CustomEvent('change', { detail: { recordId: '005000000000000000' } })
      );
      await flush();

      expect(shadow(element).querySelector('[data-state="loading"]')).toBeNull();
      expect(text(verdict(element))).toContain('jane@example.com is API-only');
    });

    it('shows no picker and no org-wide view on a User record page', async () => {
      const element = await renderWith('seed000Group', { recordId: JANE });

      expect(shadow(element).querySelector('lightning-record-picker')).toBeNull();
      expect(shadow(element).querySelector('c-why-api-only-org-view')).toBeNull();
      expect(factsWire.getLastConfig()).toEqual({ userId: JANE });
    });

    it('gives an admin the org-wide view on the tab', async () => {
      const element = await renderWith('seed000Group');
      expect(shadow(element).querySelector('c-why-api-only-org-view')).not.toBeNull();
    });

    it('opens the permission glossary only when asked', async () => {
      const element = await renderWith('seed000Group');
      const details = shadow(element).querySelector('details') as HTMLDetailsElement;
      expect(shadow(element).querySelector('c-permission-glossary')).toBeNull();

      details.open = true;
      details.dispatchEvent(new CustomEvent('toggle'));
      await flush();

      expect(text(details.querySelector('summary'))).toBe(label('GlossaryShow'));
      expect(shadow(element).querySelector('c-permission-glossary')).not.toBeNull();
    });
  });
});
