// UserInfo, Limits, FeatureManagement, Type and Custom Labels: what Apex reads of the running
// user, the transaction and the deployed metadata.
import { ApexError, NotImplemented } from '../../errors';
import type { LimitName } from '../../platform/limits';
import { ApexObject, TypeValue, type ApexValue, type TypeRef } from '../../values';
import type { Interpreter } from '../interpreter';
import { construct } from '../invoke';
import { checkHeap } from './heap';

function currentUser(it: Interpreter) {
  const found = it.platform.store.byId(it.runningUser);
  if (!found)
    throw new ApexError('UnexpectedException', `the running user ${it.runningUser} does not exist`);
  return found.record;
}

export function userInfoStatic(it: Interpreter, name: string): ApexValue | undefined {
  const user = () => currentUser(it);
  switch (name.toLowerCase()) {
    case 'getuserid':
      return it.runningUser;
    case 'getprofileid':
      return user().get('profileid') ?? null;
    case 'getusername':
      return user().get('username') ?? null;
    case 'getname': {
      const first = user().get('firstname');
      const last = user().get('lastname');
      return [first, last].filter((p) => p !== null && p !== undefined).join(' ');
    }
    case 'getfirstname':
      return user().get('firstname') ?? null;
    case 'getlastname':
      return user().get('lastname') ?? null;
    case 'getuseremail':
      return user().get('email') ?? null;
    case 'getusertype':
      return user().get('usertype') ?? 'Standard';
    case 'getlanguage':
      return user().get('languagelocalekey') ?? null;
    case 'getlocale':
      return user().get('localesidkey') ?? null;
    case 'getuserroleid':
      return user().get('userroleid') ?? null;
    case 'getorganizationid':
      return it.organizationId;
    case 'getorganizationname':
      return 'Why API-Only? development';
    case 'getdefaultcurrency':
      return 'USD';
    case 'ismulticurrencyorganization':
      return false;
    case 'getuithemedisplayed':
    case 'getuitheme':
      return 'Theme4d';
    default:
      return undefined;
  }
}

const LIMIT_METHODS: Record<string, LimitName> = {
  queries: 'queries',
  queryrows: 'queryRows',
  dmlstatements: 'dmlStatements',
  dmlrows: 'dmlRows',
  queueablejobs: 'queueableJobs',
  heapsize: 'heapSize',
  cputime: 'cpuTime',
  futurecalls: 'futureCalls',
  callouts: 'callouts',
  emailinvocations: 'emailInvocations'
};

export function limitsStatic(it: Interpreter, name: string): ApexValue | undefined {
  const lower = name.toLowerCase();
  const isLimit = lower.startsWith('getlimit');
  const key = LIMIT_METHODS[lower.replace(/^getlimit|^get/, '')];
  if (!key) return undefined;
  const limits = it.platform.limits;
  if (isLimit) return limits.limit(key);
  if (key === 'heapSize') return checkHeap(it);
  return limits.get(key);
}

export function featureManagementStatic(
  it: Interpreter,
  name: string,
  args: ApexValue[]
): ApexValue | undefined {
  if (name.toLowerCase() !== 'checkpermission') return undefined;
  if (typeof args[0] !== 'string')
    throw new ApexError('NullPointerException', 'Argument cannot be null.');
  return it.platform.access.hasCustomPermission(it.runningUser, args[0]);
}

/** Type.forName(name) / forName(namespace, name): the type, or null when there is none. */
export function typeStatic(
  it: Interpreter,
  name: string,
  args: ApexValue[]
): ApexValue | undefined {
  if (name.toLowerCase() !== 'forname') return undefined;
  const typeName = String(args.length === 2 ? args[1] : args[0]);
  if (args.length === 2 && args[0] !== null && args[0] !== '')
    throw new NotImplemented('Type.forName with a namespace', it.where());
  const cls = it.resolveClass(typeName, null);
  if (cls) return new TypeValue({ name: cls.name, args: [] });
  const object = it.schema.object(typeName);
  if (object) return new TypeValue({ name: object.name, args: [] });
  return null;
}

export function typeMethod(
  it: Interpreter,
  value: TypeValue,
  name: string,
  args: ApexValue[]
): ApexValue | undefined {
  switch (name.toLowerCase()) {
    case 'getname':
    case 'tostring':
      return it.natives.typeDisplayName(value.type);
    case 'newinstance': {
      const created = construct(it, value.type, [], it.frame.line);
      return created;
    }
    case 'equals':
      return (
        args[0] instanceof TypeValue &&
        it.natives.typeDisplayName(args[0].type).toLowerCase() ===
          it.natives.typeDisplayName(value.type).toLowerCase()
      );
    case 'hashcode':
      return 0;
    case 'isassignablefrom': {
      const other = args[0];
      if (!(other instanceof TypeValue)) return false;
      const from = it.resolveClass(other.type.name, null);
      return Boolean(from && from.isA(value.type.name));
    }
    default:
      return undefined;
  }
}

export function labelValue(it: Interpreter, name: string): string {
  const value = it.labels.get(name.toLowerCase());
  if (value === undefined)
    throw new NotImplemented(`Custom Label ${name} (not in force-app's labels)`, it.where());
  return value;
}

export function isApexObjectOf(value: ApexValue, type: TypeRef): boolean {
  return value instanceof ApexObject && value.cls.isA(type.name);
}
