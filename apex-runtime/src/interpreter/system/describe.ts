// Schema describe in Apex: SObjectType and SObjectField tokens, DescribeSObjectResult,
// DescribeFieldResult, PicklistEntry, Schema.getGlobalDescribe / describeSObjects. The
// isAccessible / isCreateable / isUpdateable answers are the running user's (CRUD and FLS),
// as in an org. Field maps are keyed by lower-case names, as the platform's are.
import { ApexError, NotImplemented } from '../../errors';
import { keyOf } from '../../equality';
import type { FieldDescribe, ObjectDescribe } from '../../platform/contracts';
import { ApexList, ApexMap, EnumValue, NativeObject, typeRef, type ApexValue } from '../../values';
import type { Interpreter } from '../interpreter';
import { sobjectFieldToken, sobjectTypeToken } from './sobjects';

/** Schema.DisplayType names of the describe's field types. */
const DISPLAY_TYPES: Record<string, string> = {
  id: 'ID',
  string: 'STRING',
  textarea: 'TEXTAREA',
  boolean: 'BOOLEAN',
  int: 'INTEGER',
  long: 'LONG',
  double: 'DOUBLE',
  currency: 'CURRENCY',
  percent: 'PERCENT',
  date: 'DATE',
  datetime: 'DATETIME',
  time: 'TIME',
  reference: 'REFERENCE',
  picklist: 'PICKLIST',
  multipicklist: 'MULTIPICKLIST',
  combobox: 'COMBOBOX',
  email: 'EMAIL',
  phone: 'PHONE',
  url: 'URL',
  base64: 'BASE64',
  encryptedstring: 'ENCRYPTEDSTRING',
  address: 'ADDRESS',
  location: 'LOCATION',
  anytype: 'ANYTYPE'
};

export const DISPLAY_TYPE_NAMES = Object.values(DISPLAY_TYPES);

function object(it: Interpreter, name: string): ObjectDescribe {
  const found = it.schema.object(name);
  if (!found)
    throw new ApexError('InvalidParameterValueException', `Invalid sobject provided: ${name}`);
  return found;
}

function field(it: Interpreter, objectName: string, fieldName: string): FieldDescribe {
  const found = object(it, objectName).fields.get(fieldName.toLowerCase());
  if (!found) throw new NotImplemented(`describe of ${objectName}.${fieldName}`, it.where());
  return found;
}

export function describeSObject(objectName: string): NativeObject {
  return new NativeObject('Schema.DescribeSObjectResult', { object: objectName });
}

function describeField(objectName: string, fieldName: string): NativeObject {
  return new NativeObject('Schema.DescribeFieldResult', { object: objectName, field: fieldName });
}

function fieldMap(it: Interpreter, objectName: string): ApexMap {
  const map = new ApexMap(typeRef('String'), typeRef('Schema.SObjectField'), new Map(), true);
  for (const described of object(it, objectName).fields.values()) {
    const key = described.name.toLowerCase();
    map.entries.set(keyOf(key), [key, sobjectFieldToken(objectName, described.name)]);
  }
  return map;
}

type State = { object: string; field?: string };

/** Methods of the describe natives, by class name. */
export function describeMethod(
  it: Interpreter,
  target: NativeObject,
  name: string,
  args: ApexValue[]
): ApexValue | undefined {
  const state = target.state as State;
  const user = () => it.platform.runningUserId();
  const method = name.toLowerCase();
  switch (target.className) {
    case 'Schema.SObjectType':
      if (method === 'getdescribe') return describeSObject(state.object);
      if (method === 'newsobject') return it.natives.construct(it, typeRef(state.object), []);
      if (method === 'tostring') return state.object;
      return undefined;
    case 'Schema.SObjectField':
      if (method === 'getdescribe') return describeField(state.object, state.field!);
      if (method === 'tostring') return state.field!;
      return undefined;
    case 'Schema.FieldsToken':
      if (method === 'getmap') return fieldMap(it, state.object);
      return undefined;
    case 'Schema.DescribeSObjectResult': {
      const described = object(it, state.object);
      switch (method) {
        case 'getname':
        case 'getlocalname':
          return described.name;
        case 'getlabel':
          return described.label;
        case 'getlabelplural':
          return described.labelPlural;
        case 'getkeyprefix':
          return described.keyPrefix;
        case 'getsobjecttype':
          return sobjectTypeToken(described.name);
        case 'iscustom':
          return described.custom;
        case 'isaccessible':
        case 'isqueryable':
          return it.platform.access.canAccessObject(user(), described.name, 'read');
        case 'iscreateable':
          return (
            described.createable &&
            it.platform.access.canAccessObject(user(), described.name, 'create')
          );
        case 'isupdateable':
          return (
            described.updateable &&
            it.platform.access.canAccessObject(user(), described.name, 'edit')
          );
        case 'isdeletable':
          return (
            described.deletable &&
            it.platform.access.canAccessObject(user(), described.name, 'delete')
          );
        default:
          return undefined;
      }
    }
    case 'Schema.DescribeFieldResult': {
      const described = field(it, state.object, state.field!);
      switch (method) {
        case 'getname':
        case 'getlocalname':
          return described.name;
        case 'getlabel':
          return described.label;
        case 'gettype':
          return new EnumValue('Schema.DisplayType', DISPLAY_TYPES[described.type] ?? 'ANYTYPE', 0);
        case 'getlength':
          return described.length;
        case 'getprecision':
          return described.precision;
        case 'getscale':
          return described.scale;
        case 'isnillable':
          return described.nillable;
        case 'iscustom':
          return described.custom;
        case 'iscalculated':
          return described.calculated;
        case 'getrelationshipname':
          return described.relationshipName;
        case 'getreferenceto':
          return new ApexList(
            typeRef('Schema.SObjectType'),
            described.referenceTo.map(sobjectTypeToken)
          );
        case 'getsobjectfield':
          return sobjectFieldToken(state.object, described.name);
        case 'getdefaultvalue':
          return described.defaultValue;
        case 'isrestrictedpicklist':
          return described.restrictedPicklist;
        case 'getpicklistvalues':
          return new ApexList(
            typeRef('Schema.PicklistEntry'),
            described.picklistValues.map((p) => new NativeObject('Schema.PicklistEntry', p))
          );
        case 'isaccessible':
          return it.platform.access.canAccessField(user(), state.object, described.name, 'read');
        case 'iscreateable':
          return (
            described.createable &&
            it.platform.access.canAccessField(user(), state.object, described.name, 'edit')
          );
        case 'isupdateable':
          return (
            described.updateable &&
            it.platform.access.canAccessField(user(), state.object, described.name, 'edit')
          );
        case 'isfilterable':
          return described.filterable;
        case 'isgroupable':
          return described.groupable;
        case 'issortable':
          return described.sortable;
        default:
          return undefined;
      }
    }
    case 'Schema.PicklistEntry': {
      const entry = target.state as {
        value: string;
        label: string;
        active: boolean;
        defaultValue: boolean;
      };
      if (method === 'getvalue') return entry.value;
      if (method === 'getlabel') return entry.label;
      if (method === 'isactive') return entry.active;
      if (method === 'isdefaultvalue') return entry.defaultValue;
      return undefined;
    }
    default:
      void args;
      return undefined;
  }
}

/** Properties of describe natives: `describe.fields`, `fields.Name`. */
export function describeProperty(
  it: Interpreter,
  target: NativeObject,
  name: string
): ApexValue | undefined {
  const state = target.state as State;
  if (target.className === 'Schema.DescribeSObjectResult' && name.toLowerCase() === 'fields')
    return new NativeObject('Schema.FieldsToken', { object: state.object, describe: true });
  if (target.className === 'Schema.FieldsToken') {
    const described = field(it, state.object, name);
    // Schema.SObjectType.X.fields.Y is a DescribeFieldResult; X.SObjectType.getDescribe().fields.Y too.
    return describeField(state.object, described.name);
  }
  return undefined;
}

export function schemaStatic(
  it: Interpreter,
  name: string,
  args: ApexValue[]
): ApexValue | undefined {
  switch (name.toLowerCase()) {
    case 'getglobaldescribe': {
      const map = new ApexMap(typeRef('String'), typeRef('Schema.SObjectType'), new Map(), true);
      for (const described of it.schema.objects()) {
        const key = described.name.toLowerCase();
        map.entries.set(keyOf(key), [key, sobjectTypeToken(described.name)]);
      }
      return map;
    }
    case 'describesobjects': {
      const names = args[0] instanceof ApexList ? args[0].items : [];
      return new ApexList(
        typeRef('Schema.DescribeSObjectResult'),
        names.map((n) => describeSObject(object(it, String(n)).name))
      );
    }
    default:
      return undefined;
  }
}

export function sameToken(a: NativeObject, b: NativeObject): boolean {
  const sa = a.state as State;
  const sb = b.state as State;
  return (
    a.className === b.className &&
    sa.object?.toLowerCase() === sb.object?.toLowerCase() &&
    (sa.field ?? '').toLowerCase() === (sb.field ?? '').toLowerCase()
  );
}
