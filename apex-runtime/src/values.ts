// The values Apex code holds at run time, shared by the interpreter, the platform model (SOQL,
// DML, schema) and the system classes. Apex names are case-insensitive: every name used as a
// key (fields, members, classes) is stored lower-case; the display name is kept beside it.
//
// Representation, and why:
// - null, Boolean, String: JS null, boolean, string. Apex `==` on strings is case-insensitive
//   (see equality.ts); collections of String are case-sensitive, as on the platform.
// - Integer and Long: JS numbers holding whole values (Integer wraps at 32 bits: arithmetic.ts).
// - Decimal and Double: ApexDecimal, so that `5 / 2` (Integer, 2) and `5.0 / 2` (Decimal, 2.5)
//   stay apart at run time.
// - Id: an 18-character JS string. A value becomes an Id where Apex converts it (a variable,
//   parameter, field or collection typed Id): see coerce() in the interpreter.
// - Date, Datetime, Time, Blob: the classes below.
// - List, Set, Map: ApexList, ApexSet, ApexMap, each knowing its declared element types.
// - SObject: SObjectValue (fields by lower-case name, in the order they were populated).
// - Instances of Apex classes: ApexObject. Enum values: EnumValue. System.Type: TypeValue.

/** A type as written in Apex: `List<Map<Id, String>>`, `String[]` (= List<String>), `Schema.SObjectType`. */
export interface TypeRef {
  /** Dotted name as written, e.g. 'List', 'Schema.SObjectField', 'MfaEditorRow.Change'. */
  name: string;
  /** Type arguments (List<T>, Set<T>, Map<K,V>). */
  args: TypeRef[];
}

export const typeRef = (name: string, ...args: TypeRef[]): TypeRef => ({ name, args });

/** Decimal and Double. `scale` is the number of digits after the point when known (Decimal). */
export class ApexDecimal {
  constructor(
    readonly value: number,
    readonly scale: number | null = null,
    readonly isDouble = false
  ) {}
  toString(): string {
    if (this.scale !== null && !this.isDouble) return this.value.toFixed(this.scale);
    const text = String(this.value);
    return this.isDouble && Number.isInteger(this.value) ? `${text}.0` : text;
  }
}

/** A calendar date (no time zone). month is 1–12. */
export class ApexDate {
  constructor(
    readonly year: number,
    readonly month: number,
    readonly day: number
  ) {}
  /** Milliseconds of midnight GMT of this date: for ordering and arithmetic. */
  toEpochDay(): number {
    return Date.UTC(this.year, this.month - 1, this.day) / 86_400_000;
  }
  static fromEpochDay(days: number): ApexDate {
    const d = new Date(days * 86_400_000);
    return new ApexDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  toString(): string {
    const p = (n: number, w = 2) => String(n).padStart(w, '0');
    return `${p(this.year, 4)}-${p(this.month)}-${p(this.day)}`;
  }
}

/** An instant, milliseconds since the epoch (GMT). */
export class ApexDatetime {
  constructor(readonly millis: number) {}
  toString(): string {
    // Datetime.valueOf / String.valueOf(Datetime) print GMT as 'yyyy-MM-dd HH:mm:ss'.
    return new Date(this.millis).toISOString().replace('T', ' ').slice(0, 19);
  }
}

export class ApexTime {
  constructor(readonly millisOfDay: number) {}
}

export class ApexBlob {
  constructor(readonly bytes: Uint8Array) {}
  toString(): string {
    return `Blob[${this.bytes.length}]`;
  }
}

export class ApexList {
  constructor(
    /** The element type (List<T>'s T); SObject lists know their SObject type through it. */
    readonly elementType: TypeRef,
    readonly items: ApexValue[] = []
  ) {}
}

/**
 * Set and Map keys: a value reduced to a JS primitive the way the platform compares keys
 * (Strings case-sensitively, Ids by their 18 characters, numbers by value, SObjects and
 * objects by their contents). keyOf() in equality.ts computes it.
 */
export type Key = string | number | boolean | null;

export class ApexSet {
  constructor(
    readonly elementType: TypeRef,
    /** key → the element as added (insertion order is iteration order). */
    readonly entries: Map<Key, ApexValue> = new Map()
  ) {}
}

export class ApexMap {
  constructor(
    readonly keyType: TypeRef,
    readonly valueType: TypeRef,
    /** key → [the key as put, the value]. */
    readonly entries: Map<Key, [ApexValue, ApexValue]> = new Map(),
    /**
     * String keys found in any case: the maps of Schema.getGlobalDescribe() and
     * fields.getMap() are (Apex Developer Guide: "Accessing All sObjects"). Their keys are
     * filed lower-case.
     */
    readonly caseInsensitive = false
  ) {}
}

/** An SObject record in Apex memory: `new User(...)`, a queried row, a relationship. */
export class SObjectValue {
  constructor(
    /** The SObject's API name as the schema spells it, e.g. 'PermissionSet', 'MFA_Change_Set__c'. */
    readonly type: string,
    /**
     * Populated fields, lower-case name → value, in population order. A relationship holds an
     * SObjectValue (or null), a child relationship from a subquery an ApexList.
     */
    readonly fields: Map<string, ApexValue> = new Map()
  ) {}
  get(name: string): ApexValue {
    return this.fields.get(name.toLowerCase()) ?? null;
  }
  /** Writes a field without validating it (the schema-checked put is SObjectAccess.put). */
  set(name: string, value: ApexValue): void {
    this.fields.set(name.toLowerCase(), value);
  }
}

/** An instance of a class written in Apex (or of a built-in exception). */
export class ApexObject {
  constructor(
    /** The runtime class (interpreter/classes.ts); opaque to the platform modules. */
    readonly cls: ClassHandle,
    /** Instance fields and property backing values, lower-case name → value. */
    readonly fields: Map<string, ApexValue> = new Map()
  ) {}
}

/** What the platform modules may know of a class: its name and its ancestry. */
export interface ClassHandle {
  /** Fully qualified display name: 'MfaEditorRow', 'MfaEditorRow.Change', 'System.DmlException'. */
  readonly name: string;
  /** True when this class is, or extends, or implements the named type (case-insensitive). */
  isA(typeName: string): boolean;
}

export class EnumValue {
  constructor(
    /** 'AccessLevel', 'Schema.DisplayType', 'MyClass.Color' */
    readonly enumType: string,
    readonly name: string,
    readonly ordinal: number
  ) {}
  toString(): string {
    return this.name;
  }
}

/** System.Type: what `Foo.class` and Type.forName return. */
export class TypeValue {
  constructor(readonly type: TypeRef) {}
}

/**
 * A value of a system class that is neither a collection nor an SObject (Schema.SObjectType,
 * Schema.DescribeFieldResult, Database.SaveResult, Savepoint, Pattern, Matcher, …): the system
 * class module that made it owns `state`; its methods are looked up by `className`.
 */
export class NativeObject {
  constructor(
    readonly className: string,
    readonly state: unknown
  ) {}
}

export type ApexValue =
  | null
  | boolean
  | number
  | string
  | ApexDecimal
  | ApexDate
  | ApexDatetime
  | ApexTime
  | ApexBlob
  | ApexList
  | ApexSet
  | ApexMap
  | SObjectValue
  | ApexObject
  | EnumValue
  | TypeValue
  | NativeObject;
