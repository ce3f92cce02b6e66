import { readFileSync } from 'fs';
import { join } from 'path';
import { TRACKED_PERMISSIONS } from '../accessEngine';

const APEX_SOURCE = join(__dirname, '..', '..', '..', 'classes', 'TrackedPermissions.cls');

function apexFieldNames(): string[] {
  const source = readFileSync(APEX_SOURCE, 'utf8');
  const list = /FIELD_NAMES\s*=\s*new\s+List<String>\s*\{([^}]*)\}/.exec(source);
  if (list === null) throw new Error('FIELD_NAMES not found in TrackedPermissions.cls');
  return [...list[1].matchAll(/'([^']+)'/g)].map((match) => match[1]);
}

describe('TRACKED_PERMISSIONS', () => {
  it('names the same fields in the same order as Apex TrackedPermissions.FIELD_NAMES', () => {
    const apex = apexFieldNames();
    expect(apex.length).toBeGreaterThanOrEqual(8);
    expect([...TRACKED_PERMISSIONS]).toEqual(apex);
  });
});
