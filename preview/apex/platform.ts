// What the platform does around Apex, as far as the preview's stand-in needs it: Ids and their
// key prefixes, the exceptions Apex code sees (QueryException, DmlException,
// AuraHandledException), the object LWC code receives when a call fails, String.format, and
// Custom Labels (read from the project's labels, like System.Label).
import { messageFormat } from '../../apex-runtime/src/stdlib/format';

export type SObjectName =
  | 'User'
  | 'Profile'
  | 'UserLicense'
  | 'PermissionSet'
  | 'PermissionSetAssignment'
  | 'PermissionSetGroup'
  | 'PermissionSetGroupComponent'
  | 'MutingPermissionSet'
  | 'CustomPermission'
  | 'SetupEntityAccess'
  | 'TwoFactorMethodsInfo'
  | 'LoginHistory'
  | 'AuthSession'
  | 'AsyncApexJob'
  | 'MFA_Change_Set__c'
  | 'MFA_Change_Set_Part__c';

/** Key prefixes of the objects the app touches (the first 3 characters of an Id). */
export const KEY_PREFIXES: Readonly<Record<string, SObjectName>> = {
  '005': 'User',
  '00e': 'Profile',
  '100': 'UserLicense',
  '0PS': 'PermissionSet',
  '0Pa': 'PermissionSetAssignment',
  '0PG': 'PermissionSetGroup',
  '0PC': 'PermissionSetGroupComponent',
  '0QM': 'MutingPermissionSet',
  '0CP': 'CustomPermission',
  '0J0': 'SetupEntityAccess',
  '0Ya': 'LoginHistory',
  '0Ak': 'AuthSession',
  '707': 'AsyncApexJob',
  // A custom object's prefix is given by the org (a00–a0Z…); this is the preview org's.
  a05: 'MFA_Change_Set__c',
  a06: 'MFA_Change_Set_Part__c'
};

const ID_PATTERN = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;
const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

function suffixOf(id15: string): string {
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const c = id15.charAt(chunk * 5 + i);
      if (c >= 'A' && c <= 'Z') bits |= 1 << i;
    }
    suffix += SUFFIX_ALPHABET.charAt(bits);
  }
  return suffix;
}

/** Id.valueOf: the 18-character form, or null when the text is not an Id. */
export function toId18(value: string): string | null {
  if (!ID_PATTERN.test(value)) return null;
  if (value.length === 15) return value + suffixOf(value);
  // An 18-character Id must carry the right suffix for its first 15 characters
  // (case-insensitively, as the platform accepts either case for the suffix).
  return suffixOf(value.slice(0, 15)).toLowerCase() === value.slice(15).toLowerCase()
    ? value.slice(0, 15) + suffixOf(value.slice(0, 15))
    : null;
}

/** Id.getSObjectType(), for the objects the preview knows. */
export function sobjectTypeOf(id: string): SObjectName | null {
  return KEY_PREFIXES[id.slice(0, 3)] ?? null;
}

export function sameId(a: string | null | undefined, b: string | null | undefined): boolean {
  return !!a && !!b && a.slice(0, 15) === b.slice(0, 15);
}

let idCounter = 0;
/** A new record Id with the object's key prefix (for inserts). */
export function newId(sobject: SObjectName): string {
  const prefix = Object.keys(KEY_PREFIXES).find((k) => KEY_PREFIXES[k] === sobject) ?? '000';
  idCounter += 1;
  const id15 =
    `${prefix}Pv${String(Date.now() % 1e6).padStart(6, '0')}${String(idCounter).padStart(4, '0')}`.slice(
      0,
      15
    );
  return id15 + suffixOf(id15);
}

// ---- exceptions as Apex sees them ------------------------------------------------------------

/** Any Apex exception: its type name as LWC receives it in body.exceptionType. */
export class ApexException extends Error {
  readonly exceptionType: string;

  constructor(exceptionType: string, message: string) {
    super(message);
    this.exceptionType = exceptionType;
  }
}

export class AuraHandledException extends ApexException {
  constructor(message: string) {
    super('System.AuraHandledException', message);
  }
}

export class QueryException extends ApexException {
  constructor(message: string) {
    super('System.QueryException', message);
  }
}

/** One row's error, as in Database.SaveResult/DeleteResult.getErrors(). */
export interface DmlError {
  readonly statusCode: string;
  readonly message: string;
  readonly fields: readonly string[];
}

export class DmlException extends ApexException {
  readonly row: number;
  readonly recordId: string | null;
  readonly error: DmlError;

  /** The platform's message: "<Op> failed. First exception on row <n> with id <id>; first error: <CODE>, <message>: [<fields>]". */
  constructor(
    operation: 'Insert' | 'Update' | 'Delete',
    row: number,
    recordId: string | null,
    error: DmlError
  ) {
    super(
      'System.DmlException',
      `${operation} failed. First exception on row ${row}${recordId ? ` with id ${recordId}` : ''}; first error: ${error.statusCode}, ${error.message}: [${error.fields.join(', ')}]`
    );
    this.row = row;
    this.recordId = recordId;
    this.error = error;
  }
}

/**
 * What a failed @AuraEnabled call gives LWC code (imperative rejection, or `error` of a wire):
 * a fetch-response-like object with the exception in `body`. AuraHandledException carries only
 * its message to the browser; other exceptions also say their type.
 */
export interface LwcApexError {
  readonly status: number;
  readonly statusText: string;
  readonly ok: false;
  readonly headers: Record<string, never>;
  readonly body: {
    readonly message: string;
    readonly exceptionType: string;
    readonly isUserDefinedException: boolean;
    readonly stackTrace: string;
  };
}

export function toLwcError(error: unknown): LwcApexError {
  const apex =
    error instanceof ApexException
      ? error
      : new ApexException(
          'System.UnexpectedException',
          `Preview stand-in failure: ${error instanceof Error ? error.message : String(error)}`
        );
  return {
    status: 500,
    statusText: 'Server Error',
    ok: false,
    headers: {},
    body: {
      message: apex.message,
      exceptionType: apex.exceptionType,
      isUserDefinedException: false,
      stackTrace: ''
    }
  };
}

// ---- String.format and Custom Labels ---------------------------------------------------------

/**
 * Apex String.format: Java MessageFormat over the values' String.valueOf ({0}, {1}…; `'` quotes
 * and `''` is an apostrophe), as the offline Apex runtime implements it.
 */
export function format(template: string, values: readonly unknown[] = []): string {
  return messageFormat(
    template,
    values.map((value) => String(value ?? 'null'))
  );
}

/** System.Label: the project's Custom Labels; a missing one is a compile error in the org. */
export class Labels {
  private readonly values: ReadonlyMap<string, string>;

  constructor(values: ReadonlyMap<string, string>) {
    this.values = values;
  }

  get(name: string): string {
    const value = this.values.get(name);
    if (value === undefined) {
      // In the org the Apex class would not even compile: make the gap loud.
      throw new ApexException(
        'System.UnexpectedException',
        `Custom label ${name} does not exist in force-app/main/default/labels (the Apex would not compile).`
      );
    }
    return value.trim();
  }

  has(name: string): boolean {
    return this.values.has(name);
  }
}
