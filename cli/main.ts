/** The `why-api-only` command line: dispatches to a command and turns failures into exit codes. */
import { auditCommand } from './commands/audit';
import { explainCommand } from './commands/explain';
import { mfaCommand } from './commands/mfaPlan';
import { snapshotCommand } from './commands/snapshot';
import { BadInputError, CliError, errorMessage, ExitCodeValue, oneLine } from './errors';
import { GENERAL_HELP } from './help';
import { CliIo, processIo } from './io';
import { visible } from './render/terminalText';

const COMMANDS: Record<string, (args: string[], io: CliIo) => Promise<ExitCodeValue>> = {
  explain: explainCommand,
  audit: auditCommand,
  snapshot: snapshotCommand,
  mfa: mfaCommand
};

/** Exit code for failures that are bugs, not the user's input or the org. */
const INTERNAL_ERROR = 4;

export async function runCli(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [command, ...args] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.stdout.write(GENERAL_HELP);
      return 0;
    }
    const run = COMMANDS[command];
    if (!run) {
      throw new BadInputError(
        `Unknown command "${command}": use explain, audit, snapshot or mfa plan (see \`why-api-only --help\`).`
      );
    }
    return await run(args, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`why-api-only: ${visible(oneLine(error.message))}\n`);
      return error.exitCode;
    }
    io.stderr.write(
      `why-api-only: unexpected error (please report it): ${visible(oneLine(errorMessage(error)))}\n`
    );
    return INTERNAL_ERROR;
  }
}
