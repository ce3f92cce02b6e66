// Methods every exception has (getMessage, getCause, getTypeName, getStackTraceString, …) and
// DmlException's per-row ones (getDmlMessage, getDmlType, getDmlFieldNames, getNumDml, …).
import { ApexError } from '../../errors';
import { ApexList, ApexObject, EnumValue, typeRef, type ApexValue } from '../../values';
import {
  CAUSE,
  LINE,
  MESSAGE,
  MESSAGE_SET,
  STACK,
  dmlErrorsOf,
  visibleMessage
} from '../exceptions';
import { sobjectFieldToken } from './sobjects';

export function exceptionMethod(
  exception: ApexObject,
  name: string,
  args: ApexValue[]
): ApexValue | undefined {
  const rows = dmlErrorsOf(exception);
  const row = (): (typeof rows)[number] => {
    const index = Number(args[0]);
    const found = rows[index];
    if (!found) throw new ApexError('ListException', `List index out of bounds: ${index}`);
    return found;
  };
  switch (name.toLowerCase()) {
    case 'getmessage':
      return visibleMessage(exception);
    case 'setmessage':
      exception.fields.set(MESSAGE, args[0] ?? null);
      exception.fields.set(MESSAGE_SET, true);
      return null;
    case 'getcause':
      return exception.fields.get(CAUSE) ?? null;
    case 'initcause':
      exception.fields.set(CAUSE, args[0] ?? null);
      return exception;
    case 'gettypename':
      return exception.cls.name;
    case 'getstacktracestring':
      return exception.fields.get(STACK) ?? '';
    case 'getlinenumber':
      return exception.fields.get(LINE) ?? 0;
    case 'tostring':
      return `${exception.cls.name}: ${String(visibleMessage(exception))}`;
    case 'getnumdml':
      return rows.length;
    case 'getdmlmessage':
      return row().message;
    case 'getdmltype':
      return new EnumValue('System.StatusCode', row().statusCode, 0);
    case 'getdmlstatuscode':
      return row().statusCode;
    case 'getdmlfieldnames':
      return new ApexList(typeRef('String'), row().fields.slice());
    case 'getdmlfields':
      return new ApexList(
        typeRef('Schema.SObjectField'),
        row().fields.map((f) => sobjectFieldToken('', f))
      );
    case 'getdmlid':
      return row().id ?? null;
    case 'getdmlindex':
      return row().index;
    default:
      return undefined;
  }
}
