// The interpreter's side of stdlib's Interop: conversions, calls into Apex objects, class
// fields for JSON, and the running user's time zone.
import { NotImplemented } from '../../errors';
import type { Interop } from '../../stdlib';
import { ApexObject, NativeObject, type ApexValue, type TypeRef } from '../../values';
import { classOf, type ClassInfo } from '../classes';
import type { Interpreter } from '../interpreter';
import { callOn, coerceTo, ensureStatics } from '../invoke';
import { checkHeap } from './heap';
import { sobjectTypeToken } from './sobjects';

export function createInterop(it: Interpreter): Interop {
  const classFor = (type: TypeRef): ClassInfo | null => {
    const cls = it.resolveClass(type.name, it.frame?.cls ?? null);
    return cls && !cls.builtIn && cls.kind === 'class' ? cls : null;
  };
  return {
    get platform() {
      return it.platform;
    },
    coerce: (value, type) => coerceTo(it, value, type),
    observeHeap: (inflight) => void checkHeap(it, inflight),
    invokeVirtual: (target, name, args) => callOn(it, target, name, args),
    hasMethod: (target, name, arity) =>
      classOf(target)
        .findMethods(name)
        .some((m) => m.decl.body && m.decl.params.length === arity),
    classFields(type) {
      const cls = classFor(type);
      if (!cls) return null;
      const chain: ClassInfo[] = [];
      for (let c: ClassInfo | null = cls; c && !c.builtIn; c = c.superclass) chain.unshift(c);
      const fields: { name: string; type: TypeRef }[] = [];
      for (const c of chain) {
        const members = [
          ...c.instanceFields
            .filter((f) => !f.modifiers.isTransient)
            .map((f) => ({ name: f.name, type: f.type, line: f.line })),
          ...[...c.properties.values()]
            .filter((p) => !p.modifiers.isStatic && !p.modifiers.isTransient)
            .map((p) => ({ name: p.name, type: p.type, line: p.line }))
        ].sort((a, b) => a.line - b.line);
        // Field types are written relative to the class that declares them.
        fields.push(
          ...members.map(({ name, type: t }) => ({
            name,
            type: it.natives.canonicalType(it, t, c)
          }))
        );
      }
      return fields;
    },
    newInstance(type) {
      const cls = classFor(type);
      if (!cls) throw new NotImplemented(`JSON into ${type.name}`, it.where());
      ensureStatics(it, cls);
      const obj = new ApexObject(cls);
      for (let c: ClassInfo | null = cls; c && !c.builtIn; c = c.superclass) {
        for (const f of c.instanceFields) obj.fields.set(f.name.toLowerCase(), null);
        for (const p of c.properties.values())
          if (!p.modifiers.isStatic) obj.fields.set(p.name.toLowerCase(), null);
      }
      return obj;
    },
    objectToString(target) {
      const cls = classOf(target);
      if (
        !cls.builtIn &&
        cls.findMethods('toString').some((m) => m.decl.body && m.decl.params.length === 0)
      ) {
        return String(callOn(it, target, 'toString', []));
      }
      if (cls.isA('Exception')) return String(callOn(it, target, 'toString', []));
      // The platform prints an object's fields: ClassName:[field=value, …].
      const parts = [...target.fields]
        .filter(([k]) => !k.startsWith('$'))
        .map(([k, v]) => `${displayName(cls, k)}=${it.natives.toText(it, v as ApexValue)}`);
      return `${cls.name}:[${parts.join(', ')}]`;
    },
    nativeToString(target: NativeObject) {
      const state = target.state as { object?: string; field?: string };
      if (target.className === 'Schema.SObjectType') return state.object ?? '';
      if (target.className === 'Schema.SObjectField') return state.field ?? '';
      return target.className;
    },
    sObjectType(objectName) {
      return sobjectTypeToken(objectName);
    },
    timeZone() {
      const user = it.platform.store.byId(it.runningUser);
      return String(user?.record.get('timezonesidkey') ?? 'GMT');
    },
    apiVersion: () => '65.0',
    where: () => it.where()
  };
}

function displayName(cls: ClassInfo, key: string): string {
  for (let c: ClassInfo | null = cls; c; c = c.superclass) {
    const field = c.instanceFields.find((f) => f.name.toLowerCase() === key);
    if (field) return field.name;
    const property = c.properties.get(key);
    if (property) return property.name;
  }
  return key;
}
