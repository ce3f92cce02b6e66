/** `why-api-only snapshot`: reads an org through the user's sf login into a snapshot file. */
import { parseArgs } from 'node:util';
import { parseFlags, requiredFlag } from '../args';
import { BadInputError, CliError, ExitCode, ExitCodeValue } from '../errors';
import { readOrg } from '../facts/loadFacts';
import { refuseSymbolicLink } from '../facts/safeWrite';
import { writeSnapshotFile } from '../facts/writeSnapshotFile';
import { SNAPSHOT_HELP } from '../help';
import type { CliIo } from '../io';
import { visible } from '../render/terminalText';

const OPTIONS = {
  'target-org': { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' }
} as const;

export async function snapshotCommand(args: string[], io: CliIo): Promise<ExitCodeValue> {
  const flags = parseFlags('snapshot', () =>
    parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false })
  ).values;
  if (flags.help) {
    io.stdout.write(SNAPSHOT_HELP);
    return ExitCode.ok;
  }
  const targetOrg = requiredFlag('snapshot', 'target-org', flags['target-org']);
  const out = requiredFlag('snapshot', 'out', flags.out);
  // Before reading the org (minutes for a large one), not only when writing.
  await refuseSymbolicLink(out);
  const snapshot = await readOrg(targetOrg, io);
  try {
    await writeSnapshotFile(out, snapshot);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new BadInputError(
      `Cannot write ${out}: ${(error as { code?: string }).code ?? String(error)}.`
    );
  }
  const counts = Object.entries(snapshot.records)
    .map(([objectName, records]) => `${(records ?? []).length} ${objectName}`)
    .join(', ');
  io.stderr.write(`Wrote ${visible(out)}: ${counts}.\n`);
  return ExitCode.ok;
}
