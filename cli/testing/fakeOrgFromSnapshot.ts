/**
 * Builds the fake org's describe and data from a snapshot fixture, so one file states what the org
 * holds and what a capture of it should produce.
 */
import type { FakeField, FakeOrg } from './fakeSalesforceApi';

interface SnapshotLike {
  records: Record<string, Record<string, unknown>[]>;
  permissionFields?: { fieldName: string; label: string }[];
}

const ORG_ID = '00D000000000001AAA';

export interface FakeOrgOptions {
  currentUserId: string;
  /** Fields this org does not have, by object (e.g. an org without PermissionsBypassMFAForUiLogins). */
  missingFields?: Record<string, string[]>;
  unreadable?: string[];
  /** Objects to add with these fields and rows (e.g. TwoFactorMethodsInfo). */
  extraObjects?: Record<string, Record<string, unknown>[]>;
}

export function fakeOrgFromSnapshot(snapshot: SnapshotLike, options: FakeOrgOptions): FakeOrg {
  const labels = new Map((snapshot.permissionFields ?? []).map((f) => [f.fieldName, f.label]));
  const allRecords = {
    ...snapshot.records,
    // Every org has its Organization row; @salesforce/core reads it when a login is saved.
    Organization: [
      {
        Id: ORG_ID,
        Name: 'Fake Org',
        InstanceName: 'CS1',
        IsSandbox: false,
        TrialExpirationDate: null,
        NamespacePrefix: null,
        OrganizationType: 'Enterprise Edition'
      }
    ],
    ...options.extraObjects
  };
  const objects: Record<string, FakeField[]> = {};
  const records: Record<string, Record<string, unknown>[]> = {};
  for (const [objectName, rows] of Object.entries(allRecords)) {
    const missing = new Set(options.missingFields?.[objectName] ?? []);
    const names = [...new Set(rows.flatMap((row) => Object.keys(row)))].filter(
      (name) => !missing.has(name)
    );
    objects[objectName] = names.map((name) => ({
      name,
      label: labels.get(name) ?? name,
      type: fieldType(name, rows)
    }));
    records[objectName] = rows.map((row) =>
      Object.fromEntries(Object.entries(row).filter(([name]) => !missing.has(name)))
    );
  }
  return {
    objects,
    records,
    unreadable: options.unreadable,
    currentUserId: options.currentUserId,
    orgId: ORG_ID
  };
}

function fieldType(name: string, rows: Record<string, unknown>[]): string {
  if (name === 'Id') return 'id';
  if (name.endsWith('Id')) return 'reference';
  const sample = rows
    .map((row) => row[name])
    .find((value) => value !== null && value !== undefined);
  return typeof sample === 'boolean' ? 'boolean' : 'string';
}
