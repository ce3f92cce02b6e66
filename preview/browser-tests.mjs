// `npm run test:browser`: starts the preview on a free port and runs preview/browser/tests.mjs
// in Debian's Chromium (playwright-core, fresh profile). Without Chromium it prints a loud
// SKIPPED line and exits 0, unless REQUIRE_BROWSER=1 (CI), then it fails.
//
//   npm run test:browser                    build, bundle, test
//   npm run test:browser -- --skip-build    reuse the compiled components
//   npm run test:browser -- --grep <text>   only tests whose name contains <text>
import { startPreview } from './lib/preview.mjs';
import { findChromium, launchBrowser, testContext } from './browser/harness.mjs';
import { TESTS } from './browser/tests.mjs';

const args = process.argv.slice(2);
const grep = args.includes('--grep') ? args[args.indexOf('--grep') + 1] : null;
const started = Date.now();

const executablePath = findChromium();
if (!executablePath) {
  console.log('');
  console.log('SKIPPED: browser tests — install Chromium: sudo apt-get install -y chromium');
  console.log('');
  const required = process.env.REQUIRE_BROWSER === '1';
  console.log(
    `browser: 0 passed, ${required ? 1 : 0} failed (no Chromium${required ? ', REQUIRE_BROWSER=1' : ''})`
  );
  process.exit(required ? 1 : 0);
}

let preview;
let browser;
let passed = 0;
let failed = 0;
const pending = [];
try {
  preview = await startPreview({
    port: 0,
    skipBuild: args.includes('--skip-build'),
    // Groups recalculate quickly here so that tests don't wait on the stand-in's timer.
    groupRecalculationMs: 200,
    log: (line) => console.log(line)
  });
  console.log(
    `browser: preview at ${preview.url} (${preview.page.components.length} components; ` +
      `${preview.timings.build === undefined ? '' : `build ${(preview.timings.build / 1000).toFixed(1)} s, `}` +
      `bundle ${(preview.timings.bundle / 1000).toFixed(1)} s; ${executablePath})`
  );
  browser = await launchBrowser(executablePath);
  for (const test of TESTS) {
    if (grep && !test.name.includes(grep)) continue;
    const missing = (test.needs ?? []).filter((c) => !preview.page.components.includes(c));
    if (missing.length) {
      pending.push(`${test.name} (needs ${missing.join(', ')})`);
      continue;
    }
    preview.apex.reset();
    const page = await browser.context.newPage();
    const t = testContext({ page, baseUrl: preview.url, users: preview.users });
    const testStarted = Date.now();
    try {
      await test.run(t, { components: preview.page.components, preview });
      // Let late errors (a wire answering after the assertions) surface before judging.
      await page.waitForTimeout(300);
      if (t.errors.length) throw new Error(`console errors:\n      ${t.errors.join('\n      ')}`);
      // A call to an Apex method the runtime does not serve is a failure too: the screen
      // would silently show an error.
      const called = await page.evaluate(() =>
        (window.__WHY_PREVIEW_LOG__ ?? [])
          .filter((e) => e.kind === 'apex')
          .map((e) => e.detail.method)
      );
      const unanswered = [...new Set(called)].filter((m) => preview.missingApexMethods.includes(m));
      if (unanswered.length)
        throw new Error(`no @AuraEnabled method ${unanswered.join(', ')} in the Apex classes`);
      passed += 1;
      console.log(`  ✓ ${test.name} (${Date.now() - testStarted} ms)`);
    } catch (e) {
      failed += 1;
      console.log(
        `  ✗ ${test.name} (${Date.now() - testStarted} ms)\n      ${String(
          e && e.message ? e.message : e
        )
          .split('\n')
          .join('\n      ')}`
      );
      if (t.errors.length && !String(e.message).startsWith('console errors')) {
        console.log(`      console errors:\n      ${t.errors.join('\n      ')}`);
      }
    } finally {
      await page.close();
    }
  }
} catch (e) {
  failed += 1;
  console.log(`browser: could not run: ${e && e.stack ? e.stack : e}`);
} finally {
  await browser?.close();
  await preview?.close();
}
for (const p of pending) console.log(`  … pending: ${p}`);
console.log(
  `browser: ${passed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`
);
process.exit(failed > 0 ? 1 : 0);
