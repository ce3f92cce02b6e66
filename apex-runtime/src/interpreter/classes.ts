// The runtime's view of a class: members by lower-case name, its ancestry, its static state.
// Classes come from the project's source (ClassDecl) or are built in (exceptions, interfaces
// such as Queueable and Comparable) — a built-in class has no declaration of its own.
import type { ClassDecl, FieldDecl, MethodDecl, PropertyDecl } from '../parse/ast';
import type { ApexValue, ClassHandle, TypeRef } from '../values';

export interface MethodInfo {
  decl: MethodDecl;
  owner: ClassInfo;
}

export class ClassInfo implements ClassHandle {
  /** Lower-case simple name → inner class. */
  readonly inner = new Map<string, ClassInfo>();
  /** Lower-case name → overloads declared here (not inherited). */
  readonly methods = new Map<string, MethodInfo[]>();
  readonly constructors: MethodInfo[] = [];
  readonly instanceFields: FieldDecl[] = [];
  readonly staticFields: FieldDecl[] = [];
  /** Lower-case name → property declared here. */
  readonly properties = new Map<string, PropertyDecl>();
  superclass: ClassInfo | null = null;
  interfaces: ClassInfo[] = [];
  /** Static fields and static property values, lower-case name → value. */
  readonly statics = new Map<string, ApexValue>();
  staticsReady = false;
  /** Built-in classes: the name of the system exception/interface they stand for. */
  readonly builtIn: boolean;

  constructor(
    /** Qualified display name: 'Outer.Inner', or 'System.DmlException' for built-ins. */
    readonly name: string,
    readonly decl: ClassDecl | null,
    readonly outer: ClassInfo | null,
    /** The file the class is in (top-level class name + '.cls'), for stacks and coverage. */
    readonly file: string
  ) {
    this.builtIn = decl === null;
    if (decl) {
      for (const method of decl.methods) {
        const key = method.name.toLowerCase();
        const list = this.methods.get(key) ?? [];
        list.push({ decl: method, owner: this });
        this.methods.set(key, list);
      }
      for (const ctor of decl.constructors) this.constructors.push({ decl: ctor, owner: this });
      for (const field of decl.fields) {
        (field.modifiers.isStatic ? this.staticFields : this.instanceFields).push(field);
      }
      for (const property of decl.properties)
        this.properties.set(property.name.toLowerCase(), property);
    }
  }

  get kind(): 'class' | 'interface' | 'enum' {
    return this.decl?.kind ?? 'class';
  }

  get simpleName(): string {
    const dot = this.name.lastIndexOf('.');
    return dot < 0 ? this.name : this.name.slice(dot + 1);
  }

  get isAbstract(): boolean {
    return Boolean(this.decl?.modifiers.isAbstract) || this.kind === 'interface';
  }

  isA(typeName: string): boolean {
    const wanted = typeName.toLowerCase();
    const visit = (cls: ClassInfo | null): boolean => {
      if (!cls) return false;
      const name = cls.name.toLowerCase();
      if (name === wanted || cls.simpleName.toLowerCase() === wanted || `system.${name}` === wanted)
        return true;
      if (name.startsWith('system.') && name.slice(7) === wanted) return true;
      return visit(cls.superclass) || cls.interfaces.some(visit);
    };
    return visit(this);
  }

  isSubclassOf(other: ClassInfo): boolean {
    for (const cls of this.lineage()) {
      if (cls === other) return true;
      if (cls.interfaces.some((i) => i === other || i.isSubclassOf(other))) return true;
    }
    return false;
  }

  /** Overloads of a method visible on this class: its own first, then inherited. */
  findMethods(name: string): MethodInfo[] {
    const key = name.toLowerCase();
    const found: MethodInfo[] = [];
    const seen = new Set<string>();
    for (const cls of this.lineage()) {
      for (const method of cls.methods.get(key) ?? []) {
        const signature = method.decl.params.map((p) => typeKey(p.type)).join(',');
        if (seen.has(signature)) continue; // overridden lower down
        seen.add(signature);
        found.push(method);
      }
    }
    // Interface default bodies do not exist in Apex; abstract ones are found for type checks only.
    for (const iface of this.allInterfaces()) {
      for (const method of iface.methods.get(key) ?? []) {
        const signature = method.decl.params.map((p) => typeKey(p.type)).join(',');
        if (!seen.has(signature)) {
          seen.add(signature);
          found.push(method);
        }
      }
    }
    return found;
  }

  allInterfaces(): ClassInfo[] {
    const result: ClassInfo[] = [];
    const visit = (cls: ClassInfo) => {
      for (const i of cls.interfaces) {
        if (!result.includes(i)) {
          result.push(i);
          visit(i);
        }
      }
      if (cls.superclass) visit(cls.superclass);
    };
    visit(this);
    return result;
  }

  findProperty(name: string): { property: PropertyDecl; owner: ClassInfo } | null {
    const key = name.toLowerCase();
    for (const cls of this.lineage()) {
      const property = cls.properties.get(key);
      if (property) return { property, owner: cls };
    }
    return null;
  }

  findInstanceField(name: string): { field: FieldDecl; owner: ClassInfo } | null {
    const key = name.toLowerCase();
    for (const cls of this.lineage()) {
      const field = cls.instanceFields.find((f) => f.name.toLowerCase() === key);
      if (field) return { field, owner: cls };
    }
    return null;
  }

  /** A static field or static property declared here or inherited. */
  findStatic(
    name: string
  ): { owner: ClassInfo; field?: FieldDecl; property?: PropertyDecl } | null {
    const key = name.toLowerCase();
    for (const cls of this.lineage()) {
      const field = cls.staticFields.find((f) => f.name.toLowerCase() === key);
      if (field) return { owner: cls, field };
      const property = cls.properties.get(key);
      if (property?.modifiers.isStatic) return { owner: cls, property };
    }
    for (const iface of this.allInterfaces()) {
      const field = iface.staticFields.find((f) => f.name.toLowerCase() === key);
      if (field) return { owner: iface, field };
    }
    return null;
  }

  /** This class, then its superclass, and so on up. */
  lineage(): ClassInfo[] {
    // Computed once: superclasses are linked when the classes load and never change after.
    if (!this.lineageCache) {
      const chain: ClassInfo[] = [this];
      for (let parent = this.superclass; parent; parent = parent.superclass) chain.push(parent);
      this.lineageCache = chain;
    }
    return this.lineageCache;
  }

  private lineageCache: ClassInfo[] | null = null;

  hasAnnotation(name: string): boolean {
    return Boolean(this.decl?.modifiers.annotations.some((a) => a.name === name));
  }
}

export function typeKey(type: TypeRef): string {
  return type.args.length
    ? `${type.name.toLowerCase()}<${type.args.map(typeKey).join(',')}>`
    : type.name.toLowerCase();
}

export function typeToString(type: TypeRef): string {
  return type.args.length ? `${type.name}<${type.args.map(typeToString).join(',')}>` : type.name;
}

/** The class of an object made by this interpreter (values.ts knows it only as a handle). */
export function classOf(obj: { cls: unknown }): ClassInfo {
  return obj.cls as ClassInfo;
}
