/** @jest-environment node */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
});
