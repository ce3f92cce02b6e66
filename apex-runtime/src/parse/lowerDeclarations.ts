// Lowers type declarations (classes, interfaces, enums), their members, modifiers and annotations.
import type * as P from '@apexdevtools/apex-parser';
import type { Annotation, ClassDecl, MethodDecl, Modifiers } from './ast';
import { StatementLowering } from './lowerStatements';

const NO_MODIFIERS: Modifiers = {
  isStatic: false,
  isAbstract: false,
  isVirtual: false,
  isOverride: false,
  isFinal: false,
  isTransient: false,
  access: 'default',
  sharing: null,
  annotations: []
};

export class DeclarationLowering extends StatementLowering {
  typeDeclaration(ctx: P.TypeDeclarationContext): ClassDecl {
    const modifiers = this.modifiers(ctx.modifier_list());
    if (ctx.classDeclaration()) return this.classDeclaration(ctx.classDeclaration(), modifiers);
    if (ctx.interfaceDeclaration())
      return this.interfaceDeclaration(ctx.interfaceDeclaration(), modifiers);
    if (ctx.enumDeclaration()) return this.enumDeclaration(ctx.enumDeclaration(), modifiers);
    return this.fail(ctx, 'a type declaration of this kind');
  }

  modifiers(list: P.ModifierContext[]): Modifiers {
    const result: Modifiers = { ...NO_MODIFIERS, annotations: [] };
    for (const m of list) {
      const annotation = m.annotation();
      if (annotation) {
        result.annotations.push(this.annotation(annotation));
        continue;
      }
      const text = m.getText().toLowerCase();
      if (text === 'static') result.isStatic = true;
      else if (text === 'abstract') result.isAbstract = true;
      else if (text === 'virtual') result.isVirtual = true;
      else if (text === 'override') result.isOverride = true;
      else if (text === 'final') result.isFinal = true;
      else if (text === 'transient') result.isTransient = true;
      else if (text === 'testmethod') result.annotations.push({ name: 'istest', params: {} });
      else if (['private', 'protected', 'public', 'global'].includes(text))
        result.access = text as Modifiers['access'];
      else if (text === 'withsharing') result.sharing = 'with';
      else if (text === 'withoutsharing') result.sharing = 'without';
      else if (text === 'inheritedsharing') result.sharing = 'inherited';
      else if (text === 'webservice') result.access = 'global';
      else this.fail(m, `modifier '${text}'`);
    }
    return result;
  }

  annotation(ctx: P.AnnotationContext): Annotation {
    const params: Record<string, string> = {};
    const pairs = ctx.elementValuePairs();
    if (pairs) {
      for (const pair of pairs.elementValuePair_list()) {
        const value = pair.elementValue().getText();
        params[pair.id().getText().toLowerCase()] = value.replace(/^'(.*)'$/, '$1');
      }
    } else if (ctx.elementValue()) {
      params.value = ctx
        .elementValue()
        .getText()
        .replace(/^'(.*)'$/, '$1');
    }
    return { name: ctx.id().getText().toLowerCase(), params };
  }

  private emptyClass(
    kind: ClassDecl['kind'],
    name: string,
    line: number,
    modifiers: Modifiers
  ): ClassDecl {
    return {
      kind,
      name,
      line,
      modifiers,
      extendsType: null,
      implementsTypes: [],
      enumValues: [],
      fields: [],
      properties: [],
      methods: [],
      constructors: [],
      initializers: [],
      inner: []
    };
  }

  classDeclaration(ctx: P.ClassDeclarationContext, modifiers: Modifiers): ClassDecl {
    const decl = this.emptyClass('class', ctx.id().getText(), this.line(ctx), modifiers);
    if (ctx.typeRef()) decl.extendsType = this.typeRef(ctx.typeRef());
    if (ctx.typeList())
      decl.implementsTypes = ctx
        .typeList()
        .typeRef_list()
        .map((t) => this.typeRef(t));
    for (const body of ctx.classBody().classBodyDeclaration_list())
      this.classBodyDeclaration(body, decl);
    return decl;
  }

  interfaceDeclaration(ctx: P.InterfaceDeclarationContext, modifiers: Modifiers): ClassDecl {
    const decl = this.emptyClass('interface', ctx.id().getText(), this.line(ctx), modifiers);
    if (ctx.typeList())
      decl.implementsTypes = ctx
        .typeList()
        .typeRef_list()
        .map((t) => this.typeRef(t));
    for (const m of ctx.interfaceBody().interfaceMethodDeclaration_list()) {
      decl.methods.push({
        name: m.id().getText(),
        returnType: m.typeRef() ? this.typeRef(m.typeRef()) : null,
        params: this.params(m.formalParameters()),
        modifiers: { ...this.modifiers(m.modifier_list()), isAbstract: true },
        body: null,
        line: this.line(m),
        endLine: m.stop?.line ?? this.line(m)
      });
    }
    return decl;
  }

  enumDeclaration(ctx: P.EnumDeclarationContext, modifiers: Modifiers): ClassDecl {
    const decl = this.emptyClass('enum', ctx.id().getText(), this.line(ctx), modifiers);
    decl.enumValues =
      ctx
        .enumConstants()
        ?.id_list()
        .map((id) => id.getText()) ?? [];
    return decl;
  }

  classBodyDeclaration(ctx: P.ClassBodyDeclarationContext, decl: ClassDecl): void {
    if (ctx.block()) {
      decl.initializers.push({ isStatic: Boolean(ctx.STATIC()), body: this.block(ctx.block()) });
      return;
    }
    const member = ctx.memberDeclaration();
    if (!member) return; // a stray semicolon
    const modifiers = this.modifiers(ctx.modifier_list());
    if (member.methodDeclaration()) {
      decl.methods.push(this.method(member.methodDeclaration(), modifiers));
    } else if (member.fieldDeclaration()) {
      const field = member.fieldDeclaration();
      const type = this.typeRef(field.typeRef());
      for (const v of field.variableDeclarators().variableDeclarator_list()) {
        decl.fields.push({
          name: v.id().getText(),
          type,
          modifiers,
          init: v.expression() ? this.expression(v.expression()) : null,
          line: this.line(v)
        });
      }
    } else if (member.propertyDeclaration()) {
      const prop = member.propertyDeclaration();
      const property: ClassDecl['properties'][number] = {
        name: prop.id().getText(),
        type: this.typeRef(prop.typeRef()),
        modifiers,
        line: this.line(prop)
      };
      for (const block of prop.propertyBlock_list()) {
        if (block.getter())
          property.getter = block.getter().block() ? this.block(block.getter().block()) : null;
        if (block.setter())
          property.setter = block.setter().block() ? this.block(block.setter().block()) : null;
      }
      decl.properties.push(property);
    } else if (member.classDeclaration()) {
      decl.inner.push(this.classDeclaration(member.classDeclaration(), modifiers));
    } else if (member.interfaceDeclaration()) {
      decl.inner.push(this.interfaceDeclaration(member.interfaceDeclaration(), modifiers));
    } else if (member.enumDeclaration()) {
      decl.inner.push(this.enumDeclaration(member.enumDeclaration(), modifiers));
    } else {
      const ctor = (
        member as unknown as { constructorDeclaration(): P.ConstructorDeclarationContext }
      ).constructorDeclaration();
      if (!ctor) this.fail(member, 'this kind of class member');
      decl.constructors.push({
        name: decl.name,
        returnType: null,
        params: this.params(ctor.formalParameters()),
        modifiers,
        body: this.block(ctor.block()),
        line: this.line(ctor),
        endLine: ctor.stop?.line ?? this.line(ctor)
      });
    }
  }

  method(ctx: P.MethodDeclarationContext, modifiers: Modifiers): MethodDecl {
    return {
      name: ctx.id().getText(),
      returnType: ctx.typeRef() ? this.typeRef(ctx.typeRef()) : null,
      params: this.params(ctx.formalParameters()),
      modifiers,
      body: ctx.block() ? this.block(ctx.block()) : null,
      line: this.line(ctx),
      endLine: ctx.stop?.line ?? this.line(ctx)
    };
  }

  params(ctx: P.FormalParametersContext): MethodDecl['params'] {
    const list = ctx.formalParameterList();
    if (!list) return [];
    return list
      .formalParameter_list()
      .map((p) => ({ name: p.id().getText(), type: this.typeRef(p.typeRef()) }));
  }
}
