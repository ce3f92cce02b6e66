/** @jest-environment ./cli/testing/nodeEnvironment.js */
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeSalesforceApi } from '../testing/fakeSalesforceApi';
import { FakeOrgOptions } from '../testing/fakeOrgFromSnapshot';
import { SEED_000, startLoggedInFakeOrg } from '../testing/loggedInFakeOrg';
import { runCliCapturing } from '../testing/runCliCapturing';
import { TemporarySfHome, useTemporarySfHome } from '../testing/temporarySfLogin';

describe('why-api-only against an org through the sf login (local fake REST API)', () => {
  let sfHome: TemporarySfHome;
  let outDir: string;
  let api: FakeSalesforceApi | undefined;

  beforeAll(async () => {
    sfHome = await useTemporarySfHome();
    outDir = mkdtempSync(join(tmpdir(), 'why-api-only-out-'));
  });
  afterAll(async () => {
    rmSync(outDir, { recursive: true, force: true });
    await sfHome.restore();
  });
  afterEach(async () => {
    await api?.close();
    api = undefined;
  });

  async function org(options: Partial<FakeOrgOptions> = {}, pageSize = 2) {
    const started = await startLoggedInFakeOrg(options, pageSize);
    api = started.api;
    return started;
  }

  it('snapshot writes every object of the org to --out, read page by page', async () => {
    const { alias } = await org();
    const out = join(outDir, 'org.json');
    const run = await runCliCapturing(['snapshot', '--target-org', alias, '--out', out]);

    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const written = JSON.parse(readFileSync(out, 'utf8'));
    expect(written).toEqual({
      schemaVersion: 1,
      capturedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      records: SEED_000.records,
      permissionFields: SEED_000.permissionFields
    });
    expect(run.stderr).toMatch(/^User 4\/4$/m);
    expect(run.stderr).toMatch(/^PermissionSetAssignment 7\/7$/m);
    expect(run.stderr).toContain(
      `Wrote ${out}: 4 User, 3 Profile, 2 UserLicense, 8 PermissionSet,`
    );
  });

  it('snapshot reports fields the org lacks and objects it may not read on stderr, and still succeeds', async () => {
    const { alias } = await org({
      missingFields: {
        PermissionSet: ['PermissionsBypassMFAForUiLogins'],
        MutingPermissionSet: ['PermissionsBypassMFAForUiLogins']
      },
      extraObjects: { TwoFactorMethodsInfo: [{ UserId: '005000000000001AAA', HasTotp: true }] },
      unreadable: ['TwoFactorMethodsInfo']
    });
    const out = join(outDir, 'partial.json');
    const run = await runCliCapturing(['snapshot', '--target-org', alias, '--out', out]);

    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      'note: PermissionSet has no field PermissionsBypassMFAForUiLogins in this org (Waive Multi-Factor Authentication for Exempt Users): skipped.\n'
    );
    expect(run.stderr).toMatch(/^note: TwoFactorMethodsInfo not captured: INVALID_TYPE: /m);
    expect(JSON.parse(readFileSync(out, 'utf8')).records).not.toHaveProperty(
      'TwoFactorMethodsInfo'
    );
  });

  it('snapshot shows progress in place on a terminal', async () => {
    const { alias } = await org();
    const run = await runCliCapturing(
      ['snapshot', '--target-org', alias, '--out', join(outDir, 'tty.json')],
      { stderrIsTTY: true }
    );
    expect(run.stderr).toContain('\r\x1b[2KUser 2/4 …\r\x1b[2KUser 4/4\n');
  });

  it('an expired session exits with 3 and one line telling how to log in again', async () => {
    const { alias, api: server } = await org();
    server.expireSession();
    const run = await runCliCapturing([
      'snapshot',
      '--target-org',
      alias,
      '--out',
      join(outDir, 'expired.json')
    ]);
    expect(run.code).toBe(3);
    expect(run.stderr).toBe(
      `why-api-only: The session for ${alias} has expired or is invalid (Session expired or invalid): log in again with \`sf org login web --alias ${alias}\`.\n`
    );
  });

  it('a required field the org rejects exits with 3 and the platform message on one line', async () => {
    const { alias } = await org({ missingFields: { PermissionSet: ['HasActivationRequired'] } });
    const run = await runCliCapturing(['audit', '--target-org', alias]);
    expect(run.code).toBe(3);
    expect(run.stderr.split('\n').at(-2)).toBe(
      "why-api-only: Reading PermissionSet failed: INVALID_FIELD: No such column 'HasActivationRequired' on entity 'PermissionSet'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names."
    );
  });

  // jsforce retries a refused connection five times, waiting 0.5 s, 1 s, 2 s, 4 s and 8 s. The
  // test keeps the retries and drops the waits: only sleeps of those lengths are shortened (the
  // request's own longer timeouts are left alone).
  it('an org that no longer answers exits with 3', async () => {
    const { alias, api: server } = await org();
    await server.close();
    api = undefined;
    const BACKOFFS = [500, 1000, 2000, 4000, 8000];
    const realSetTimeout = global.setTimeout;
    const backoffs: number[] = [];
    const shortened = jest.spyOn(global, 'setTimeout').mockImplementation(((
      callback: (...args: unknown[]) => void,
      ms?: number,
      ...args: unknown[]
    ) => {
      if (!BACKOFFS.includes(ms ?? 0)) return realSetTimeout(callback, ms, ...args);
      backoffs.push(ms as number);
      return realSetTimeout(callback, 1, ...args);
    }) as typeof setTimeout);
    const run = await runCliCapturing(['audit', '--target-org', alias]).finally(() =>
      shortened.mockRestore()
    );
    expect(backoffs).toEqual(BACKOFFS);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(
      new RegExp(
        `^why-api-only: Cannot reach ${alias}: connect ECONNREFUSED 127\\.0\\.0\\.1:\\d+$`,
        'm'
      )
    );
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('an alias with no sf login exits with 2', async () => {
    const run = await runCliCapturing(['audit', '--target-org', 'never-logged-in']);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'why-api-only: No Salesforce CLI login for "never-logged-in": log in first with `sf org login web --alias never-logged-in`.\n'
    });
  });

  it('explain --target-org reads the org in memory and explains the seed 000 user', async () => {
    const { alias } = await org();
    const fromOrg = await runCliCapturing([
      'explain',
      '--user',
      'jane.doe@example.com',
      '--target-org',
      alias,
      '--fail-if-api-only'
    ]);
    expect(fromOrg.code).toBe(1);
    expect(fromOrg.stdout.split('\n')[0]).toBe(
      'jane.doe@example.com is API-only because permission set group Integration_Bundle includes permission set Integration_Base, which grants API Only User.'
    );
    expect(fromOrg.stderr).toMatch(/^PermissionSet 8\/8$/m);
  });

  it('audit --target-org gives the same rows as the audit of the snapshot file', async () => {
    const { alias } = await org();
    const fromOrg = await runCliCapturing(['audit', '--target-org', alias, '--csv']);
    const fromFile = await runCliCapturing([
      'audit',
      '--snapshot',
      join(__dirname, '..', '__fixtures__', 'seed000.snapshot.json'),
      '--csv'
    ]);
    expect(fromOrg.code).toBe(0);
    expect(fromOrg.stdout).toBe(fromFile.stdout);
  });

  it('snapshot exits with 2 without --out or --target-org, and prints its usage with --help', async () => {
    expect((await runCliCapturing(['snapshot', '--target-org', 'x'])).stderr).toBe(
      'why-api-only: snapshot: missing --out.\n'
    );
    expect((await runCliCapturing(['snapshot', '--out', 'x.json'])).code).toBe(2);
    const help = await runCliCapturing(['snapshot', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: why-api-only snapshot --target-org/);
  });

  it('snapshot exits with 2 when --out cannot be written', async () => {
    const { alias } = await org();
    const out = join(outDir, 'no-such-dir', 'org.json');
    const run = await runCliCapturing(['snapshot', '--target-org', alias, '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`why-api-only: Cannot write ${out}: ENOENT\\.\\n$`));
  });

  it('snapshot exits with 2 naming --out when it is a symbolic link, and leaves its target alone', async () => {
    const { alias } = await org();
    const pointee = join(outDir, 'pointee.txt');
    writeFileSync(pointee, 'not yours\n');
    const out = join(outDir, 'link.json');
    symlinkSync(pointee, out);
    const run = await runCliCapturing(['snapshot', '--target-org', alias, '--out', out]);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: `why-api-only: Cannot write ${out}: it is a symbolic link; give the path of a regular file.\n`
    });
    expect(readFileSync(pointee, 'utf8')).toBe('not yours\n');
  });

  it("explain --target-org exits with 3 when the org's records do not link up", async () => {
    const dangling = SEED_000.records.PermissionSetAssignment.map(
      (assignment: Record<string, unknown>, index: number) =>
        index === 0 ? { ...assignment, PermissionSetId: '0PS00000000099XAAA' } : assignment
    );
    const { alias } = await org({ extraObjects: { PermissionSetAssignment: dangling } });
    const run = await runCliCapturing([
      'explain',
      '--user',
      'jane.doe@example.com',
      '--target-org',
      alias
    ]);
    expect(run.code).toBe(3);
    expect(run.stderr.split('\n').at(-2)).toBe(
      `why-api-only: The facts read from ${alias} are unusable: Snapshot: PermissionSetAssignment 0Pa000000000001AAA, field PermissionSetId: links to PermissionSet 0PS00000000099XAAA, which is not in the snapshot.`
    );
  });
});
