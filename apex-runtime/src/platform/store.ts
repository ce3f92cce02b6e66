// The org's records: rows per SObject in insertion order, looked up by 15- or 18-character Id
// through the key prefix, with a change journal so that Database.rollback can restore them
// exactly (Apex Developer Guide: "Transaction Control").
//
// Deleted rows stay where they were, flagged IsDeleted = true, so that an update or delete of
// them reports ENTITY_IS_DELETED and a rollback puts them back in their original place.
import { toId18 } from '../equality';
import { ApexBlob, type ApexValue } from '../values';
import type { RecordStore as RecordStoreContract, Schema, StoredRecord } from './contracts';

/** A baseline record as the baseline helper produces it: Ids already set, no validation. */
export interface BaselineRecord {
  object: string;
  fields: Record<string, ApexValue>;
}

interface Row {
  object: string;
  record: StoredRecord;
  deleted: boolean;
}

type JournalEntry =
  | { kind: 'insert'; object: string; id: string }
  | { kind: 'replace'; object: string; id: string; before: Row };

/** A copy of a stored value: values are immutable except Blob bytes. */
function copyValue(value: ApexValue): ApexValue {
  return value instanceof ApexBlob ? new ApexBlob(new Uint8Array(value.bytes)) : value;
}

export function copyRecord(record: StoredRecord): StoredRecord {
  const copy: StoredRecord = new Map();
  for (const [name, value] of record) copy.set(name, copyValue(value));
  return copy;
}

export class RecordStore implements RecordStoreContract {
  /** lower-case object name → id18 → row, in insertion order. */
  private readonly tables = new Map<string, Map<string, Row>>();
  private readonly journal: JournalEntry[] = [];

  constructor(private readonly schema: Schema) {}

  /** The canonical API name, or the name as given when the schema lacks the object. */
  private canonical(objectName: string): string {
    return this.schema.object(objectName)?.name ?? objectName;
  }

  private table(objectName: string): Map<string, Row> {
    const key = objectName.toLowerCase();
    let table = this.tables.get(key);
    if (!table) {
      table = new Map();
      this.tables.set(key, table);
    }
    return table;
  }

  private row(id: string): Row | undefined {
    const id18 = toId18(id);
    if (!id18) return undefined;
    const describe = this.schema.objectByKeyPrefix(id18.slice(0, 3));
    if (describe) return this.tables.get(describe.name.toLowerCase())?.get(id18);
    // An object the schema does not know (a hand-loaded row): search every table.
    for (const table of this.tables.values()) {
      const found = table.get(id18);
      if (found) return found;
    }
    return undefined;
  }

  *rows(objectName: string): Iterable<StoredRecord> {
    for (const row of this.tables.get(objectName.toLowerCase())?.values() ?? []) {
      if (!row.deleted) yield row.record;
    }
  }

  /** Every row including deleted ones (IsDeleted = true), for SOQL's ALL ROWS. */
  *allRows(objectName: string): Iterable<StoredRecord> {
    for (const row of this.tables.get(objectName.toLowerCase())?.values() ?? []) yield row.record;
  }

  byId(id: string): { object: string; record: StoredRecord } | undefined {
    const row = this.row(id);
    return row && !row.deleted ? { object: row.object, record: row.record } : undefined;
  }

  /** A deleted row with this Id (for ENTITY_IS_DELETED), or undefined. */
  deletedById(id: string): { object: string; record: StoredRecord } | undefined {
    const row = this.row(id);
    return row && row.deleted ? { object: row.object, record: row.record } : undefined;
  }

  /** Puts a baseline record in without validation and without journaling. */
  load(objectName: string, fields: Record<string, ApexValue>): void {
    const object = this.canonical(objectName);
    const record: StoredRecord = new Map();
    for (const [name, value] of Object.entries(fields)) {
      const key = name.toLowerCase();
      const isIdField = key === 'id' || (typeof value === 'string' && this.isIdField(object, key));
      record.set(key, isIdField && typeof value === 'string' ? (toId18(value) ?? value) : value);
    }
    this.loadRecord(object, record);
  }

  /** Puts a prepared record in (lower-case names, Ids of 18 characters), unjournaled. */
  loadRecord(objectName: string, record: StoredRecord): void {
    const object = this.canonical(objectName);
    const id = record.get('id');
    if (typeof id !== 'string') throw new Error(`baseline ${object} record without an Id`);
    if (!record.has('isdeleted')) record.set('isdeleted', false);
    this.table(object).set(id, { object, record, deleted: false });
  }

  loadAll(records: BaselineRecord[]): void {
    for (const each of records) this.load(each.object, each.fields);
  }

  private isIdField(object: string, field: string): boolean {
    const type = this.schema.object(object)?.fields.get(field)?.type;
    return type === 'id' || type === 'reference';
  }

  /** Adds a new row (journaled). The record is stored as given: pass a copy. */
  insertRow(objectName: string, record: StoredRecord): void {
    const object = this.canonical(objectName);
    const id = record.get('id');
    if (typeof id !== 'string') throw new Error(`insertRow: ${object} record without an Id`);
    this.table(object).set(id, { object, record, deleted: false });
    this.journal.push({ kind: 'insert', object, id });
  }

  /** Replaces a row's values in place (journaled); keeps its position. */
  replaceRow(id: string, record: StoredRecord, deleted = false): void {
    const row = this.row(id);
    if (!row) throw new Error(`replaceRow: no row ${id}`);
    const id18 = toId18(id) as string;
    this.journal.push({ kind: 'replace', object: row.object, id: id18, before: { ...row } });
    this.table(row.object).set(id18, { object: row.object, record, deleted });
  }

  /** Flags a row deleted (journaled): IsDeleted = true, gone from rows() and byId(). */
  deleteRow(id: string): void {
    const row = this.row(id);
    if (!row) throw new Error(`deleteRow: no row ${id}`);
    const record = copyRecord(row.record);
    record.set('isdeleted', true);
    this.replaceRow(id, record, true);
  }

  /** The journal position, for a savepoint. */
  mark(): number {
    return this.journal.length;
  }

  /** Undoes every change journaled after `mark`, newest first. */
  undoTo(mark: number): void {
    while (this.journal.length > mark) {
      const entry = this.journal.pop() as JournalEntry;
      const table = this.table(entry.object);
      if (entry.kind === 'insert') table.delete(entry.id);
      else table.set(entry.id, entry.before);
    }
  }
}
