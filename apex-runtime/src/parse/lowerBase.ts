// The state and helpers every part of the lowering shares: the file being lowered (for the
// NotImplemented that names its line), the SOQL lowering, and type references, which
// declarations, statements and expressions all contain.
import type * as P from '@apexdevtools/apex-parser';
import { NotImplemented } from '../errors';
import type { TypeRef } from '../values';
import type { SoqlLowering } from './lower';

type Ctx = P.ApexParserRuleContext;

export class LoweringBase {
  constructor(
    private readonly file: string,
    protected readonly lowerSoql: SoqlLowering
  ) {}

  protected fail(ctx: Ctx, what: string): never {
    throw new NotImplemented(what, `${this.file}:${ctx.start?.line ?? 0}`);
  }

  protected line(ctx: Ctx): number {
    return ctx.start?.line ?? 0;
  }

  typeRef(ctx: P.TypeRefContext): TypeRef {
    const names = ctx.typeName_list();
    const parts: string[] = [];
    let args: TypeRef[] = [];
    for (const typeName of names) {
      const base = typeName.LIST()
        ? 'List'
        : typeName.SET()
          ? 'Set'
          : typeName.MAP()
            ? 'Map'
            : typeName.id().getText();
      parts.push(base);
      const typeArguments = typeName.typeArguments();
      if (typeArguments)
        args = typeArguments
          .typeList()
          .typeRef_list()
          .map((t) => this.typeRef(t));
    }
    let type: TypeRef = { name: parts.join('.'), args };
    const subscripts = ctx.arraySubscripts();
    const depth = subscripts ? subscripts.LBRACK_list().length : 0;
    for (let i = 0; i < depth; i++) type = { name: 'List', args: [type] };
    return type;
  }
}
