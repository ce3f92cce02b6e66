/** Facts for explain and audit: from a snapshot file, or read live from an org. */
import { readFile } from 'node:fs/promises';
import {
  parseSnapshot,
  SnapshotError,
  validateSnapshot
} from '../../force-app/main/default/lwc/accessEngine/accessEngine';
import type { Snapshot } from '../../force-app/main/default/lwc/accessEngine/accessEngine';
import type { FactsSource } from '../args';
import { BadInputError, OrgError } from '../errors';
import type { CliIo } from '../io';
import { captureSnapshot } from '../org/captureSnapshot';
import { connectToOrg } from '../org/connectToOrg';
import { progressReporter } from '../org/progressReporter';
import { orgFailure } from '../org/salesforceErrors';

export async function loadFacts(source: FactsSource, io: CliIo): Promise<Snapshot> {
  if (source.kind === 'snapshot') return readSnapshotFile(source.file);
  const captured = await readOrg(source.aliasOrUsername, io);
  try {
    return validateSnapshot(captured);
  } catch (error) {
    if (error instanceof SnapshotError) {
      throw new OrgError(
        `The facts read from ${source.aliasOrUsername} are unusable: ${error.message}`
      );
    }
    throw error;
  }
}

export async function readSnapshotFile(file: string): Promise<Snapshot> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code;
    throw new BadInputError(`Cannot read snapshot ${file}: ${reason ?? String(error)}.`);
  }
  try {
    return parseSnapshot(text);
  } catch (error) {
    if (error instanceof SnapshotError) throw new BadInputError(`${file}: ${error.message}`);
    throw error;
  }
}

/** Reads the org through the user's sf login, with progress and notes on stderr. */
export async function readOrg(aliasOrUsername: string, io: CliIo): Promise<Snapshot> {
  try {
    const api = await connectToOrg(aliasOrUsername);
    return await captureSnapshot(api, progressReporter(io.stderr));
  } catch (error) {
    throw orgFailure(error, aliasOrUsername);
  }
}
