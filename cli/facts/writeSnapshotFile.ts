/**
 * Writes a snapshot as JSON, one record per line, in chunks: a large org (a million assignments)
 * would not fit in a single JSON.stringify string, and a record per line keeps diffs readable.
 * The file is private and replaced atomically (safeWrite).
 */
import type { FileHandle } from 'node:fs/promises';
import type { Snapshot } from '../../force-app/main/default/lwc/accessEngine/accessEngine';
import { writeFileSafely } from './safeWrite';

const RECORDS_PER_WRITE = 1000;

export async function writeSnapshotFile(file: string, snapshot: Snapshot): Promise<void> {
  await writeFileSafely(file, (handle) => writeSnapshot(handle, snapshot));
}

async function writeSnapshot(handle: FileHandle, snapshot: Snapshot): Promise<void> {
  const { records, ...header } = snapshot;
  const headerLines = Object.entries(header).map(
    ([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)},\n`
  );
  await handle.write(`{\n${headerLines.join('')}  "records": {`);
  const objects = Object.entries(records);
  for (const [index, [objectName, rows]] of objects.entries()) {
    await handle.write(`${index === 0 ? '' : ','}\n    ${JSON.stringify(objectName)}: [`);
    const list = (rows ?? []) as readonly unknown[];
    for (let start = 0; start < list.length; start += RECORDS_PER_WRITE) {
      const chunk = list
        .slice(start, start + RECORDS_PER_WRITE)
        .map(
          (record, offset) => `${start + offset === 0 ? '' : ','}\n      ${JSON.stringify(record)}`
        );
      await handle.write(chunk.join(''));
    }
    await handle.write(list.length === 0 ? ']' : '\n    ]');
  }
  await handle.write(`${objects.length === 0 ? '' : '\n  '}}\n}\n`);
}
