/** @jest-environment node */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  auditOrg,
  parseSnapshot
} from '../../force-app/main/default/lwc/accessEngine/accessEngine';
import { CSV_FIELD_CASES } from '../../force-app/main/default/lwc/csvEncoder/__tests__/csvCases';
import { runCliCapturing } from '../testing/runCliCapturing';

const SEED_000 = join(__dirname, '..', '__fixtures__', 'seed000.snapshot.json');

function audit(...flags: string[]) {
  return runCliCapturing(['audit', '--snapshot', SEED_000, ...flags]);
}

/** `audit --csv` of seed 000 changed by `edit`, read from a temporary snapshot file. */
async function csvOfEdited(edit: (snapshot: EditableSnapshot) => void): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'why-api-only-audit-'));
  try {
    const snapshot = JSON.parse(readFileSync(SEED_000, 'utf8'));
    edit(snapshot);
    const file = join(dir, 'edited.json');
    writeFileSync(file, JSON.stringify(snapshot));
    return (await runCliCapturing(['audit', '--snapshot', file, '--csv'])).stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type EditableSnapshot = { records: Record<string, Record<string, unknown>[]> };

function usernames(csv: string): string[] {
  return csv
    .split('\r\n')
    .slice(1, -1)
    .map((line) => line.split(',')[1]);
}

describe('why-api-only audit', () => {
  it('prints a summary, one row per user and the org findings', async () => {
    const run = await audit();
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(
      'Org as captured 2026-11-20T08:00:00.000Z: 4 users (4 active), 2 API-only.'
    );
    expect(lines[2]).toMatch(
      /^USERNAME +ACTIVE +API ONLY +MFA UI +MFA API +API ONLY FROM +FINDINGS$/
    );
    expect(run.stdout).toMatch(
      /^jane\.doe@example\.com +yes +yes +no +no +permission set group Integration_Bundle → member set Integration_Base +API_ONLY_VIA_GROUP/m
    );
    expect(run.stdout).toMatch(/^ada\.admin@example\.com +yes +no +yes +no +- +-$/m);
    expect(run.stdout).toContain('Org findings: none');
  });

  it('keeps only API-only users with --only api-only', async () => {
    const run = await audit('--only', 'api-only', '--csv');
    expect(usernames(run.stdout)).toEqual(['integration@example.com', 'jane.doe@example.com']);
  });

  it('keeps only users with MFA for UI or API logins in effect with --only mfa', async () => {
    const table = await audit('--only', 'mfa');
    expect(table.stdout).toContain('Showing users with MFA for UI or API logins: 1 of 4.');
    expect(usernames((await audit('--only', 'mfa', '--csv')).stdout)).toEqual([
      'ada.admin@example.com'
    ]);
  });

  it('prints the engine audit as JSON, its rows filtered by --only', async () => {
    const expected = JSON.parse(
      JSON.stringify(auditOrg(parseSnapshot(readFileSync(SEED_000, 'utf8'))))
    );
    expect(JSON.parse((await audit('--json')).stdout)).toEqual(expected);
    const filtered = JSON.parse((await audit('--json', '--only', 'api-only')).stdout);
    expect(filtered.rows.map((row: { username: string }) => row.username)).toEqual([
      'integration@example.com',
      'jane.doe@example.com'
    ]);
    expect(filtered.counts).toEqual(expected.counts);
  });

  it('writes CSV with a header of API field names and one CRLF-terminated row per user', async () => {
    const run = await audit('--csv');
    const lines = run.stdout.split('\r\n');
    expect(lines[0]).toMatch(
      /^UserId,Username,Name,IsActive,Profile,License,ApiOnly,PermissionsApiUserOnly,PermissionsApiUserOnly\.Sources,PermissionsApiEnabled,/
    );
    expect(lines[0]).toMatch(/,Findings$/);
    expect(lines).toHaveLength(6);
    expect(lines[5]).toBe('');
    expect(lines).toContain(
      '005000000000001AAA,jane.doe@example.com,Jane Doe,true,Standard User,Salesforce,true,' +
        'true,permission set group Integration_Bundle → member set Integration_Base,' +
        'true,"profile Standard User; permission set group Integration_Bundle → member set Integration_Base",' +
        'false,,false,,false,,false,,false,,false,,"API_ONLY_VIA_GROUP; INTEGRATION_USER_WITHOUT_UI_MFA"'
    );
  });

  it('quotes CSV fields holding commas, quotes or line breaks', async () => {
    const csv = await csvOfEdited((snapshot) => {
      snapshot.records.User[0].Name = 'Doe, Jane "JD"';
      snapshot.records.Profile[0].Name = 'Sales\nEMEA';
    });
    expect(csv).toContain(
      '005000000000001AAA,jane.doe@example.com,"Doe, Jane ""JD""",true,"Sales\nEMEA",Salesforce,'
    );
  });

  // The same table as the org-wide view's download (c/csvEncoder): one encoder, one behaviour.
  it.each(CSV_FIELD_CASES)(
    'writes $what in a user name as a field a spreadsheet shows as text',
    async (testCase) => {
      const csv = await csvOfEdited((snapshot) => {
        snapshot.records.User[0].Name = testCase.value;
      });
      expect(csv).toContain(`\r\n005000000000001AAA,jane.doe@example.com,${testCase.field},true,`);
    }
  );

  it('exits with 2 for an --only value it does not know', async () => {
    const run = await audit('--only', 'admins');
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'why-api-only: audit: --only must be one of api-only, mfa, not "admins".\n'
    });
  });

  it('exits with 2 when both --json and --csv are given', async () => {
    const run = await audit('--json', '--csv');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('why-api-only: audit: give --json or --csv, not both.\n');
  });

  it('prints its usage with --help', async () => {
    const run = await runCliCapturing(['audit', '-h']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: why-api-only audit/);
  });
});

describe('a snapshot that cannot be used', () => {
  const broken = (name: string) => join(__dirname, '..', '__fixtures__', 'broken', name);

  it.each([
    // .txt: a truncated file is not JSON, so Prettier's format check must not parse it.
    ['truncated-json.txt', 'Snapshot: not valid JSON'],
    ['schema-version-2.json', 'Snapshot: schemaVersion 2; this version reads schemaVersion 1.'],
    [
      'assignment-without-assignee.json',
      'Snapshot: PermissionSetAssignment 0Pa000000000010AAA, field AssigneeId: is missing.'
    ],
    [
      'assignment-to-unknown-permission-set.json',
      'Snapshot: PermissionSetAssignment 0Pa000000000010AAA, field PermissionSetId: links to PermissionSet 0PS00000000099XAAA'
    ]
  ])('%s exits with 2 and one line naming what is wrong', async (file, message) => {
    for (const argv of [
      ['audit', '--snapshot', broken(file)],
      ['explain', '--user', 'jane.doe@example.com', '--snapshot', broken(file)]
    ]) {
      const run = await runCliCapturing(argv);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(`why-api-only: ${broken(file)}: ${message}`);
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
  });

  it('a missing file exits with 2', async () => {
    const run = await runCliCapturing(['audit', '--snapshot', broken('absent.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `why-api-only: Cannot read snapshot ${broken('absent.json')}: no such file.\n`
    );
  });

  it('a directory given as the file exits with 2', async () => {
    const run = await runCliCapturing(['audit', '--snapshot', broken('')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/: it is a directory\.\n$/);
  });
});
