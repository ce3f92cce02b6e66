// Starts the preview: build (tsc via scripts/build.mjs), bundle the page and the server code,
// load and validate the snapshot, serve. Used by `npm start` and by the browser tests.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { bundlePreview } from './bundle.mjs';
import { ApexHost } from './apexHost.mjs';
import { buildServerCode } from './server-code.mjs';
import { createServer, listen } from './server.mjs';
import { DEMO_ORG, OUT_DIR, ROOT } from './project.mjs';

/** A problem the user can fix (bad snapshot, unknown user): printed as one line, exit 2. */
export class PreviewInputError extends Error {}

function runBuild() {
  const started = Date.now();
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], {
    cwd: ROOT,
    stdio: 'inherit'
  });
  if (result.status !== 0) {
    throw new Error(
      'scripts/build.mjs failed (see above): the preview needs the compiled components'
    );
  }
  return Date.now() - started;
}

function findUser(users, wanted) {
  if (!wanted) return null;
  const lower = wanted.toLowerCase();
  return (
    users.find(
      (u) => u.id === wanted || u.id.slice(0, 15) === wanted || u.username.toLowerCase() === lower
    ) ?? null
  );
}

/**
 * @param {object} options
 * @param {string} [options.snapshot] snapshot file (default: the demo org)
 * @param {number} [options.port] default 3000; a free port is chosen when taken; 0 = any
 * @param {boolean} [options.skipBuild] use the components compiled by an earlier build
 * @param {string} [options.as] default running user (Id or Username)
 * @param {number} [options.groupRecalculationMs] how long a changed group stays "Updating"
 * @param {(line: string) => void} [options.log]
 */
export async function startPreview(options = {}) {
  const log = options.log ?? ((line) => console.log(line));
  const timings = {};
  const snapshotFile = path.resolve(options.snapshot ?? DEMO_ORG);
  const snapshotLabel = path.relative(ROOT, snapshotFile).startsWith('..')
    ? snapshotFile
    : path.relative(ROOT, snapshotFile);
  if (!fs.existsSync(snapshotFile)) throw new PreviewInputError(`${snapshotLabel}: no such file`);

  // The snapshot's validation first (compiled from TypeScript here): a bad snapshot is reported
  // before the build and the long page bundle.
  let started = Date.now();
  const server = await buildServerCode({ outDir: path.join(OUT_DIR, 'server') });
  const { parseSnapshot } = await import(`${server.snapshot}?t=${Date.now()}`);
  // timings.snapshot: what the snapshot itself costs (read, validate, load it into the runtime's org).
  let snapshotStarted = Date.now();
  const text = fs.readFileSync(snapshotFile, 'utf8');
  let snapshot;
  try {
    snapshot = parseSnapshot(text);
  } catch (e) {
    if (e && e.name === 'SnapshotError')
      throw new PreviewInputError(`${snapshotLabel}: ${e.message}`);
    throw e;
  }
  timings.snapshot = Date.now() - snapshotStarted;
  timings.serverCode = Date.now() - started;

  if (!options.skipBuild) timings.build = runBuild();
  started = Date.now();
  const page = await bundlePreview({ outDir: OUT_DIR });
  timings.bundle = Date.now() - started;
  for (const warning of page.warnings) log(`preview: bundle warning: ${warning}`);

  // The engine validates the objects it reads and leaves out the others; the org keeps every
  // captured object (CustomPermission and SetupEntityAccess decide the app's authority).
  void snapshot;
  snapshotStarted = Date.now();
  const raw = JSON.parse(text);
  // The real Apex in the offline runtime (the classes load once per process; built above).
  const runtimeStarted = Date.now();
  const apex = new ApexHost({
    snapshot: raw,
    notes: raw.preview?.notes ?? {},
    groupRecalculationMs: options.groupRecalculationMs ?? 1500,
    log
  });
  timings.apexRuntime = Date.now() - runtimeStarted;

  // A method the page imports that the Apex classes lack: its calls fail (as on deploy).
  const served = new Set(apex.methods().map((name) => name.toLowerCase()));
  const missing = page.apexImports.filter((name) => !served.has(name.toLowerCase()));
  for (const name of missing) {
    log(
      `preview: WARNING the page imports @salesforce/apex/${name}, which no Apex class declares @AuraEnabled: calls to it fail`
    );
  }

  const users = apex.users();
  const active = users.filter((u) => u.active);
  if (active.length === 0)
    throw new PreviewInputError(`${snapshotLabel}: no active user to run as`);
  const chosen = findUser(users, options.as);
  if (options.as && !chosen)
    throw new PreviewInputError(`--as ${options.as}: no such user in ${snapshotLabel}`);
  const defaultUserId =
    chosen?.id ??
    raw.preview?.defaultRunningUserId ??
    [...active].sort((a, b) => a.name.localeCompare(b.name))[0].id;
  const defaultRecordUserId = raw.preview?.defaultRecordUserId ?? defaultUserId;
  timings.snapshot += Date.now() - snapshotStarted;

  const httpServer = createServer({
    bundle: page,
    apex,
    snapshotLabel,
    defaultUserId,
    defaultRecordUserId
  });
  const port = await listen(httpServer, options.port ?? 3000);
  const url = `http://localhost:${port}/`;
  return {
    url,
    port,
    timings,
    page,
    users,
    defaultUserId,
    missingApexMethods: missing,
    apex,
    async close() {
      apex.dispose();
      await new Promise((resolve) => httpServer.close(resolve));
      httpServer.closeAllConnections?.();
    }
  };
}
