// Exceptions crossing between the platform model and the interpreter.
//
// ApexError: a platform module (SOQL, DML, a system class) throws it where the platform throws
// an Apex exception (QueryException, DmlException, …). The interpreter turns it into the Apex
// exception object a `catch` sees, and its stack. LimitException is never catchable in Apex.
//
// NotImplemented: the runtime met a construct or method it does not implement. It is never
// catchable in Apex and fails the test loudly, naming what is missing (and, from the
// interpreter, where: `Class.cls:line`). Nothing is skipped silently.

/** One row's error of a DML statement, as Database.Error / DmlException report it. */
export interface DmlRowError {
  /** Index of the row in the statement's list. */
  index: number;
  /** Database.StatusCode name, e.g. 'REQUIRED_FIELD_MISSING', 'FIELD_INTEGRITY_EXCEPTION'. */
  statusCode: string;
  message: string;
  /** Field API names the error is about (getDmlFieldNames / Database.Error.getFields). */
  fields: string[];
  /** Id of the row when it had one (update, delete). */
  id?: string | null;
}

export class ApexError extends Error {
  constructor(
    /** The Apex exception type: 'QueryException', 'DmlException', 'LimitException', … */
    readonly typeName: string,
    message: string,
    /** For DmlException: each failing row. */
    readonly dmlErrors: DmlRowError[] = []
  ) {
    super(message);
    this.name = `System.${typeName}`;
  }
  get catchable(): boolean {
    return this.typeName !== 'LimitException';
  }
}

export class NotImplemented extends Error {
  constructor(
    readonly what: string,
    /** `Class.cls:line`, filled in by the interpreter where the construct was met. */
    public where: string | null = null
  ) {
    super(`not implemented by the offline Apex runtime: ${what}`);
    this.name = 'NotImplemented';
  }
}

/** The DmlException message the platform builds from the first row error. */
export function dmlExceptionMessage(operation: string, errors: DmlRowError[]): string {
  const first = errors[0];
  if (!first) return `${operation} failed`;
  const fields = first.fields.length ? `: [${first.fields.join(', ')}]` : ': []';
  const id = first.id ? ` with id ${first.id}` : '';
  return `${operation} failed. First exception on row ${first.index}${id}; first error: ${first.statusCode}, ${first.message}${fields}`;
}
