// Shared command-line plumbing for the checks: project directory argument, timing, reporting.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository that holds these scripts (and its node_modules with the jars). */
export const REPO_ROOT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..'
);

/** The project to check: the first argument, or the repository root. */
export function projectDirFromArgs(argv = process.argv.slice(2)) {
  const positional = argv.find((arg) => !arg.startsWith('--'));
  return path.resolve(positional ?? REPO_ROOT);
}

/** A path as people read it in messages: relative to the project, forward slashes. */
export function displayPath(projectDir, file) {
  return path.relative(projectDir, file).split(path.sep).join('/');
}

export function startTimer() {
  const started = process.hrtime.bigint();
  return () => `${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(1)} s`;
}

/**
 * Prints the problems (one per line, each naming file:line) and sets exit code 1, or prints the
 * one-line summary. Notes are printed either way: they say what a check could not look at.
 * The exit code is set, not forced, so pending cleanup (finally blocks) still runs.
 */
export function finish(checkName, { problems, notes = [], summary, elapsed }) {
  for (const note of notes) console.log(`${checkName}: note: ${note}`);
  if (problems.length > 0) {
    for (const problem of problems) console.error(problem);
    console.error(`${checkName}: ${problems.length} problem(s) (${elapsed()})`);
    process.exitCode = 1;
    return;
  }
  console.log(`${checkName}: ${summary} (${elapsed()})`);
}

/** Runs a check's main function; an unexpected error is a failure with its message, not a stack dump. */
export function runCheck(checkName, main) {
  main().catch((error) => {
    console.error(`${checkName}: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.DEBUG) console.error(error);
    process.exit(2);
  });
}
