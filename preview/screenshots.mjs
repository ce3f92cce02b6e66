// Writes PNG screenshots of each screen of the preview to docs/ (for the README):
//
//   node preview/screenshots.mjs [--skip-build]
//
// Same browser as the tests (Debian's Chromium via playwright-core); fails without it.
import fs from 'node:fs';
import path from 'node:path';
import { startPreview } from './lib/preview.mjs';
import { findChromium, launchBrowser, testContext } from './browser/harness.mjs';
import { ROOT } from './lib/project.mjs';

const DOCS = path.join(ROOT, 'docs');

/** One entry per screenshot: who runs the page, which surface, what it shows. */
const SCREENS = [
  {
    file: 'preview-tab-locked-out.png',
    as: 'Dana Whitfield',
    surface: 'tab',
    caption: 'Seed 000: the locked-out user asks why'
  },
  {
    file: 'preview-record-admin.png',
    as: 'Alex Morgan',
    surface: 'record',
    record: 'Dana Whitfield',
    caption: 'The admin on the User record page'
  },
  {
    file: 'preview-record-integration-mfa-api.png',
    as: 'Alex Morgan',
    surface: 'record',
    record: 'Sales Cookie Integration',
    caption: 'Seed 003: an integration broken by MFA for API Logins'
  },
  {
    file: 'preview-not-allowed.png',
    as: 'Jordan Lee',
    surface: 'record',
    record: 'Dana Whitfield',
    caption: 'A viewer without authority'
  },
  {
    file: 'preview-utility-bar.png',
    as: 'Alex Morgan',
    surface: 'utility',
    caption: 'The utility bar'
  },
  {
    file: 'preview-bulk-editor.png',
    as: 'Alex Morgan',
    surface: 'editor',
    caption: 'The bulk MFA editor'
  },
  {
    file: 'preview-bulk-assignment.png',
    as: 'Alex Morgan',
    surface: 'editor',
    caption: 'Bulk assignment (seed 002): the integration users found by licence',
    async prepare(t) {
      await t.page.getByRole('tab', { name: 'Bulk assignment' }).click();
      const assign = t.page.locator('c-mfa-editor-assign');
      await assign.getByRole('combobox', { name: 'Permission set' }).click();
      await assign.getByRole('option', { name: 'MFA for UI Logins', exact: true }).click();
      await assign.getByRole('combobox', { name: 'Licence' }).click();
      await assign.getByRole('option', { name: 'Salesforce Integration', exact: true }).click();
      await t.waitForText(
        'c-mfa-editor-user-picker .result-count',
        /users on this page/,
        'the licence search'
      );
    }
  }
];

const executablePath = findChromium();
if (!executablePath) {
  console.error('screenshots: no Chromium — install it: sudo apt-get install -y chromium');
  process.exit(1);
}
const preview = await startPreview({
  port: 0,
  skipBuild: process.argv.includes('--skip-build'),
  log: (l) => console.log(l)
});
const browser = await launchBrowser(executablePath);
fs.mkdirSync(DOCS, { recursive: true });
let failures = 0;
try {
  for (const screen of SCREENS) {
    preview.apex.reset();
    const page = await browser.context.newPage();
    const t = testContext({ page, baseUrl: preview.url, users: preview.users });
    try {
      await t.open(screen);
      const surfaceComponent = {
        tab: 'c/whyApiOnly',
        record: 'c/whyApiOnly',
        utility: 'c/whyApiOnly',
        editor: 'c/mfaPermissionEditor'
      }[screen.surface];
      if (surfaceComponent === 'c/whyApiOnly' && preview.page.components.includes('c/whyApiOnly'))
        await t.panelSettled();
      else await page.waitForTimeout(1500);
      if (screen.prepare) await screen.prepare(t);
      await page.screenshot({ path: path.join(DOCS, screen.file), fullPage: true });
      console.log(
        `screenshots: docs/${screen.file} — ${screen.caption}${t.errors.length ? ` (console errors: ${t.errors.length})` : ''}`
      );
    } catch (e) {
      failures += 1;
      console.error(`screenshots: ${screen.file} failed: ${e.message}`);
    } finally {
      await page.close();
    }
  }
} finally {
  await browser.close();
  await preview.close();
}
process.exit(failures ? 1 : 0);
