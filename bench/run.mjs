// npm run bench: generates (once) a 100,000-user / 1,000,000-assignment snapshot, then measures
// auditOrg against JSON.parse of the same text, peak memory, and explainUser on a user with 300
// assignments. Figures are printed, not asserted: timings belong to this machine and this run.
// Then the offline Apex runtime's (bench/apex.mjs; `npm run bench -- --apex` runs only it) and the
// preview benchmark (preview/bench-preview.mjs); `npm run bench -- --preview` runs only it.
// `npm run bench -- --apex-scale` runs only bench/apex-scale.mjs (not part of the default run): the
// Apex calls' governor-limit use at the claimed org sizes.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { apexBench } from './apex.mjs';
import { apexScaleBench } from './apex-scale.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = path.join(root, '.tmp', 'bench-build');
const dataDir = path.join(root, '.tmp', 'bench');
const require = createRequire(import.meta.url);
const HEAP_MB = 3072;
const PARSE_AND_AUDIT_ROUNDS = 3;
const EXPLAIN_RUNS = 2000;

function compile() {
  // Only the engine and the generator, to CommonJS: independent of the rest of the project's build.
  execFileSync(
    process.execPath,
    [
      path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
      '--outDir',
      buildDir,
      '--rootDir',
      root,
      '--module',
      'commonjs',
      '--moduleResolution',
      'node10',
      '--target',
      'ES2022',
      '--strict',
      '--skipLibCheck',
      '--types',
      'node',
      path.join(root, 'bench', 'generate.ts'),
      path.join(root, 'force-app', 'main', 'default', 'lwc', 'accessEngine', 'accessEngine.ts')
    ],
    { stdio: 'inherit' }
  );
  return {
    generator: require(path.join(buildDir, 'bench', 'generate.js')),
    engine: require(
      path.join(buildDir, 'force-app', 'main', 'default', 'lwc', 'accessEngine', 'accessEngine.js')
    )
  };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function ms(start) {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Wall-clock and CPU milliseconds of one call: CPU time stays meaningful on a busy, shared machine. */
function timed(action) {
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  const result = action();
  const cpu = process.cpuUsage(cpuStart);
  return { result, wallMs: ms(start), cpuMs: (cpu.user + cpu.system) / 1000 };
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Runs in a child with a larger heap and --expose-gc; prints one JSON line of figures. */
function measure(file) {
  const { engine } = compile();
  const text = fs.readFileSync(file, 'utf8');
  const parseMs = [];
  const auditMs = [];
  const parseCpuMs = [];
  const auditCpuMs = [];
  let peakRss = process.memoryUsage().rss;
  let counts = null;
  let validateMs = 0;
  for (let round = 0; round < PARSE_AND_AUDIT_ROUNDS; round += 1) {
    globalThis.gc();
    const parsed = timed(() => JSON.parse(text));
    const facts = parsed.result;
    parseMs.push(parsed.wallMs);
    parseCpuMs.push(parsed.cpuMs);
    const audited = timed(() => engine.auditOrg(facts));
    auditMs.push(audited.wallMs);
    auditCpuMs.push(audited.cpuMs);
    counts = audited.result.counts;
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    if (round === 0) validateMs = timed(() => engine.validateSnapshot(facts)).wallMs;
  }
  globalThis.gc();
  const facts = JSON.parse(text);
  const heavy = facts.records.User[0].Id;
  const assignments = facts.records.PermissionSetAssignment.filter(
    (a) => a.AssigneeId === heavy
  ).length;
  engine.explainUser(facts, heavy); // builds the indexes once, as the panel does per fetch
  const warm = [];
  for (let i = 0; i < EXPLAIN_RUNS; i += 1) {
    const start = process.hrtime.bigint();
    engine.explainUser(facts, heavy);
    warm.push(ms(start));
  }
  // The panel's case: facts fetched for this one user (all sets and groups, its assignments).
  const own = {
    ...facts,
    records: {
      ...facts.records,
      User: [facts.records.User[0]],
      PermissionSetAssignment: facts.records.PermissionSetAssignment.filter(
        (a) => a.AssigneeId === heavy
      )
    }
  };
  const cold = [];
  for (let i = 0; i < 50; i += 1) {
    const fresh = { ...own };
    const start = process.hrtime.bigint();
    engine.explainUser(fresh, heavy);
    cold.push(ms(start));
  }
  peakRss = Math.max(peakRss, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
  console.log(
    JSON.stringify({
      bytes: text.length,
      parseMs: median(parseMs),
      auditMs: median(auditMs),
      parseCpuMs: median(parseCpuMs),
      auditCpuMs: median(auditCpuMs),
      validateMs,
      peakRss,
      assignments,
      explainWarmMs: median(warm),
      explainColdMs: median(cold),
      counts
    })
  );
}

/** preview/bench-preview.mjs (issue 5): the panel in Chromium on a 10,000-user snapshot. */
function previewBench() {
  const child = spawnSync(process.execPath, [path.join(root, 'preview', 'bench-preview.mjs')], {
    stdio: 'inherit'
  });
  if (child.status !== 0) process.exit(child.status ?? 1);
}

function main() {
  if (process.argv[2] === '--measure') return measure(process.argv[3]);
  if (process.argv.includes('--preview')) return previewBench();
  if (process.argv.includes('--apex')) return apexBench();
  // Issue 12, about 2 minutes: only on request, not part of the default run.
  if (process.argv.includes('--apex-scale')) return apexScaleBench();
  const { generator } = compile();
  const shape = generator.DEFAULT_SHAPE;
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(
    dataDir,
    `snapshot-${shape.seed}-${shape.users}-${shape.assignments}.json`
  );
  if (!fs.existsSync(file)) {
    const start = process.hrtime.bigint();
    const size = generator.writeBenchSnapshot(file, shape);
    process.stderr.write(
      `generated ${path.relative(root, file)} (${mb(size)}) in ${(ms(start) / 1000).toFixed(1)} s\n`
    );
  }
  const child = spawnSync(
    process.execPath,
    [
      `--max-old-space-size=${HEAP_MB}`,
      '--expose-gc',
      fileURLToPath(import.meta.url),
      '--measure',
      file
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }
  );
  if (child.status !== 0) {
    process.stderr.write(`benchmark failed (exit ${child.status})\n`);
    process.exit(1);
  }
  const r = JSON.parse(child.stdout.trim().split('\n').at(-1));
  const ratio = r.auditMs / r.parseMs;
  const cpuRatio = r.auditCpuMs / r.parseCpuMs;
  const rows = [
    [
      'snapshot',
      `${shape.users} users, ${shape.permissionSets} sets, ${shape.groups} groups, ${shape.assignments} assignments`,
      '',
      ''
    ],
    ['snapshot size', mb(r.bytes), '', ''],
    [
      'JSON.parse (median of 3), wall / CPU',
      `${r.parseMs.toFixed(0)} ms / ${r.parseCpuMs.toFixed(0)} ms`,
      '',
      ''
    ],
    [
      'auditOrg (median of 3, indexes included), wall / CPU',
      `${r.auditMs.toFixed(0)} ms / ${r.auditCpuMs.toFixed(0)} ms`,
      '',
      ''
    ],
    ['auditOrg / JSON.parse, wall', `${ratio.toFixed(2)}x`, '<= 2x', ratio <= 2 ? 'met' : 'MISSED'],
    [
      'auditOrg / JSON.parse, CPU (GC threads included)',
      `${cpuRatio.toFixed(2)}x`,
      '<= 2x',
      cpuRatio <= 2 ? 'met' : 'MISSED'
    ],
    ['validateSnapshot (once)', `${r.validateMs.toFixed(0)} ms`, '', ''],
    ['peak memory (RSS)', mb(r.peakRss), '< 2048 MB', r.peakRss < 2 * 1024 ** 3 ? 'met' : 'MISSED'],
    [
      `explainUser, ${r.assignments} assignments (median of ${EXPLAIN_RUNS})`,
      `${r.explainWarmMs.toFixed(3)} ms`,
      '< 1 ms',
      r.explainWarmMs < 1 ? 'met' : 'MISSED'
    ],
    ["explainUser on that user's own facts, cold", `${r.explainColdMs.toFixed(3)} ms`, '', ''],
    ['API-only users found', String(r.counts.apiOnlyUsers), '', '']
  ];
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((row) => row[c].length), 6));
  const line = (row) => row.map((cell, c) => cell.padEnd(widths[c])).join(' | ');
  console.log(line(['measure', 'value', 'target', 'result']));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const row of rows) console.log(line(row));
  console.log('');
  apexBench();
  previewBench();
}

main();
