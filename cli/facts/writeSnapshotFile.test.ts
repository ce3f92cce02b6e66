/** @jest-environment node */
import {
  linkSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSnapshot } from '../../force-app/main/default/lwc/accessEngine/accessEngine';
import type { Snapshot } from '../../force-app/main/default/lwc/accessEngine/accessEngine';
import { SEED_000_FILE } from '../testing/loggedInFakeOrg';
import { writeSnapshotFile } from './writeSnapshotFile';

describe('writeSnapshotFile', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'why-api-only-write-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes JSON that reads back as the same snapshot, one record per line', async () => {
    const snapshot = parseSnapshot(readFileSync(SEED_000_FILE, 'utf8'));
    const file = join(dir, 'seed.json');
    await writeSnapshotFile(file, snapshot);
    const text = readFileSync(file, 'utf8');
    expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(SEED_000_FILE, 'utf8')));
    expect(text).toContain(
      '\n      {"Id":"005000000000001AAA","Username":"jane.doe@example.com","Name":"Jane Doe","IsActive":true,"UserType":"Standard","ProfileId":"00e000000000001AAA"},\n'
    );
  });

  it('writes more records than one chunk holds, and empty objects', async () => {
    const users = Array.from({ length: 2500 }, (_, index) => ({ Id: `005${index}` }));
    const snapshot = {
      schemaVersion: 1,
      capturedAt: '2026-11-20T08:00:00.000Z',
      records: { User: users, MutingPermissionSet: [] }
    } as unknown as Snapshot;
    const file = join(dir, 'many.json');
    await writeSnapshotFile(file, snapshot);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(snapshot);
  });

  it('writes a snapshot with no objects', async () => {
    const file = join(dir, 'empty.json');
    const snapshot = { schemaVersion: 1, capturedAt: 'x', records: {} } as unknown as Snapshot;
    await writeSnapshotFile(file, snapshot);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(snapshot);
  });

  describe('writes safely', () => {
    const snapshot = { schemaVersion: 1, capturedAt: 'x', records: {} } as unknown as Snapshot;
    // JSON.stringify throws on a BigInt: a write that fails half-way, after the file was begun.
    const unwritable = {
      schemaVersion: 1,
      capturedAt: 'x',
      records: { User: [{ Id: '005A' }, { Id: 1n }] }
    } as unknown as Snapshot;
    let safeDir: string;
    beforeEach(() => {
      safeDir = mkdtempSync(join(dir, 'safe-'));
    });

    it('writes the file readable and writable by its owner only (0600)', async () => {
      const file = join(safeDir, 'private.json');
      await writeSnapshotFile(file, snapshot);
      expect(statSync(file).mode & 0o777).toBe(0o600);
    });

    it('refuses a symbolic link at the path, naming it, and leaves what it points to untouched', async () => {
      const pointee = join(safeDir, 'pointee.txt');
      writeFileSync(pointee, 'not yours\n');
      const link = join(safeDir, 'link.json');
      symlinkSync(pointee, link);
      await expect(writeSnapshotFile(link, snapshot)).rejects.toThrow(
        `Cannot write ${link}: it is a symbolic link; give the path of a regular file.`
      );
      expect(readFileSync(pointee, 'utf8')).toBe('not yours\n');
      expect(lstatSync(link).isSymbolicLink()).toBe(true);
      expect(readlinkSync(link)).toBe(pointee);
      expect(readdirSync(safeDir).sort()).toEqual(['link.json', 'pointee.txt']);
    });

    it('replaces an existing file with a new one renamed into place, not by rewriting it', async () => {
      const file = join(safeDir, 'org.json');
      writeFileSync(file, 'old\n', { mode: 0o644 });
      // A hard link still names the old file: rewritten in place it would change too.
      const oldName = join(safeDir, 'old-name.json');
      linkSync(file, oldName);
      await writeSnapshotFile(file, snapshot);
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(snapshot);
      expect(readFileSync(oldName, 'utf8')).toBe('old\n');
      expect(statSync(file).ino).not.toBe(statSync(oldName).ino);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(readdirSync(safeDir).sort()).toEqual(['old-name.json', 'org.json']);
    });

    it('leaves the old file intact and no temporary file behind when the write fails', async () => {
      const file = join(safeDir, 'org.json');
      writeFileSync(file, 'old\n');
      await expect(writeSnapshotFile(file, unwritable)).rejects.toThrow(/BigInt/);
      expect(readFileSync(file, 'utf8')).toBe('old\n');
      expect(readdirSync(safeDir)).toEqual(['org.json']);
    });
  });
});
