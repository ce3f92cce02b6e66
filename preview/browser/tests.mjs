// The browser tests, one entry each: { name, needs?, run }. `needs` lists component modules the
// test depends on; while one is not built the test is reported pending, not failed. Every test
// starts from the demo org as loaded (the server resets it) and fails on any console error.
import { SURFACES } from '../app/surfaces.mjs';
import { assert } from './harness.mjs';
import { ASSIGNMENT_TESTS } from './assignmentTests.mjs';
import { CLONE_TESTS } from './cloneTests.mjs';
import { REQUEST_GUARD_TESTS } from './requestGuardTests.mjs';

const ADMIN = 'Alex Morgan';
const LOCKED_OUT = 'Dana Whitfield'; // seed 000
const VIEWER = 'Jordan Lee';

const surfaceTests = SURFACES.map((surface) => ({
  name: `surface "${surface.label}" renders with no console errors`,
  async run(t, { components }) {
    await t.open({ as: ADMIN, surface: surface.key, record: LOCKED_OUT });
    if (components.includes(surface.component)) {
      const tag = surface.component
        .replace('/', '-')
        .replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      await t.page.locator(tag).first().waitFor({ timeout: 20000 });
      if (surface.component === 'c/whyApiOnly') {
        const settled = await t.panelSettled();
        const state = await settled.evaluate((el) => el.getAttribute('data-state') ?? 'verdict');
        assert(
          state === 'verdict',
          `the panel for the admin settled in state "${state}", expected a verdict`
        );
      } else {
        // Give the component time to load its data before checking the console.
        await t.page.waitForTimeout(1500);
      }
    } else {
      const text = await t.page.locator('[data-id="placeholder"]').innerText();
      assert(
        text.includes('is not built yet'),
        `placeholder expected for ${surface.component}, got: ${text}`
      );
    }
  }
}));

export const TESTS = [
  ...surfaceTests,
  ...ASSIGNMENT_TESTS,
  ...CLONE_TESTS,
  ...REQUEST_GUARD_TESTS,
  {
    name: 'the "running as" switcher reloads the page as the chosen user',
    async run(t) {
      await t.open({ as: ADMIN });
      const jordan = t.userId(VIEWER);
      await Promise.all([
        t.page.waitForURL((url) => url.searchParams.get('as') === jordan),
        t.page.selectOption('[data-id="running-as"]', jordan)
      ]);
      await t.page.waitForSelector('[data-id="surface-body"]');
      const runningAs = await t.page.evaluate(() => window.__WHY_PREVIEW__.userId);
      assert(runningAs === jordan, `expected to run as ${jordan}, page runs as ${runningAs}`);
    }
  },
  {
    name: 'a refused Apex call answers in the platform shape (error.status 500, error.body.message)',
    async run(t) {
      await t.open({ as: VIEWER });
      const dana = t.userId(LOCKED_OUT);
      const jordan = t.userId(VIEWER);
      const answer = await t.page.evaluate(
        async ({ dana, jordan }) => {
          const r = await fetch('/apex/WhyApiOnlyController.getAccessFacts', {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-preview-user': jordan },
            body: JSON.stringify({ userId: dana })
          });
          return { status: r.status, payload: await r.json() };
        },
        { dana, jordan }
      );
      // Aura answers 200 with the error inside; LWC code receives `error`.
      const error = answer.payload.error;
      assert(
        answer.status === 200 && error && error.status === 500,
        `expected an error with status 500, got ${JSON.stringify(answer).slice(0, 300)}`
      );
      assert(
        /not allowed/i.test(error.body.message),
        `expected "not allowed", got: ${error.body.message}`
      );
      assert(
        error.body.exceptionType === 'System.AuraHandledException',
        `exceptionType: ${error.body.exceptionType}`
      );
    }
  },
  {
    name: 'seed 000: the locked-out user’s verdict names the group and its member set',
    needs: ['c/whyApiOnly'],
    async run(t) {
      await t.open({ as: LOCKED_OUT, surface: 'tab' });
      const settled = await t.panelSettled();
      const verdict = await settled.innerText();
      assert(verdict.includes('Integration_Bundle'), `verdict does not name the group: ${verdict}`);
      assert(
        verdict.includes('Integration_Base'),
        `verdict does not name the member set: ${verdict}`
      );
      assert(/API[- ]only/i.test(verdict), `verdict does not say API-only: ${verdict}`);
    }
  },
  {
    name: 'a viewer without authority sees "not allowed" on another user’s record page',
    needs: ['c/whyApiOnly'],
    async run(t) {
      await t.open({ as: VIEWER, surface: 'record', record: LOCKED_OUT });
      const settled = await t.panelSettled();
      const state = await settled.getAttribute('data-state');
      assert(
        state === 'not-allowed',
        `expected the not-allowed state, got ${state ?? 'a verdict'}`
      );
      assert(
        /not allowed/i.test(await settled.innerText()),
        'the message does not say "not allowed"'
      );
    }
  },
  {
    name: 'the app’s admin custom permission alone lets a user see another user’s access',
    needs: ['c/whyApiOnly'],
    async run(t) {
      await t.open({ as: 'Chris Delegate', surface: 'record', record: LOCKED_OUT });
      const settled = await t.panelSettled();
      const verdict = await settled.innerText();
      assert(verdict.includes('Integration_Bundle'), `expected Dana's verdict, got: ${verdict}`);
    }
  },
  {
    name: 'org-wide view: the admin lists every API-only user with the reason',
    needs: ['c/whyApiOnly', 'c/whyApiOnlyOrgView'],
    async run(t) {
      await t.open({ as: ADMIN, surface: 'tab' });
      await t.panelSettled();
      await t.page.getByRole('button', { name: 'Show every API-only user' }).click();
      const table = t.page.locator('c-why-api-only-org-view table');
      await table.waitFor({ timeout: 15000 });
      const text = await table.innerText();
      for (const name of [LOCKED_OUT, 'Paul Ortega', 'Sales Cookie Integration']) {
        assert(
          text.includes(name),
          `the org-wide view does not list ${name}: ${text.slice(0, 400)}`
        );
      }
      assert(!text.includes('Sam Patel'), 'the org-wide view lists a user who is not API-only');
      const row = await t.page
        .locator('c-why-api-only-org-view tr', { hasText: LOCKED_OUT })
        .innerText();
      assert(
        row.includes('Integration_Bundle'),
        `the reason for ${LOCKED_OUT} does not name the group: ${row}`
      );
    }
  },
  {
    name: 'fix flow: the admin removes the group assignment (confirm → done → the verdict changes)',
    needs: ['c/whyApiOnly'],
    async run(t) {
      await t.open({ as: ADMIN, surface: 'record', record: LOCKED_OUT });
      const before = await (await t.panelSettled()).innerText();
      assert(
        before.includes('Integration_Bundle'),
        `before the fix the verdict should name the group: ${before}`
      );
      await t.page
        .locator(
          'button[aria-label^="Apply: Remove the assignment of"][aria-label*="Integration_Bundle"]'
        )
        .click();
      const dialog = t.page
        .locator('section[role="alertdialog"], section[role="dialog"]')
        .filter({ hasText: 'Apply this fix?' });
      await dialog.waitFor({ timeout: 10000 });
      await dialog.getByRole('button', { name: 'OK' }).click();
      await t.page.locator('[data-notice="fix"]').waitFor({ timeout: 15000 });
      const notice = await t.page.locator('[data-notice="fix"]').innerText();
      assert(
        notice.startsWith('Done:') && notice.includes('Integration_Bundle'),
        `unexpected notice: ${notice}`
      );
      await t.waitForText('[data-verdict]', /is not API-only/, 'the verdict after the fix');
    }
  },
  {
    name: 'keyboard only: reach the fix, confirm it and see the verdict change',
    needs: ['c/whyApiOnly'],
    async run(t) {
      await t.open({ as: ADMIN, surface: 'record', record: LOCKED_OUT });
      await t.panelSettled();
      await t.page.locator('[data-id="running-as"]').focus();
      await t.tabTo(
        (a) =>
          a.tag === 'button' &&
          a.aria.startsWith('Apply: Remove the assignment of') &&
          a.aria.includes('Integration_Bundle'),
        'the Apply button of the group assignment fix'
      );
      await t.page.keyboard.press('Enter');
      const dialog = t.page
        .locator('section[role="alertdialog"], section[role="dialog"]')
        .filter({ hasText: 'Apply this fix?' });
      await dialog.waitFor({ timeout: 10000 });
      await t.tabTo(
        (a) => a.tag === 'button' && a.text === 'OK',
        'the OK button of the confirmation',
        10
      );
      await t.page.keyboard.press('Enter');
      await t.waitForText('[data-verdict]', /is not API-only/, 'the verdict after the fix');
    }
  },
  {
    name: 'bulk editor: select a set, turn MFA for UI Logins on, preview, apply, see the result, undo it',
    needs: ['c/mfaPermissionEditor'],
    async run(t) {
      await t.open({ as: ADMIN, surface: 'editor' });
      const row = t.page.getByRole('row', { name: /Contract Manager/ }).first();
      await row.waitFor({ timeout: 20000 });
      await row.getByRole('checkbox').first().check({ force: true });
      await t.page.getByRole('button', { name: 'Bulk actions on the selected rows' }).click();
      await t.page
        .getByRole('menuitem', {
          name: /^Turn Multi-Factor Authentication for User Interface Logins on/
        })
        .click();
      await t.page.getByRole('button', { name: 'Preview changes' }).click();
      await t.waitForText('c-mfa-editor-preview', /Contract/, 'the preview of the change');
      await t.page.getByRole('button', { name: 'Apply changes' }).click();
      await t.waitForText(
        'c-mfa-permission-editor',
        /Every row was applied/,
        'the per-row results',
        20000
      );
      // The history is recorded just after the write (a Queueable in the org): refresh until it shows.
      const changeSets = t.page.locator('c-mfa-editor-history li.change-set');
      for (let attempt = 0; attempt < 20 && (await changeSets.count()) === 0; attempt++) {
        await t.page.waitForTimeout(500);
        await t.page.locator('c-mfa-editor-history .refresh button').first().click();
      }
      assert((await changeSets.count()) === 1, 'the applied change set is in the history');
      await changeSets
        .first()
        .getByRole('button', { name: /^Undo / })
        .click();
      for (let attempt = 0; attempt < 20 && (await changeSets.count()) < 2; attempt++) {
        await t.page.waitForTimeout(500);
        await t.page.locator('c-mfa-editor-history .refresh button').first().click();
      }
      assert(
        (await changeSets.count()) === 2,
        `the undo is recorded as a second change set: ${await t.page.locator('c-mfa-editor-history').innerText()}`
      );
    }
  }
];
