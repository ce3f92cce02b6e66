// Apex exceptions at run time. An exception is an ApexObject of a class that is or extends
// Exception; throwing it raises ApexThrow in JS. The system exceptions are built-in classes
// (System.DmlException, …). Two are never catchable in Apex: System.LimitException and
// System.AssertException (Apex Developer Guide: "Exception Class and Built-In Exceptions").
import { ApexError, type DmlRowError } from '../errors';
import { ApexObject, type ApexValue } from '../values';
import { ClassInfo } from './classes';

/** The built-in exception types (System namespace), each extending Exception. */
export const SYSTEM_EXCEPTIONS = [
  'AssertException',
  'AsyncException',
  'CalloutException',
  'DmlException',
  'EmailException',
  'FinalException',
  'HandledException',
  'IllegalArgumentException',
  'InvalidParameterValueException',
  'JSONException',
  'LimitException',
  'ListException',
  'MathException',
  'NoAccessException',
  'NoDataFoundException',
  'NoSuchElementException',
  'NullPointerException',
  'QueryException',
  'RequiredFeatureMissingException',
  'SearchException',
  'SecurityException',
  'SerializationException',
  'SObjectException',
  'StringException',
  'TypeException',
  'UnexpectedException',
  'AuraHandledException'
] as const;

const UNCATCHABLE = new Set(['system.limitexception', 'system.assertexception']);

/** Internal slots of an exception object (not Apex-visible names: they start with '$'). */
export const MESSAGE = '$message';
export const CAUSE = '$cause';
export const STACK = '$stack';
export const LINE = '$line';
export const DML = '$dml';
/** AuraHandledException: whether setMessage was called (getMessage otherwise hides the text). */
export const MESSAGE_SET = '$messageSet';

export class ApexThrow extends Error {
  constructor(readonly exception: ApexObject) {
    super(String(exception.fields.get(MESSAGE) ?? ''));
    this.name = exception.cls.name;
  }
  get catchable(): boolean {
    return !UNCATCHABLE.has(this.exception.cls.name.toLowerCase());
  }
}

export function builtInExceptionClasses(): ClassInfo[] {
  const base = new ClassInfo('Exception', null, null, '');
  const classes = [base];
  for (const name of SYSTEM_EXCEPTIONS) {
    const cls = new ClassInfo(`System.${name}`, null, null, '');
    cls.superclass = base;
    classes.push(cls);
  }
  return classes;
}

export function newExceptionObject(
  cls: ClassInfo,
  message: ApexValue,
  cause: ApexValue,
  stack: string,
  line: number
): ApexObject {
  const exception = new ApexObject(cls);
  exception.fields.set(MESSAGE, message);
  exception.fields.set(CAUSE, cause);
  exception.fields.set(STACK, stack);
  exception.fields.set(LINE, line);
  return exception;
}

export function dmlErrorsOf(exception: ApexObject): DmlRowError[] {
  return (exception.fields.get(DML) as unknown as DmlRowError[] | null) ?? [];
}

/** The message getMessage() returns: AuraHandledException hides its text until setMessage. */
export function visibleMessage(exception: ApexObject): ApexValue {
  if (exception.cls.isA('AuraHandledException') && !exception.fields.get(MESSAGE_SET)) {
    return 'Script-thrown exception';
  }
  return exception.fields.get(MESSAGE) ?? null;
}

export { ApexError };
