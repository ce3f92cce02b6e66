// User-mode SOQL (Apex Developer Guide: "Enforce User Mode for Database Operations"): the running
// user needs read access to every object and field the query references, in every clause, and on
// every object of a relationship path; all the failures are reported at once and
// QueryException.getInaccessibleFields() lists them. WITH SECURITY_ENFORCED checks only the
// select list and the FROM object, and stops at the first failure.
// Record-level sharing is not modelled: user mode sees every row the object holds.
import { ApexError } from '../errors';
import type { AccessChecker, FieldDescribe, ObjectDescribe } from '../platform/contracts';
import type { ResolvedField } from './resolve';

export const INACCESSIBLE_MESSAGE =
  'Insufficient permissions: secure query included inaccessible field';

/** The QueryException of a user-mode query; `inaccessibleFields` backs getInaccessibleFields(). */
export class SoqlAccessError extends ApexError {
  constructor(
    /** Object API name → the inaccessible field API names (empty when the object itself is). */
    readonly inaccessibleFields: Map<string, string[]>
  ) {
    super('QueryException', INACCESSIBLE_MESSAGE);
  }
}

export class AccessAudit {
  private readonly missing = new Map<string, Set<string>>();

  constructor(
    private readonly access: AccessChecker,
    private readonly userId: string,
    /** WITH SECURITY_ENFORCED: throw at the first failure. */
    private readonly firstOnly: boolean
  ) {}

  object(object: ObjectDescribe): void {
    if (this.access.canAccessObject(this.userId, object.name, 'read')) return;
    this.note(object.name, null);
  }

  path(resolved: ResolvedField): void {
    for (const hop of resolved.hops) {
      this.field(hop.from, hop.field);
      for (const target of hop.targets) this.object(target);
    }
    this.object(resolved.object);
    this.field(resolved.object, resolved.field);
  }

  private field(object: ObjectDescribe, field: FieldDescribe): void {
    // Id has no field-level security: it is readable wherever the object is.
    if (field.type === 'id') return;
    if (this.access.canAccessField(this.userId, object.name, field.name, 'read')) return;
    this.note(object.name, field.name);
  }

  private note(object: string, field: string | null): void {
    let fields = this.missing.get(object);
    if (!fields) this.missing.set(object, (fields = new Set()));
    if (field) fields.add(field);
    if (this.firstOnly) this.throwIfAny();
  }

  throwIfAny(): void {
    if (this.missing.size === 0) return;
    const report = new Map<string, string[]>();
    for (const [object, fields] of this.missing) report.set(object, [...fields]);
    throw new SoqlAccessError(report);
  }
}
