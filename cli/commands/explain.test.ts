/** @jest-environment node */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  explainUser,
  parseSnapshot
} from '../../force-app/main/default/lwc/accessEngine/accessEngine';
import { runCliCapturing } from '../testing/runCliCapturing';

const FIXTURES = join(__dirname, '..', '__fixtures__');
const SEED_000 = join(FIXTURES, 'seed000.snapshot.json');

function explain(...flags: string[]) {
  return runCliCapturing(['explain', '--snapshot', SEED_000, ...flags]);
}

describe('why-api-only explain', () => {
  it('starts with the verdict naming the group and its member set (seed 000)', async () => {
    const run = await explain('--user', 'jane.doe@example.com');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n')[0]).toBe(
      'jane.doe@example.com is API-only because permission set group Integration_Bundle includes permission set Integration_Base, which grants API Only User.'
    );
  });

  it('shows each permission with its sources as a tree', async () => {
    const { stdout } = await explain('--user', 'jane.doe@example.com');
    expect(stdout).toContain(
      [
        '  API Only User: yes',
        '    └─ permission set group Integration_Bundle → member set Integration_Base: in effect',
        '  API Enabled: yes',
        '    ├─ profile Standard User: in effect',
        '    └─ permission set group Integration_Bundle → member set Integration_Base: in effect'
      ].join('\n')
    );
    expect(stdout).toContain(
      '  Multi-Factor Authentication for API Logins: no (no source grants it)'
    );
  });

  it('says which muting set keeps a member set from granting, and that it is not in effect', async () => {
    const run = await explain('--user', 'bob.sales@example.com');
    expect(run.stdout.split('\n')[0]).toMatch(/^bob\.sales@example\.com is not API-only/);
    expect(run.stdout).toContain(
      "    └─ permission set group Sales_Bundle → member set Integration_Base → muted by Sales_Bundle_Muting: not in effect because the group's muting permission set removes it"
    );
    expect(run.stdout).toContain('Findings: none');
  });

  it('lists the findings with their fixes and whom each fix affects', async () => {
    const { stdout } = await explain('--user', 'jane.doe@example.com');
    const findings = stdout.slice(stdout.indexOf('Findings:'));
    expect(findings).toMatch(/^ {2}\[warning\] .*Integration_Bundle.*\(API_ONLY_VIA_GROUP\)$/m);
    expect(findings).toMatch(
      /^ {6}fix: Remove the assignment of permission set group Integration_Bundle from jane\.doe@example\.com \(this user only\)\.$/m
    );
    expect(findings).toMatch(
      /^ {6}fix: Mute API Only User in group Integration_Bundle .* \[in Setup\]$/m
    );
  });

  it('explains a user given by Id the same as by username', async () => {
    const byId = await explain('--user', '005000000000001AAA');
    const byUsername = await explain('--user', 'jane.doe@example.com');
    expect(byId.stdout).toBe(byUsername.stdout);
  });

  it('prints exactly the engine explanation object with --json', async () => {
    const run = await explain('--user', 'jane.doe@example.com', '--json');
    const facts = parseSnapshot(readFileSync(SEED_000, 'utf8'));
    expect(JSON.parse(run.stdout)).toEqual(
      JSON.parse(JSON.stringify(explainUser(facts, 'jane.doe@example.com')))
    );
  });

  it('exits with 1 for an API-only user when --fail-if-api-only is given', async () => {
    const run = await explain('--user', 'jane.doe@example.com', '--fail-if-api-only', '--json');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).apiOnly).toBe(true);
  });

  it('exits with 0 for a user who is not API-only even with --fail-if-api-only', async () => {
    expect((await explain('--user', 'bob.sales@example.com', '--fail-if-api-only')).code).toBe(0);
  });

  it('exits with 2 and one line for an unknown user', async () => {
    const run = await explain('--user', 'nobody@example.com');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'why-api-only: No user with Id or Username "nobody@example.com" in the facts.\n'
    );
  });

  it('exits with 2 when --user is missing', async () => {
    const run = await explain();
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'why-api-only: explain: missing --user.\n'
    });
  });

  it('exits with 2 when neither or both of --snapshot and --target-org are given', async () => {
    const neither = await runCliCapturing(['explain', '--user', 'x']);
    expect(neither.code).toBe(2);
    expect(neither.stderr).toBe(
      'why-api-only: explain: missing --snapshot <file> or --target-org <alias>.\n'
    );
    const both = await explain('--user', 'x', '--target-org', 'prod');
    expect(both.code).toBe(2);
    expect(both.stderr).toBe(
      'why-api-only: explain: give either --snapshot or --target-org, not both.\n'
    );
  });

  it('prints its usage with --help and exits with 0', async () => {
    const run = await runCliCapturing(['explain', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: why-api-only explain --user <username\|Id>/);
    expect(run.stdout).toContain('--fail-if-api-only');
  });

  it('reads a snapshot file without loading @salesforce/core (most of the start-up time)', async () => {
    await jest.isolateModulesAsync(async () => {
      jest.doMock('@salesforce/core', () => {
        throw new Error('@salesforce/core was loaded for a snapshot file');
      });
      const { runCliCapturing: isolatedRun } = await import('../testing/runCliCapturing');
      const run = await isolatedRun([
        'explain',
        '--snapshot',
        SEED_000,
        '--user',
        'jane.doe@example.com'
      ]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
    });
  });
});
