// Browser test of seed 003's option 2 in the preview: clone a set without MFA for API Logins,
// move a chosen user to the clone, then undo it all: the clone is deleted (after a confirmation
// that says so) and the user is back on the original.
import { assert } from './harness.mjs';

const ADMIN = 'Alex Morgan';
const SOURCE_LABEL = 'MFA for UI and API Logins';
const CLONE_NAME = 'MFA_UI_and_API_Logins_No_TwoFactorApi';
const MOVED = 'Priya Shah';
const CLONE_TAB = 'Clone without a permission';
const USERS_TO_MOVE = 'Users to move to the clone';

/** Chooses the original in the clone tab; resolves once its holders are listed. */
async function chooseSource(clone) {
  await clone.getByRole('combobox', { name: 'Permission set' }).click();
  await clone.getByRole('option', { name: SOURCE_LABEL, exact: true }).click();
  await clone.getByRole('group', { name: USERS_TO_MOVE }).waitFor();
}

/** Searches the grid (its tab open); resolves with whether any row shows that text. */
async function gridShows(t, text) {
  await t.page.getByRole('searchbox', { name: 'Search by name' }).fill(text);
  await t.page.getByRole('button', { name: 'Search', exact: true }).click();
  const noRows = t.page.locator('c-mfa-permission-editor p.no-rows');
  const row = t.page.getByRole('row', { name: new RegExp(text) }).first();
  await Promise.race([noRows.waitFor(), row.waitFor()]);
  return (await row.count()) > 0;
}

export const CLONE_TESTS = [
  {
    name: 'clone without MFA for API Logins: choose the set and a user, preview, apply, results, then undo deletes the clone and moves the user back',
    needs: ['c/mfaPermissionEditor', 'c/mfaEditorCloneWithout'],
    async run(t) {
      await t.open({ as: ADMIN, surface: 'editor' });
      await t.page.getByRole('tab', { name: CLONE_TAB }).click();
      const clone = t.page.locator('c-mfa-editor-clone-without');
      await chooseSource(clone);
      // The field to leave out defaults to MFA for API Logins (seed 003).
      await clone.locator('label').filter({ hasText: MOVED }).click();
      await clone.getByRole('button', { name: 'Preview the clone' }).click();
      await t.waitForText(
        'c-mfa-editor-clone-without .clone-preview',
        new RegExp(`${CLONE_NAME}[\\s\\S]*Multi-Factor Authentication for API Logins: On → Off`),
        'the preview of the clone'
      );
      await t.waitForText('c-mfa-editor-clone-without .moves', /1/, 'one user to move');
      await t.waitForText(
        'c-mfa-editor-clone-without .copied',
        /Copied to the clone: \d+ user permission/,
        'what the clone copies, as counted on the server'
      );

      await clone.getByRole('button', { name: 'Clone and move the users' }).click();
      await t.waitForText(
        'c-mfa-editor-clone-without c-mfa-editor-results',
        /The clone carries everything of the original that Apex reads/,
        'the per-row results',
        20000
      );
      const outcomes = await clone.locator('c-mfa-editor-results tr.outcome').allInnerTexts();
      assert(
        outcomes.length === 2 &&
          outcomes.every((row) => row.includes(MOVED)) &&
          outcomes.some((row) => row.includes(CLONE_NAME)),
        `the user moved off the original, onto the clone: ${outcomes.join(' / ')}`
      );

      await clone.getByRole('button', { name: 'Undo this change set' }).click();
      const dialog = t.page.locator('section[role="alertdialog"], section[role="dialog"]').first();
      await dialog.waitFor({ timeout: 10000 });
      const question = await dialog.innerText();
      assert(
        question.includes(`deletes the permission set ${CLONE_NAME}`),
        `the confirmation says the clone will be deleted: ${question}`
      );
      await dialog.getByRole('button', { name: 'OK' }).click();
      await t.waitForText(
        'c-mfa-permission-editor c-mfa-editor-results.undo-result',
        /permission set deleted/,
        'the undo results',
        20000
      );

      // A fresh page reads the org again: the clone is gone, the user is back on the original.
      await t.open({ as: ADMIN, surface: 'editor' });
      assert(!(await gridShows(t, CLONE_NAME)), 'the clone is gone from the grid');
      await gridShows(t, SOURCE_LABEL);
      await t.page.getByRole('tab', { name: CLONE_TAB }).click();
      await chooseSource(clone);
      const holders = await clone.getByRole('group', { name: USERS_TO_MOVE }).innerText();
      assert(holders.includes(MOVED), `${MOVED} holds the original again: ${holders}`);
    }
  }
];
