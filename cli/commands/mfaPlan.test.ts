/** @jest-environment ./cli/testing/nodeEnvironment.js */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSnapshot } from '../../force-app/main/default/lwc/accessEngine/accessEngine';
import { planMfaEdits } from '../../force-app/main/default/lwc/accessEngine/plan';
import { FakeSalesforceApi } from '../testing/fakeSalesforceApi';
import { startLoggedInFakeOrg } from '../testing/loggedInFakeOrg';
import { runCliCapturing } from '../testing/runCliCapturing';
import { TemporarySfHome, useTemporarySfHome } from '../testing/temporarySfLogin';
import { parseSetFlag } from './mfaPlan';

const ROLLOUT = join(
  __dirname,
  '..',
  '..',
  'force-app/main/default/lwc/accessEngine/__tests__/fixtures/plan/rollout.json'
);

function mfaPlan(...flags: string[]) {
  return runCliCapturing(['mfa', 'plan', '--snapshot', ROLLOUT, ...flags]);
}

describe('why-api-only mfa plan', () => {
  it('prints the diff table with the dependent change marked, and exits 0 without blockers', async () => {
    const run = await mfaPlan('--set', 'MFA_Full=ui:off', '--as', 'ada@example.com');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      [
        'Changes Apex would write:',
        '  PERMISSION SET  PERMISSION                                             BEFORE  AFTER',
        '  MFA_Full        Multi-Factor Authentication for User Interface Logins  on      off',
        '  MFA_Full        Multi-Factor Authentication for API Logins             on      off    (dependent)'
      ].join('\n')
    );
    expect(run.stdout).toContain(
      '  MFA_Full: Multi-Factor Authentication for API Logins turned off too: it cannot stay on without Multi-Factor Authentication for User Interface Logins.'
    );
    expect(run.stdout).toContain('Affected users: 1\n  Gus Green <gus@example.com>:');
    expect(run.stdout).toContain('Blockers: none');
  });

  it('lists warnings with their codes, the org-wide setting info included', async () => {
    const { stdout } = await mfaPlan('--set', 'Integration_Base=api:on', '--as', 'ada@example.com');
    expect(stdout).toMatch(
      /^ {2}\[warning\] 1 API-only or integration user.*\(MFA_API_FOR_INTEGRATION_USERS\)$/m
    );
    expect(stdout).toMatch(/^ {2}\[info\] .*\(ORG_MFA_SETTING_UNREADABLE\)$/m);
  });

  it('exits 1 and lists the blockers when the plan has some', async () => {
    const run = await mfaPlan('--set', 'Sales_Team=api:on', '--set', 'acme__Managed_MFA=ui:on');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^ {2}\[locked\] acme__Managed_MFA belongs to managed package acme.*\(LOCKED_MANAGED_PACKAGE\)$/m
    );
    expect(run.stdout).toMatch(
      /^ {2}\[licence\] 1 user\(s\) with the Salesforce Limited Access - Free licence.*Fay Free\)\. \(LIMITED_ACCESS_FREE_GETS_UI_MFA\)$/m
    );
    expect(run.stdout).toContain('  acme__Managed_MFA: locked (LOCKED_MANAGED_PACKAGE)');
  });

  it('prints the profile Setup step with its link and metadata', async () => {
    const { stdout } = await mfaPlan('--set', 'Custom: Support=TwoFactorApi:off');
    expect(stdout).toContain(
      [
        'Profile actions:',
        '  Turn off Multi-Factor Authentication for API Logins on profile Custom: Support in Setup (Setup > Users > Profiles > Custom: Support > System Permissions > Edit), or deploy the profile with this metadata.',
        '    Setup link: /lightning/setup/EnhancedProfiles/page?address=%2F00e000000000005AAA',
        '    <userPermissions><enabled>false</enabled><name>TwoFactorApi</name></userPermissions>'
      ].join('\n')
    );
  });

  it('prints exactly the engine plan with --json', async () => {
    const run = await mfaPlan(
      '--set',
      'Sales_Team=PermissionsTwoFactorApi:ON',
      '--as',
      'ada@example.com',
      '--json'
    );
    const facts = parseSnapshot(readFileSync(ROLLOUT, 'utf8'));
    const expected = planMfaEdits(facts, {
      edits: [{ permissionSetName: 'Sales_Team', field: 'PermissionsTwoFactorApi', value: true }],
      actingUserId: '005000000000001AAA'
    });
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(run.code).toBe(1);
  });

  it('exits 2 with one line for an unknown permission set', async () => {
    const run = await mfaPlan('--set', 'No_Such_Set=ui:on');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'why-api-only: mfa plan: No permission set, profile or group named "No_Such_Set" in the facts.\n'
    );
  });

  it.each([
    [['--set', 'Sales_Team=ui'], /is not <PermissionSetName>=<field>:<on\|off>/],
    [['--set', 'Sales_Team=mfa:on'], /"mfa" is not an MFA permission/],
    [
      ['--set', 'Sales_Team=ui:on', '--as', 'nobody@example.com'],
      /--as "nobody@example.com": no such user/
    ],
    [[], /missing --set/],
    [['--set', 'Sales_Team=ui:on', '--bogus'], /Unknown option '--bogus'/]
  ])('exits 2 for bad input %j', async (flags, message) => {
    const run = await mfaPlan(...flags);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('needs a source of facts', async () => {
    const run = await runCliCapturing(['mfa', 'plan', '--set', 'Sales_Team=ui:on']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/missing --snapshot <file> or --target-org <alias>/);
  });

  it('prints its usage with --help and exits 0', async () => {
    const run = await runCliCapturing(['mfa', 'plan', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: why-api-only mfa plan /);
  });

  it('rejects an unknown mfa subcommand', async () => {
    const run = await runCliCapturing(['mfa', 'apply']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown subcommand "apply"/);
  });
});

describe('the --set flag', () => {
  it('accepts a profile name with a colon, and aliases, metadata and API names', () => {
    expect(parseSetFlag('Custom: Support=manage-api:off')).toEqual({
      permissionSetName: 'Custom: Support',
      field: 'manage-api',
      value: false
    });
    expect(parseSetFlag('Sales_Team=DelegatedTwoFactor:on').value).toBe(true);
  });
});

describe('why-api-only mfa plan against an org (local fake REST API, seed 000)', () => {
  let sfHome: TemporarySfHome;
  let api: FakeSalesforceApi | undefined;

  beforeAll(async () => {
    sfHome = await useTemporarySfHome();
  });
  afterAll(async () => {
    await api?.close();
    await sfHome.restore();
  });

  it('reads the facts from the org through the sf login and plans on them', async () => {
    const org = await startLoggedInFakeOrg();
    api = org.api;
    const run = await runCliCapturing([
      'mfa',
      'plan',
      '--target-org',
      org.alias,
      '--set',
      'Integration_Base=api:on',
      '--as',
      'ada.admin@example.com',
      '--json'
    ]);
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout);
    expect(plan.changes.map((change: { metadataName: string }) => change.metadataName)).toEqual([
      'ForceTwoFactor',
      'TwoFactorApi'
    ]);
    expect(plan.warnings.map((warning: { code: string }) => warning.code)).toContain(
      'MFA_API_FOR_INTEGRATION_USERS'
    );
  });
});
