/** Runs the command line in-process with string buffers for stdout and stderr. */
import { runCli } from '../main';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCliCapturing(
  argv: string[],
  terminal: { stderrIsTTY?: boolean } = {}
): Promise<CliRun> {
  const run = { code: -1, stdout: '', stderr: '' };
  run.code = await runCli(argv, {
    stdout: { write: (text: string) => (run.stdout += text) },
    stderr: { write: (text: string) => (run.stderr += text), isTTY: terminal.stderrIsTTY }
  });
  return run;
}
