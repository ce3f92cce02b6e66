// Preview benchmark (issue 5, "Performance"): a synthetic 5,000-permission-set / 10,000-user
// snapshot (bench/generate.ts, deterministic, user 0 holds 300 assignments) opened in the preview,
// and the whyApiOnly panel rendering that user's verdict in Chromium. Prints a table; nothing is
// asserted: timings belong to this machine and this run. Without Chromium: a SKIPPED line, exit 0.
//
//   node preview/bench-preview.mjs            (also the last step of `npm run bench`)
//   node preview/bench-preview.mjs --build    rebuild the components even when they are current
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { findChromium, launchBrowser } from './browser/harness.mjs';
import { startPreview } from './lib/preview.mjs';
import { ROOT } from './lib/project.mjs';
import { lwcBundles } from '../scripts/lib/project.mjs';

const RUNS = 5;
const WARM_UP_RUNS = 1;
const TARGET_MS = 1000;
const TIMEOUT_MS = 60_000;
const OUT_DIR = path.join(ROOT, '.tmp', 'bench-preview');
const DATA_DIR = path.join(ROOT, '.tmp', 'bench');

/** bench/generate.ts, types stripped into an ES module (it imports only `fs`). */
async function loadGenerator() {
  const source = path.join(ROOT, 'bench', 'generate.ts');
  const { outputText } = ts.transpileModule(fs.readFileSync(source, 'utf8'), {
    fileName: source,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 }
  });
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const file = path.join(OUT_DIR, 'generate.mjs');
  fs.writeFileSync(file, outputText);
  return import(`${file}?t=${Date.now()}`);
}

/** True when every LWC bundle's .ts has a .js compiled from it since (what --skip-build needs). */
function buildIsCurrent() {
  const walk = function* (dir) {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === '__tests__' || entry.name === '__mocks__') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) yield* walk(full);
      else yield full;
    }
  };
  for (const bundle of lwcBundles()) {
    for (const file of walk(bundle.dir)) {
      if (!file.endsWith('.ts') || file.endsWith('.d.ts')) continue;
      const js = file.replace(/\.ts$/, '.js');
      if (!fs.existsSync(js) || fs.statSync(js).mtimeMs < fs.statSync(file).mtimeMs) return false;
    }
  }
  return true;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${Math.round(value).toLocaleString('en-US')} ms`;
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const kb = (bytes) => `${Math.round(bytes / 1e3).toLocaleString('en-US')} kB`;
const range = (values) => `${ms(Math.min(...values))}–${ms(Math.max(...values))}`;

/**
 * In the page, polled on every animation frame: the verdict element (found by XPath, which
 * sees through the synthetic shadow) once it has text and a box, with performance.now() at that
 * frame (milliseconds since the navigation started) and the page's resource timings.
 */
function verdictVisible() {
  const find = (xpath) =>
    document.evaluate(xpath, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null)
      .singleNodeValue;
  const verdict = find('//*[@data-verdict]');
  const failed = find(
    '//*[@data-state="error" or @data-state="not-allowed" or @data-state="empty"]'
  );
  const shown = (el) => el && el.getBoundingClientRect().height > 0 && el.innerText.trim();
  if (!shown(verdict) && !shown(failed)) return null;
  const at = performance.now();
  const navigation = performance.getEntriesByType('navigation')[0];
  const resources = performance.getEntriesByType('resource');
  const apex = resources.find((r) => r.name.includes('/apex/WhyApiOnlyController.getAccessFacts'));
  // The page's code: the module chunks (/app/…) fetched before the panel asked for its facts.
  const chunks = resources.filter(
    (r) => new URL(r.name).pathname.startsWith('/app/') && (!apex || r.startTime < apex.startTime)
  );
  return {
    at,
    state: shown(verdict) ? 'verdict' : failed.getAttribute('data-state'),
    text: (shown(verdict) ? verdict : failed).innerText.trim(),
    htmlMs: navigation ? navigation.responseEnd : null,
    bundleMs: chunks.length ? Math.max(...chunks.map((r) => r.responseEnd)) : null,
    bundleBytes: chunks.reduce((sum, r) => sum + r.encodedBodySize, 0),
    bundleFiles: chunks.length,
    apexStartMs: apex ? apex.startTime : null,
    apexEndMs: apex ? apex.responseEnd : null
  };
}

async function main() {
  const executablePath = findChromium();
  if (!executablePath) {
    console.log('');
    console.log(
      'SKIPPED: preview benchmark — no Chromium; install it: sudo apt-get install -y chromium'
    );
    console.log('');
    return 0;
  }
  const started = Date.now();

  // The snapshot: the engine benchmark's generator at the issue's size, written once.
  const generator = await loadGenerator();
  const shape = {
    ...generator.DEFAULT_SHAPE,
    users: 10_000,
    permissionSets: 5_000,
    assignments: 100_000,
    heavyUserAssignments: 300
  };
  fs.mkdirSync(DATA_DIR, { recursive: true });
  const file = path.join(
    DATA_DIR,
    `preview-snapshot-${shape.seed}-${shape.users}-${shape.permissionSets}-${shape.assignments}.json`
  );
  if (!fs.existsSync(file)) {
    const t = Date.now();
    const size = generator.writeBenchSnapshot(file, shape);
    console.log(
      `bench-preview: generated ${path.relative(ROOT, file)} (${mb(size)}) in ${ms(Date.now() - t)}`
    );
  }
  const heavyUserId = generator.benchId('005', 0);

  const skipBuild = !process.argv.includes('--build') && buildIsCurrent();
  console.log(
    `bench-preview: starting the preview on ${path.relative(ROOT, file)} ` +
      `(${skipBuild ? 'compiled components current: --skip-build' : 'building the components first'})`
  );
  let preview;
  let browser;
  try {
    const startedPreview = Date.now();
    preview = await startPreview({
      snapshot: file,
      port: 0,
      skipBuild,
      as: heavyUserId,
      log: (line) => console.log(line)
    });
    const readyMs = Date.now() - startedPreview;
    const pageUrl = `${preview.url}?${new URLSearchParams({ as: heavyUserId, surface: 'tab' })}`;

    // The server's share, without a browser: the page as that user, and the panel's Apex call.
    const pageMs = [];
    const factsMs = [];
    let pageBytes = 0;
    let factsBytes = 0;
    for (let i = 0; i < RUNS; i += 1) {
      let t = process.hrtime.bigint();
      const html = await (await fetch(pageUrl)).text();
      pageMs.push(Number(process.hrtime.bigint() - t) / 1e6);
      pageBytes = Buffer.byteLength(html);
      t = process.hrtime.bigint();
      const facts = await (
        await fetch(`${preview.url}apex/WhyApiOnlyController.getAccessFacts`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-preview-user': heavyUserId,
            // The preview refuses a POST from anywhere but its own page (requestGuard.mjs).
            origin: new URL(preview.url).origin
          },
          body: JSON.stringify({ userId: heavyUserId })
        })
      ).text();
      factsMs.push(Number(process.hrtime.bigint() - t) / 1e6);
      factsBytes = Buffer.byteLength(facts);
      if (!facts.startsWith('{"returnValue"'))
        throw new Error(`getAccessFacts failed: ${facts.slice(0, 300)}`);
    }

    // The browser: navigation to the tab as the 300-assignment user → verdict text visible.
    browser = await launchBrowser(executablePath);
    const page = await browser.context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const runs = [];
    let firstRun = null;
    for (let i = 0; i < WARM_UP_RUNS + RUNS; i += 1) {
      const t = Date.now();
      await page.goto(pageUrl, { waitUntil: 'commit' });
      const handle = await page.waitForFunction(verdictVisible, undefined, {
        polling: 'raf',
        timeout: TIMEOUT_MS
      });
      const run = await handle.jsonValue();
      await handle.dispose();
      run.outsideMs = Date.now() - t;
      if (run.state !== 'verdict') throw new Error(`the panel showed "${run.state}": ${run.text}`);
      if (i >= WARM_UP_RUNS) runs.push(run);
      else firstRun ??= run;
    }
    if (errors.length) console.log(`bench-preview: console errors:\n  ${errors.join('\n  ')}`);

    const panel = runs.map((r) => r.at);
    const panelMs = median(panel);
    const pick = (key) => median(runs.map((r) => r[key]).filter((v) => v !== null));
    const { timings } = preview;
    const rows = [
      [
        'snapshot',
        `${shape.users.toLocaleString('en-US')} users, ${shape.permissionSets.toLocaleString('en-US')} sets, ` +
          `${shape.groups} groups, ${shape.assignments.toLocaleString('en-US')} assignments, ` +
          `${mb(fs.statSync(file).size)}`,
        '',
        '',
        ''
      ],
      [
        'preview start, ready to serve (1 run)',
        `${ms(readyMs)} (server code and validation ${ms(timings.serverCode)}` +
          `${timings.build === undefined ? '' : `, build ${ms(timings.build)}`}, bundle ${ms(timings.bundle)})`,
        '',
        '',
        ''
      ],
      [
        'server load: snapshot read, validated, loaded into the Apex runtime',
        `${ms(timings.snapshot)} (of which the runtime: classes and org ${ms(timings.apexRuntime)})`,
        '',
        '',
        ''
      ],
      [
        `page served as that user, GET / (median of ${RUNS})`,
        `${ms(median(pageMs))} (${kb(pageBytes)})`,
        '',
        '',
        ''
      ],
      [
        `getAccessFacts for that user, server (median of ${RUNS})`,
        `${ms(median(factsMs))} (${mb(factsBytes)})`,
        '',
        '',
        ''
      ],
      [
        `panel: navigation → verdict visible, 300 assignments (median of ${RUNS})`,
        `${ms(panelMs)} (${range(panel)})`,
        '< 1 s',
        `${(panelMs / TARGET_MS).toFixed(2)}x`,
        panelMs < TARGET_MS ? 'met' : 'MISSED'
      ],
      ['  of which: page HTML received', ms(pick('htmlMs')), '', '', ''],
      [
        '  page code received (module chunks for this surface)',
        `${ms(pick('bundleMs'))} (${runs[0].bundleFiles} files, ${mb(runs[0].bundleBytes)})`,
        '',
        '',
        ''
      ],
      [
        '  getAccessFacts sent → answered',
        `${ms(pick('apexStartMs'))} → ${ms(pick('apexEndMs'))}`,
        '',
        '',
        ''
      ],
      [
        '  answer → verdict visible (JSON, engine, render)',
        ms(median(runs.map((r) => r.at - r.apexEndMs))),
        '',
        '',
        ''
      ],
      ['  goto → verdict seen by Playwright', ms(median(runs.map((r) => r.outsideMs))), '', '', ''],
      [
        'first navigation, fresh browser (the warm-up, not in the median)',
        ms(firstRun.at),
        '',
        `${(firstRun.at / TARGET_MS).toFixed(2)}x`,
        ''
      ]
    ];
    const head = ['measure', 'value', 'target', 'ratio', 'result'];
    const widths = head.map((_, c) => Math.max(...[head, ...rows].map((row) => row[c].length)));
    const line = (row) => row.map((cell, c) => cell.padEnd(widths[c])).join(' | ');
    console.log('');
    console.log(line(head));
    console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
    for (const row of rows) console.log(line(row));
    console.log('');
    console.log(`bench-preview: verdict: "${runs[0].text.slice(0, 120)}"`);
    console.log(
      `bench-preview: ${executablePath}, ${WARM_UP_RUNS} warm-up + ${RUNS} runs, ` +
        `total ${((Date.now() - started) / 1000).toFixed(1)} s`
    );
    return 0;
  } finally {
    await browser?.close();
    await preview?.close();
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`bench-preview: failed: ${e && e.stack ? e.stack : e}`);
    process.exit(1);
  }
);
