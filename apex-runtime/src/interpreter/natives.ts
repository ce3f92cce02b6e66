// What the interpreter asks of the system library (system/): everything that is not the Apex
// language itself — system classes and namespaces, SObject fields, SOQL, System.runAs.
import type { Stmt } from '../parse/ast';
import type { ApexValue, SObjectValue, TypeRef } from '../values';
import type { Completion } from './frames';
import type { Interpreter } from './interpreter';
import type { Target } from './members';

export interface Natives {
  isNamespace(name: string): boolean;
  namespaceMember(it: Interpreter, path: string, name: string): Target;
  callStatic(it: Interpreter, path: string, name: string, args: ApexValue[]): ApexValue;
  callInstance(it: Interpreter, receiver: ApexValue, name: string, args: ApexValue[]): ApexValue;
  /** A property of a system value (rare in Apex: most are methods). */
  property(it: Interpreter, value: ApexValue, name: string): ApexValue;
  construct(it: Interpreter, type: TypeRef, args: ApexValue[]): ApexValue;
  /** `Account.SObjectType`, `Account.Name` (a Schema.SObjectField), `Account.fields`. */
  sobjectTypeMember(it: Interpreter, objectName: string, name: string): ApexValue;
  callSObjectType(it: Interpreter, objectName: string, name: string, args: ApexValue[]): ApexValue;
  readField(it: Interpreter, record: SObjectValue, name: string): ApexValue;
  writeField(it: Interpreter, record: SObjectValue, name: string, value: ApexValue): ApexValue;
  staticSoql(it: Interpreter, query: unknown): ApexValue;
  runAs(it: Interpreter, stmt: Extract<Stmt, { kind: 'runAs' }>): Completion;
  /** `when RED` in a switch on an enum value. */
  enumConstant(it: Interpreter, value: ApexValue, name: string): ApexValue;
  /** The qualified form of a type written in the code (`Change` → `MfaEditorRow.Change`). */
  canonicalType(it: Interpreter, type: TypeRef, from?: import('./classes').ClassInfo): TypeRef;
  typeDisplayName(type: TypeRef): string;
  /** String conversion as `+` and String.valueOf do it. */
  toText(it: Interpreter, value: ApexValue): string;
  /** A user-defined equals(), when the left side has one; undefined otherwise. */
  equals(it: Interpreter, left: ApexValue, right: ApexValue): boolean | undefined;
  /** Date/Datetime + or - a number of days; undefined when the operands are not dates. */
  dateArithmetic(op: string, left: ApexValue, right: ApexValue): ApexValue | undefined;
}
