/** @jest-environment node */
import { runCli } from './main';
import { runCliCapturing } from './testing/runCliCapturing';

describe('why-api-only', () => {
  it('prints the general usage with --help, or with no command, and exits with 0', async () => {
    for (const argv of [['--help'], ['-h'], ['help'], []]) {
      const run = await runCliCapturing(argv);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^why-api-only: explains why a Salesforce user is API-only/);
      expect(run.stdout).toContain('  3  the org could not be read');
    }
  });

  it('exits with 2 and one line for an unknown command', async () => {
    const run = await runCliCapturing(['whoami']);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'why-api-only: Unknown command "whoami": use explain, audit, snapshot or mfa plan (see `why-api-only --help`).\n'
    });
  });

  it('exits with 2 and one line for an unknown flag', async () => {
    const run = await runCliCapturing(['audit', '--snapshot', 'x.json', '--verbose']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "why-api-only: audit: Unknown option '--verbose' (see `why-api-only audit --help`)\n"
    );
  });

  it('exits with 2 for a flag without its value, or a stray argument', async () => {
    const missingValue = await runCliCapturing(['explain', '--user']);
    expect(missingValue.code).toBe(2);
    expect(missingValue.stderr).toMatch(
      /^why-api-only: explain: Option '--user <value>' argument missing/
    );
    const stray = await runCliCapturing(['snapshot', 'prod']);
    expect(stray.code).toBe(2);
    expect(stray.stderr).toBe(
      "why-api-only: snapshot: Unexpected argument 'prod'. This command does not take positional arguments (see `why-api-only snapshot --help`)\n"
    );
  });

  it('reports an unexpected failure on one line, without a stack trace, with exit code 4', async () => {
    let stderr = '';
    const code = await runCli(['--help'], {
      stdout: {
        write: () => {
          throw new Error(
            'write EPIPE\n    at afterWriteDispatched (node:internal/stream_base_commons:160:15)'
          );
        }
      },
      stderr: { write: (text: string) => (stderr += text) }
    });
    expect(code).toBe(4);
    expect(stderr).toBe(
      'why-api-only: unexpected error (please report it): write EPIPE at afterWriteDispatched (node:internal/stream_base_commons:160:15)\n'
    );
  });
});
