// Row errors of DML statements, with the platform's status codes and texts (sources in
// docs/dml.md). One builder per error so that the wording lives in one place.
import { ApexError, dmlExceptionMessage, type DmlRowError } from '../errors';
import type { FieldDescribe } from './contracts';

export type DmlOperationName = 'Insert' | 'Update' | 'Upsert' | 'Delete';

/** A row error before its index is known. */
export type RowProblem = Omit<DmlRowError, 'index'>;

const problem = (statusCode: string, message: string, fields: string[] = []): RowProblem => ({
  statusCode,
  message,
  fields
});

export const rowErrors = {
  idOnInsert: () =>
    problem('INVALID_FIELD_FOR_INSERT_UPDATE', 'cannot specify Id in an insert call', ['Id']),
  idMissing: (operation: 'update' | 'delete') =>
    problem('MISSING_ARGUMENT', `Id not specified in an ${operation} call`),
  entityDeleted: () => problem('ENTITY_IS_DELETED', 'entity is deleted'),
  invalidCrossReference: () => problem('INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id'),
  unknownField: (field: string, object: string) =>
    problem(
      'INVALID_FIELD',
      `No such column '${field}' on entity '${object}'. If you are attempting to use a custom ` +
        `field, be sure to append the '__c' after the custom field name. Please reference your ` +
        `WSDL or the describe call for the appropriate names.`
    ),
  /** Not createable/updateable, or no edit FLS in user mode: the API's one text for both. */
  notWritable: (fields: string[]) =>
    problem(
      'INVALID_FIELD_FOR_INSERT_UPDATE',
      `Unable to create/update fields: ${fields.join(', ')}. Please check the security settings ` +
        `of this field and verify that it is read/write for your profile or permission set.`,
      fields
    ),
  requiredMissing: (fields: string[]) =>
    problem(
      'REQUIRED_FIELD_MISSING',
      `Required fields are missing: [${fields.join(', ')}]`,
      fields
    ),
  tooLong: (field: FieldDescribe, value: string) =>
    problem(
      'STRING_TOO_LONG',
      `${field.label}: data value too large: ${value} (max length=${field.length})`,
      [field.name]
    ),
  badPicklist: (field: FieldDescribe, value: string) =>
    problem(
      'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
      `${field.label}: bad value for restricted picklist field: ${value}`,
      [field.name]
    ),
  malformedId: (field: FieldDescribe, value: string) =>
    problem('MALFORMED_ID', `${field.label}: id value of incorrect type: ${value}`, [field.name]),
  wrongReferenceType: (field: FieldDescribe, id: string) =>
    problem('FIELD_INTEGRITY_EXCEPTION', `${field.label}: id value of incorrect type: ${id}`, [
      field.name
    ]),
  insufficientAccess: () =>
    problem('INSUFFICIENT_ACCESS_OR_READONLY', 'insufficient access rights on object id'),
  duplicateUsername: () =>
    problem(
      'DUPLICATE_USERNAME',
      'Duplicate Username.<br>The username already exists in this or another Salesforce ' +
        'organization. Usernames must be unique across all Salesforce organizations. To ' +
        "resolve, use a different username (it doesn't need to match the user's email address). ",
      ['Username']
    ),
  duplicateValue: () =>
    problem(
      'DUPLICATE_VALUE',
      'duplicate value found: <unknown> duplicates value on record with id: <unknown>'
    ),
  mixedDml: (object: string, original: string) =>
    problem(
      'MIXED_DML_OPERATION',
      'DML operation on setup object is not permitted after you have updated a non-setup ' +
        `object (or vice versa): ${object}, original object: ${original}`
    ),
  dependsOn: (violations: { permission: string; requires: string[] }[]) =>
    problem(
      'FIELD_INTEGRITY_EXCEPTION',
      violations
        .map((v) => `Permission ${v.permission} depends on permission(s): ${v.requires.join(', ')}`)
        .join('; ')
    )
};

/**
 * The DmlException of an all-or-none statement. errors.ts's dmlExceptionMessage already matches
 * the platform's text ("Insert failed. First exception on row 0; first error:
 * REQUIRED_FIELD_MISSING, Required fields are missing: [LastName]: [LastName]"), so it is used
 * as is.
 */
export function dmlException(operation: DmlOperationName, errors: DmlRowError[]): ApexError {
  return new ApexError('DmlException', dmlExceptionMessage(operation, errors), errors);
}

/** DML on an object that does not allow the operation (Apex: System.TypeException). */
export function operationNotAllowed(operation: string, object: string): ApexError {
  return new ApexError('TypeException', `DML operation ${operation} not allowed on ${object}`);
}
