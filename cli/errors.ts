/** Exit codes of the command line, for scripts and CI. */
export const ExitCode = {
  ok: 0,
  /** The answer is "API-only" and --fail-if-api-only was given. */
  apiOnly: 1,
  badInput: 2,
  orgError: 3
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** An error the user can act on: printed as one line, never with a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCodeValue
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export class BadInputError extends CliError {
  constructor(message: string) {
    super(message, ExitCode.badInput);
    this.name = 'BadInputError';
  }
}

export class OrgError extends CliError {
  constructor(message: string) {
    super(message, ExitCode.orgError);
    this.name = 'OrgError';
  }
}

/**
 * Collapses a multi-line message into one line. Salesforce's query errors quote the statement and
 * point at a column before the actual sentence; only the sentence is kept.
 */
export function oneLine(message: string): string {
  const lines = message.split('\n').map((line) => line.trim());
  const pointerLine = lines.findIndex((line) => /^ERROR at Row:\d+:Column:\d+$/.test(line));
  const meaningful = pointerLine >= 0 ? lines.slice(pointerLine + 1) : lines;
  return meaningful.filter((line) => line !== '').join(' ');
}

/** An error's message; duck-typed because errors from Node's own realm fail `instanceof Error` in tests. */
export function errorMessage(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}
