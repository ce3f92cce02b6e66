// The browser test harness: Debian's Chromium driven by playwright-core (never a downloaded
// browser), a fresh profile, one page per test, console errors collected and failing the test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
];

/** The Chromium to use: $CHROMIUM_PATH, else Debian's. Null when none is installed. */
export function findChromium() {
  // $CHROMIUM_PATH, when set, is the only candidate (CHROMIUM_PATH=/none tries the skip path).
  const candidates = process.env.CHROMIUM_PATH
    ? [process.env.CHROMIUM_PATH]
    : ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((c) => fs.existsSync(c)) ?? null;
}

export async function launchBrowser(executablePath) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'why-preview-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1280, height: 900 }
  });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    }
  };
}

export class AssertionError extends Error {}

export function assert(condition, message) {
  if (!condition) throw new AssertionError(message);
}

/**
 * What a test receives. `open` loads the preview as a user on a surface and waits until the
 * shell has rendered; `errors` are the page's console errors and uncaught exceptions so far.
 */
export function testContext({ page, baseUrl, users }) {
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`uncaught: ${err.message}`));

  /** A demo user's Id by Name (e.g. "Dana Whitfield"). */
  function userId(name) {
    const user = users.find((u) => u.name === name);
    assert(user, `no user named ${name} in the snapshot`);
    return user.id;
  }

  async function open({ as, surface = 'tab', record } = {}) {
    const query = new URLSearchParams({ surface });
    if (as) query.set('as', userId(as));
    if (record) query.set('record', userId(record));
    await page.goto(`${baseUrl}?${query.toString()}`);
    await page.waitForSelector('[data-id="surface-body"]', { timeout: 30000 });
  }

  /** Waits until the panel has left its loading state; returns which state it settled in. */
  async function panelSettled(timeout = 20000) {
    const settled = page
      .locator(
        '[data-verdict], [data-state="not-allowed"], [data-state="error"], [data-state="empty"]'
      )
      .first();
    await settled.waitFor({ timeout });
    return settled;
  }

  /** The element focused inside (synthetic) shadow trees. */
  async function deepActive() {
    return page.evaluate(() => {
      let el = document.activeElement;
      while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
      if (!el) return null;
      return {
        tag: el.tagName.toLowerCase(),
        text: (el.textContent || '').trim(),
        aria: el.getAttribute('aria-label') || ''
      };
    });
  }

  /** Presses Tab until the focused element satisfies `match`, or fails after `max` presses. */
  async function tabTo(match, what, max = 80) {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      const active = await deepActive();
      if (active && match(active)) return active;
    }
    throw new AssertionError(`keyboard: ${what} not reached with ${max} Tab presses`);
  }

  /** Polls a locator's text until it matches (Playwright pierces the synthetic shadow). */
  async function waitForText(selector, pattern, what, timeout = 15000) {
    const deadline = Date.now() + timeout;
    let last = '';
    while (Date.now() < deadline) {
      const locator = page.locator(selector).first();
      if ((await locator.count()) > 0) {
        last = await locator.innerText().catch(() => last);
        if (pattern.test(last)) return last;
      }
      await page.waitForTimeout(200);
    }
    throw new AssertionError(
      `${what}: expected ${pattern} within ${timeout} ms, last text: ${last || '(none)'}`
    );
  }

  return { page, errors, userId, open, panelSettled, deepActive, tabTo, waitForText };
}
