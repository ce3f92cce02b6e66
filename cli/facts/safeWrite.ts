/**
 * How the command line writes a file: private (0600: a snapshot holds the org's users and
 * permissions), atomically (a temporary file in the same directory renamed into place, so a
 * failed or interrupted write leaves the old file as it was), and never through a symbolic link.
 */
import { randomBytes } from 'node:crypto';
import { lstat, open, rename, rm } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { BadInputError } from '../errors';

const PRIVATE = 0o600;

/** Refuses a symbolic link at `file`; any other problem (no such directory) the write reports. */
export async function refuseSymbolicLink(file: string): Promise<void> {
  const stats = await lstat(file).catch(() => null);
  if (stats?.isSymbolicLink()) {
    throw new BadInputError(
      `Cannot write ${file}: it is a symbolic link; give the path of a regular file.`
    );
  }
}

/** Writes `file` through `write`, which receives the temporary file's handle. */
export async function writeFileSafely(
  file: string,
  write: (handle: FileHandle) => Promise<void>
): Promise<void> {
  await refuseSymbolicLink(file);
  const temporary = join(
    dirname(file),
    `.${basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`
  );
  // 'wx' creates or fails, so a link planted at the temporary name is never followed.
  const handle = await open(temporary, 'wx', PRIVATE);
  try {
    // The umask may narrow the mode open() gave; never widen it past 0600.
    await handle.chmod(PRIVATE);
    await write(handle);
    await handle.sync();
    await handle.close();
    // rename() replaces a link put at `file` since the check, not what it points to.
    await rename(temporary, file);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temporary, { force: true });
    throw error;
  }
}
