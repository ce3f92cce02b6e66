/** @jest-environment node */
import { join } from 'node:path';
import { progressReporter } from '../org/progressReporter';
import { runCliCapturing } from '../testing/runCliCapturing';

// Seed 000 with Jane's name, username and her profile's name holding escape sequences, a
// terminal hyperlink, CR, LF, tab, DEL, C1 controls and bidi overrides.
const HOSTILE = join(__dirname, '..', '__fixtures__', 'hostile-names.snapshot.json');
const SHOWN_NAME = 'Jane\\x1b[31m Doe\\x0d\\x0a\\x09\\x7f\\x9b\\u202e\\u2066';
const SHOWN_USERNAME = 'jane.doe@example.com\\x1b]8;;https://evil.example\\x07';
const SHOWN_PROFILE = 'Standard\\u202eUser\\x85';
// Anything a terminal acts on; a line feed only as the end of a line the renderer wrote.
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function lines(text: string): string[] {
  return text.split('\n');
}

describe('org text holding control characters, printed as text', () => {
  it('explain shows them as visible escapes, each value on its own line', async () => {
    const run = await runCliCapturing([
      'explain',
      '--user',
      '005000000000001AAA',
      '--snapshot',
      HOSTILE
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    expect(lines(run.stdout)).toContain(
      `User: ${SHOWN_NAME} <${SHOWN_USERNAME}> (005000000000001AAA), profile ${SHOWN_PROFILE}, licence Salesforce`
    );
    expect(lines(run.stdout)[0]).toMatch(
      new RegExp(`^${escapeRegExp(SHOWN_USERNAME)} is API-only`)
    );
  });

  it('audit shows them as visible escapes and keeps the table aligned', async () => {
    const run = await runCliCapturing(['audit', '--snapshot', HOSTILE]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    const table = lines(run.stdout).filter((line) => /^[a-z]/.test(line));
    const jane = table.find((line) => line.startsWith(SHOWN_USERNAME));
    const ada = table.find((line) => line.startsWith('ada.admin@example.com'));
    expect(jane?.indexOf('  yes')).toBe(SHOWN_USERNAME.length);
    expect(ada?.indexOf('yes')).toBe(SHOWN_USERNAME.length + 2);
  });

  it('mfa plan shows them as visible escapes among the affected users', async () => {
    const run = await runCliCapturing([
      'mfa',
      'plan',
      '--snapshot',
      HOSTILE,
      '--set',
      'Integration_Base=ui:on'
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    expect(lines(run.stdout)).toContain(
      `  ${SHOWN_NAME} <${SHOWN_USERNAME}>: Multi-Factor Authentication for User Interface Logins off → on`
    );
  });

  it('an error quoting the input shows its control characters as visible escapes', async () => {
    const run = await runCliCapturing(['explain', '--user', 'x\x1b[2J', '--snapshot', HOSTILE]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'why-api-only: No user with Id or Username "x\\x1b[2J" in the facts.\n'
    );
  });

  it("a note quoting the org's message shows its control characters as visible escapes", () => {
    const stderr = { text: '', write: (chunk: string) => (stderr.text += chunk) };
    progressReporter(stderr).onNote('No such column \x1b[8mhidden\x1b[0m on User');
    expect(stderr.text).toBe('note: No such column \\x1b[8mhidden\\x1b[0m on User\n');
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
