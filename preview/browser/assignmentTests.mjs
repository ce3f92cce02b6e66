// Browser tests of the bulk assignment (seed 002): find users with the Apex user search, choose
// them, assign a set granting MFA for UI Logins, preview, apply, per-row results, undo.
import { assert } from './harness.mjs';

const ADMIN = 'Alex Morgan';
const INTEGRATION_USERS = [
  'Data Warehouse Export',
  'ERP Integration',
  'Marketing Sync Integration',
  'Sales Cookie Integration'
];

/** The names in the user search's results table, in order. */
async function resultNames(t) {
  return t.page.locator('c-mfa-editor-user-picker tr.user-row th').allInnerTexts();
}

/** Ticks a checkbox from the keyboard (SLDS hides the input under its styled box). */
async function pressSpaceOn(t, checkbox) {
  await checkbox.focus();
  await t.page.keyboard.press('Space');
}

/** Clicks the history's refresh until it lists `count` change sets. */
async function historyReaches(t, count) {
  const changeSets = t.page.locator('c-mfa-editor-history li.change-set');
  for (let attempt = 0; attempt < 20 && (await changeSets.count()) < count; attempt++) {
    await t.page.waitForTimeout(300);
    await t.page.locator('c-mfa-editor-history .refresh button').first().click();
  }
  return changeSets.count();
}

export const ASSIGNMENT_TESTS = [
  {
    name: 'bulk assignment: search users by licence and name, choose them, assign MFA for UI Logins, preview, apply, results, undo',
    needs: ['c/mfaPermissionEditor', 'c/mfaEditorAssign', 'c/mfaEditorUserPicker'],
    async run(t) {
      await t.open({ as: ADMIN, surface: 'editor' });
      await t.page.getByRole('tab', { name: 'Bulk assignment' }).click();
      const assign = t.page.locator('c-mfa-editor-assign');
      await assign.getByRole('combobox', { name: 'Permission set' }).click();
      await assign.getByRole('option', { name: 'MFA for UI Logins', exact: true }).click();

      // Licence filter: the Salesforce Integration users, all chosen with "select all on page".
      await assign.getByRole('combobox', { name: 'Licence' }).click();
      await assign.getByRole('option', { name: 'Salesforce Integration', exact: true }).click();
      await t.waitForText(
        'c-mfa-editor-user-picker .result-count',
        /^4 users on this page\.$/,
        'the licence search'
      );
      const found = await resultNames(t);
      assert(
        JSON.stringify(found) === JSON.stringify(INTEGRATION_USERS),
        `the integration licence's users, by name: ${found.join(', ')}`
      );
      await pressSpaceOn(
        t,
        assign.getByRole('checkbox', { name: 'Choose every user on this page' })
      );
      await t.waitForText('c-mfa-editor-assign section.chosen h3', /\(4\)/, 'four chosen users');

      // A name search replaces the results; the choice so far is kept.
      await assign.getByRole('combobox', { name: 'Licence' }).click();
      await assign.getByRole('option', { name: 'Any', exact: true }).first().click();
      await assign.getByRole('searchbox', { name: 'Name or username' }).fill('paul');
      await t.waitForText(
        'c-mfa-editor-user-picker .result-count',
        /^1 users on this page\.$/,
        'the name search'
      );
      await pressSpaceOn(t, assign.getByRole('checkbox', { name: 'Choose Paul Ortega' }));
      await t.waitForText('c-mfa-editor-assign section.chosen h3', /\(5\)/, 'five chosen users');

      await assign.getByRole('button', { name: 'Preview', exact: true }).click();
      await t.waitForText(
        'c-mfa-editor-assign .assign-preview',
        /Paul Ortega[\s\S]*Will be assigned/,
        'the preview rows'
      );
      const planned = await assign.locator('tr.plan-row').allInnerTexts();
      const planStatus = (status) => planned.filter((row) => row.includes(status)).length;
      assert(
        planned.length === 5 && planStatus('Will be assigned') === 3,
        `three new assignments; ERP and the warehouse export hold the set already: ${planned.join(' / ')}`
      );
      await assign.getByRole('button', { name: 'Apply to the chosen users' }).click();
      await t.waitForText(
        'c-mfa-editor-assign c-mfa-editor-results',
        /Every row was applied/,
        'the per-row results',
        20000
      );
      const outcomes = await assign.locator('c-mfa-editor-results tr.outcome th').allInnerTexts();
      assert(
        outcomes.filter((status) => status === 'Applied').length === 3 &&
          outcomes.filter((status) => status === 'Skipped').length === 2,
        `three applied, two skipped as already assigned: ${outcomes.join(', ')}`
      );

      assert((await historyReaches(t, 1)) === 1, 'the assignment is in the history');
      await assign.getByRole('button', { name: 'Undo this change set' }).click();
      assert(
        (await historyReaches(t, 2)) === 2,
        `the undo is recorded as a second change set: ${await t.page.locator('c-mfa-editor-history').innerText()}`
      );
    }
  }
];
