/**
 * Reads an org's facts into the snapshot format of design.md: describe first (tracked permission
 * fields the org lacks are skipped and reported), then every object, page by page.
 */
import {
  DEFAULT_LABELS,
  TRACKED_PERMISSIONS
} from '../../force-app/main/default/lwc/accessEngine/accessEngine';
import type {
  PermissionFieldInfo,
  Snapshot
} from '../../force-app/main/default/lwc/accessEngine/accessEngine';
import { errorMessage, OrgError, oneLine } from '../errors';
import { SNAPSHOT_QUERIES, SnapshotObjectQuery, selectStatement } from './queries';
import { DescribedField, SalesforceApi } from './salesforceApi';
import { salesforceErrorCode } from './salesforceErrors';

export interface CaptureListener {
  /** After each page: records read so far of the object, and its total. */
  onPage(objectName: string, fetched: number, total: number): void;
  /** Something the user should know that is not a failure (skipped field, object not captured). */
  onNote(message: string): void;
}

type SnapshotRecords = Record<string, Record<string, unknown>[]>;

/**
 * An optional object the platform refuses (INVALID_TYPE or INSUFFICIENT_ACCESS without the right
 * permission, INVALID_FIELD on an older API version, a row limit on TwoFactorMethodsInfo, …) is
 * left out with a note. An expired session or an exhausted API limit ends the whole read.
 */
const FATAL_CODES = new Set(['INVALID_SESSION_ID', 'REQUEST_LIMIT_EXCEEDED']);

export async function captureSnapshot(
  api: SalesforceApi,
  listener: CaptureListener,
  now: Date = new Date()
): Promise<Snapshot> {
  const permissionSetFields = await describeRequired(api, 'PermissionSet');
  const permissionFields = describePermissionFields(permissionSetFields);
  const available = permissionFields.filter((f) => f.available).map((f) => f.fieldName);
  for (const missing of permissionFields.filter((f) => !f.available)) {
    listener.onNote(
      `PermissionSet has no field ${missing.fieldName} in this org (${missing.label}): skipped.`
    );
  }

  const records: SnapshotRecords = {};
  for (const query of SNAPSHOT_QUERIES) {
    const fields = await permissionFieldsFor(api, query, available, listener);
    if (fields === null) continue;
    const captured = await captureObject(api, query, fields, listener);
    if (captured) records[query.objectName] = captured;
  }
  return {
    schemaVersion: 1,
    capturedAt: now.toISOString(),
    records,
    permissionFields
  };
}

function describePermissionFields(described: DescribedField[]): PermissionFieldInfo[] {
  const byName = new Map(described.map((field) => [field.name, field]));
  return TRACKED_PERMISSIONS.map((fieldName) => ({
    fieldName,
    // Labels from describe: they follow the org's language and its Two-Factor/MFA wording.
    label: byName.get(fieldName)?.label ?? DEFAULT_LABELS[fieldName],
    metadataName: fieldName.replace(/^Permissions/, ''),
    available: byName.has(fieldName)
  }));
}

/** The permission fields to select on this object, or null when the object can't be read at all. */
async function permissionFieldsFor(
  api: SalesforceApi,
  query: SnapshotObjectQuery,
  available: string[],
  listener: CaptureListener
): Promise<string[] | null> {
  if (!query.withPermissionFields) return [];
  if (query.objectName === 'PermissionSet') return available;
  let described: DescribedField[];
  try {
    described = await api.describeFields(query.objectName);
  } catch (error) {
    return notCaptured(query, error, listener);
  }
  const names = new Set(described.map((field) => field.name));
  for (const field of available.filter((name) => !names.has(name))) {
    listener.onNote(`${query.objectName} has no field ${field} in this org: skipped.`);
  }
  return available.filter((name) => names.has(name));
}

async function captureObject(
  api: SalesforceApi,
  query: SnapshotObjectQuery,
  permissionFields: string[],
  listener: CaptureListener
): Promise<Record<string, unknown>[] | null> {
  const rows: Record<string, unknown>[] = [];
  try {
    let page = await api.query(selectStatement(query, permissionFields));
    for (;;) {
      for (const record of page.records) rows.push(withoutAttributes(record));
      listener.onPage(query.objectName, rows.length, page.totalSize);
      if (page.done || !page.nextRecordsUrl) break;
      page = await api.queryMore(page.nextRecordsUrl);
    }
  } catch (error) {
    return notCaptured(query, error, listener);
  }
  return rows;
}

function notCaptured(query: SnapshotObjectQuery, error: unknown, listener: CaptureListener): null {
  const code = salesforceErrorCode(error);
  if (query.required || code === undefined || FATAL_CODES.has(code)) {
    throw toOrgError(error, query.objectName);
  }
  listener.onNote(`${query.objectName} not captured: ${code}: ${oneLine(errorMessage(error))}`);
  return null;
}

async function describeRequired(api: SalesforceApi, objectName: string): Promise<DescribedField[]> {
  try {
    return await api.describeFields(objectName);
  } catch (error) {
    throw toOrgError(error, objectName);
  }
}

/** Names the object a data error came from; session and network errors pass through as they are. */
function toOrgError(error: unknown, objectName: string): Error {
  const code = salesforceErrorCode(error);
  if (code === undefined || code === 'INVALID_SESSION_ID') return error as Error;
  return new OrgError(`Reading ${objectName} failed: ${code}: ${oneLine(errorMessage(error))}`);
}

/** The REST API adds `attributes` (type and URL) to every record; the facts leave it out. */
function withoutAttributes(record: Record<string, unknown>): Record<string, unknown> {
  const fields = { ...record };
  delete fields.attributes;
  return fields;
}
