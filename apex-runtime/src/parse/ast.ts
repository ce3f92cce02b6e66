// The Apex syntax the interpreter runs: a plain-data tree lowered from the ANTLR parse tree of
// @apexdevtools/apex-parser (lower.ts). Plain data so it can be cached as JSON between runs:
// parsing is the slow part (ANTLR), interpreting the tree is not. Names keep their spelling;
// the interpreter compares them case-insensitively, as Apex does.
import type { TypeRef } from '../values';

/** Modifiers and annotations that change behaviour. Annotation names are lower-case. */
export interface Modifiers {
  isStatic: boolean;
  isAbstract: boolean;
  isVirtual: boolean;
  isOverride: boolean;
  isFinal: boolean;
  isTransient: boolean;
  access: 'private' | 'protected' | 'public' | 'global' | 'default';
  /** 'with' | 'without' | 'inherited' sharing, on classes. */
  sharing: 'with' | 'without' | 'inherited' | null;
  annotations: Annotation[];
}

export interface Annotation {
  name: string;
  /** Lower-case parameter name → literal text (unquoted). */
  params: Record<string, string>;
}

export interface ClassDecl {
  kind: 'class' | 'interface' | 'enum';
  name: string;
  line: number;
  modifiers: Modifiers;
  extendsType: TypeRef | null;
  implementsTypes: TypeRef[];
  /** Enum constants, in order. */
  enumValues: string[];
  fields: FieldDecl[];
  properties: PropertyDecl[];
  methods: MethodDecl[];
  constructors: MethodDecl[];
  /** Instance and static initializer blocks (`{ … }`, `static { … }`) in source order. */
  initializers: { isStatic: boolean; body: Block }[];
  inner: ClassDecl[];
}

export interface FieldDecl {
  name: string;
  type: TypeRef;
  modifiers: Modifiers;
  init: Expr | null;
  line: number;
}

export interface PropertyDecl {
  name: string;
  type: TypeRef;
  modifiers: Modifiers;
  /** null body: an automatic accessor (`get;`); undefined: no accessor of that kind. */
  getter?: Block | null;
  setter?: Block | null;
  line: number;
}

export interface Param {
  name: string;
  type: TypeRef;
}

export interface MethodDecl {
  name: string;
  /** null for void (and constructors). */
  returnType: TypeRef | null;
  params: Param[];
  modifiers: Modifiers;
  /** null: abstract or interface method. */
  body: Block | null;
  line: number;
  endLine: number;
}

export interface Block {
  kind: 'block';
  line: number;
  statements: Stmt[];
}

export type Stmt =
  | Block
  | { kind: 'local'; line: number; type: TypeRef; vars: { name: string; init: Expr | null }[] }
  | { kind: 'expr'; line: number; expr: Expr }
  | { kind: 'if'; line: number; cond: Expr; then: Stmt; else: Stmt | null }
  | { kind: 'while'; line: number; cond: Expr; body: Stmt }
  | { kind: 'doWhile'; line: number; cond: Expr; body: Block }
  | {
      kind: 'for';
      line: number;
      init: Stmt | Expr[] | null;
      cond: Expr | null;
      update: Expr[];
      body: Stmt;
    }
  | { kind: 'forEach'; line: number; type: TypeRef; name: string; iterable: Expr; body: Stmt }
  | { kind: 'return'; line: number; value: Expr | null }
  | { kind: 'throw'; line: number; value: Expr }
  | { kind: 'break'; line: number }
  | { kind: 'continue'; line: number }
  | {
      kind: 'try';
      line: number;
      body: Block;
      catches: { type: string; name: string; body: Block; line: number }[];
      finally: Block | null;
    }
  | {
      kind: 'dml';
      line: number;
      op: 'insert' | 'update' | 'delete' | 'undelete' | 'upsert' | 'merge';
      target: Expr;
      /** upsert's external Id field; merge's second operand is not supported. */
      field: string | null;
      mode: 'user' | 'system' | null;
    }
  | { kind: 'runAs'; line: number; args: Expr[]; body: Block }
  | {
      kind: 'switch';
      line: number;
      value: Expr;
      whens: SwitchWhen[];
    };

export type SwitchWhen =
  | { kind: 'else'; body: Block; line: number }
  | { kind: 'values'; values: Expr[]; body: Block; line: number }
  | { kind: 'type'; type: TypeRef; name: string; body: Block; line: number };

export type Literal =
  | { type: 'null' }
  | { type: 'boolean'; value: boolean }
  | { type: 'integer'; value: number }
  | { type: 'long'; value: number }
  | { type: 'decimal'; text: string }
  | { type: 'string'; value: string };

export type Expr =
  | { kind: 'literal'; line: number; value: Literal }
  /** A bare name: a local, a field, a class, a namespace… resolved at run time. */
  | { kind: 'name'; line: number; name: string }
  | { kind: 'this'; line: number }
  | { kind: 'super'; line: number }
  /** `obj.name` or `obj?.name` (also Class.staticField, Namespace.Class). */
  | { kind: 'field'; line: number; target: Expr; name: string; safe: boolean }
  /** `name(args)` (target null), `target.name(args)`, `this(...)`/`super(...)` calls. */
  | { kind: 'call'; line: number; target: Expr | null; name: string; args: Expr[]; safe: boolean }
  | { kind: 'index'; line: number; target: Expr; index: Expr }
  | { kind: 'new'; line: number; type: TypeRef; args: Expr[] }
  /** `new Account(Name = 'x', …)`. */
  | { kind: 'newSObject'; line: number; type: TypeRef; fields: { name: string; value: Expr }[] }
  /** `new List<T>{ a, b }`, `new Set<T>{…}`, `new T[]{…}`. */
  | { kind: 'newCollection'; line: number; type: TypeRef; items: Expr[] }
  /** `new T[n]`. */
  | { kind: 'newArray'; line: number; type: TypeRef; size: Expr }
  | { kind: 'newMap'; line: number; type: TypeRef; pairs: [Expr, Expr][] }
  | { kind: 'unary'; line: number; op: '!' | '-' | '+' | '~'; operand: Expr }
  | { kind: 'incdec'; line: number; op: '++' | '--'; prefix: boolean; target: Expr }
  | { kind: 'binary'; line: number; op: string; left: Expr; right: Expr }
  | { kind: 'assign'; line: number; op: string; target: Expr; value: Expr }
  | { kind: 'cond'; line: number; cond: Expr; then: Expr; else: Expr }
  | { kind: 'cast'; line: number; type: TypeRef; value: Expr }
  | { kind: 'instanceof'; line: number; value: Expr; type: TypeRef }
  /** `Foo.class`. */
  | { kind: 'classLiteral'; line: number; type: TypeRef }
  /** `[SELECT …]`: the lowered SOQL query (soql/ast), binds lowered as Expr. */
  | { kind: 'soql'; line: number; query: unknown };

export interface CompilationUnit {
  file: string;
  /** Number of lines in the file, for coverage. */
  lineCount: number;
  type: ClassDecl;
}
