// Verifies one parsed SOQL query against the SObject schema: the FROM object, every field path in
// SELECT, WHERE, GROUP BY, HAVING, ORDER BY and functions, child-relationship subqueries,
// semi-join subqueries and TYPEOF. Parts of dynamic SOQL that could not be resolved arrive as
// placeholder identifiers (isHole) and are skipped, counted by the caller.
import {
  BoundExpressionContext,
  FieldNameContext,
  FromNameListContext,
  SubQueryContext,
  TypeOfContext,
  UsingScopeContext,
  ValueContext,
  WithClauseContext
} from '@apexdevtools/apex-parser';

/**
 * @param {import('@apexdevtools/apex-parser').QueryContext} query
 * @param {{objects: Record<string, any>}} schema
 * @param {{report: (token: any, message: string) => void, isHole: (name: string) => boolean, skipped: (token: any, what: string) => void}} sink
 */
export function verifyQuery(query, schema, sink) {
  const verifier = new QueryVerifier(schema, sink);
  verifier.verifyRootQuery(query);
  return verifier.checkedPaths;
}

class QueryVerifier {
  constructor(schema, sink) {
    this.schema = schema;
    this.sink = sink;
    this.checkedPaths = 0;
  }

  object(name) {
    return this.schema.objects[name.toLowerCase()];
  }

  field(object, name) {
    return object.fields[name.toLowerCase()];
  }

  /** A query whose FROM names an SObject: the top level, or a semi-join in WHERE. */
  verifyRootQuery(query) {
    const from = query.fromNameList();
    const objectName = from.fieldName(0).getText();
    if (this.sink.isHole(objectName)) {
      this.sink.skipped(from.start, `FROM ${objectName}`);
      return;
    }
    const object = this.object(objectName);
    if (!object) {
      this.sink.report(from.start, `unknown SObject ${objectName}`);
      return;
    }
    this.verifyScope(query, object, this.aliasesOf(from));
  }

  /** A subquery in the select list: its FROM names a child relationship of the parent object. */
  verifyChildQuery(subQuery, parent) {
    const from = subQuery.fromNameList();
    const relationshipName = from.fieldName(0).getText();
    if (this.sink.isHole(relationshipName)) {
      this.sink.skipped(from.start, `child relationship ${relationshipName}`);
      return;
    }
    const relationship = this.field(parent, relationshipName);
    if (!relationship || relationship.kind !== 'children') {
      this.sink.report(
        from.start,
        `unknown child relationship ${relationshipName} on ${parent.name}`
      );
      return;
    }
    this.verifyScope(subQuery, this.object(relationship.target), this.aliasesOf(from));
  }

  aliasesOf(fromNameList) {
    return new Set(fromNameList.soqlId_list().map((alias) => alias.getText().toLowerCase()));
  }

  /** Walks one query level; nested queries open their own scope. */
  verifyScope(node, object, aliases) {
    for (const child of node.children ?? []) {
      if (child instanceof SubQueryContext) {
        // In WHERE (`Id IN (SELECT …)`) a subquery is a semi-join on its own object.
        if (node instanceof ValueContext) this.verifyRootQuery(child);
        else this.verifyChildQuery(child, object);
      } else if (child instanceof TypeOfContext) {
        this.verifyTypeOf(child, object);
      } else if (child instanceof FieldNameContext) {
        this.verifyPath(child, object, aliases);
      } else if (
        !(child instanceof FromNameListContext) &&
        !(child instanceof BoundExpressionContext) &&
        !(child instanceof UsingScopeContext) &&
        !(child instanceof WithClauseContext)
      ) {
        this.verifyScope(child, object, aliases);
      }
    }
  }

  /** TYPEOF What WHEN Account THEN Name ELSE Name END */
  verifyTypeOf(typeOf, object) {
    const relationship = this.resolvePath(typeOf.fieldName(), object, new Set(), {
      wantRelationship: true
    });
    if (!relationship) return;
    for (const when of typeOf.whenClause_list()) {
      const typeName = when.fieldName().getText();
      const whenObject = this.object(typeName);
      if (!whenObject) {
        this.sink.report(when.fieldName().start, `unknown SObject ${typeName} in TYPEOF`);
        continue;
      }
      for (const field of when.fieldNameList().fieldName_list())
        this.verifyPath(field, whenObject, new Set());
    }
    const elseClause = typeOf.elseClause();
    if (elseClause) {
      for (const field of elseClause.fieldNameList().fieldName_list()) {
        this.verifyPath(field, relationship, new Set());
      }
    }
  }

  verifyPath(fieldName, object, aliases) {
    this.resolvePath(fieldName, object, aliases, { wantRelationship: false });
  }

  /** Follows a dotted path; returns the object at its end (relationship) or true (field). */
  resolvePath(fieldName, object, aliases, { wantRelationship }) {
    // Each segment keeps its token: in dynamic SOQL a path may join pieces from different lines.
    const tokens = fieldName.soqlId_list().map((id) => id.start);
    const segments = tokens.map((token) => token.text);
    const pathText = segments.join('.');
    if (segments.some((segment) => this.sink.isHole(segment))) {
      this.sink.skipped(fieldName.start, `field ${pathText}`);
      return null;
    }
    this.checkedPaths++;
    // `a.Name` with FROM X a, or `X.Name` with FROM X: the first segment names the query's object.
    if (
      segments.length > 1 &&
      (aliases.has(segments[0].toLowerCase()) ||
        (segments[0].toLowerCase() === object.name.toLowerCase() &&
          !this.field(object, segments[0])))
    ) {
      segments.shift();
      tokens.shift();
    }
    let current = object;
    for (const [index, segment] of segments.entries()) {
      const isLast = index === segments.length - 1;
      const field = this.field(current, segment);
      const inPath = segments.length > 1 ? ` (in ${pathText})` : '';
      if (!field) {
        const what = isLast && !wantRelationship ? 'field' : 'relationship';
        this.sink.report(tokens[index], `unknown ${what} ${segment} on ${current.name}${inPath}`);
        return null;
      }
      if (field.kind === 'children') {
        this.sink.report(
          tokens[index],
          `${segment} on ${current.name} is a child relationship: query it in a subquery${inPath}`
        );
        return null;
      }
      if (isLast && !wantRelationship) {
        if (field.kind === 'reference') {
          this.sink.report(
            tokens[index],
            `${segment} on ${current.name} is a relationship, not a field: select ${segment}.<field>${inPath}`
          );
          return null;
        }
        return true;
      }
      if (field.kind !== 'reference') {
        this.sink.report(
          tokens[index],
          `${segment} on ${current.name} is not a relationship${inPath}`
        );
        return null;
      }
      current = this.object(field.target);
      if (!current) {
        this.sink.report(
          tokens[index],
          `${segment} on ${field.name} points to ${field.target}, missing from the schema`
        );
        return null;
      }
    }
    return current;
  }
}
