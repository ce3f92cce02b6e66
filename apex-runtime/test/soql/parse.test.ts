import * as P from '@apexdevtools/apex-parser';
import { ApexError, NotImplemented } from '../../src/errors';
import { lowerQuery, parseQueryText } from '../../src/soql';
import { seededOrg } from './fixture';

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (e) {
    return e;
  }
  throw new Error('nothing thrown');
}

describe('SOQL parsing and lowering', () => {
  it('lowers every clause into plain data with binds by name in dynamic SOQL', () => {
    const query = parseQueryText(
      'SELECT Id, Profile.Name, COUNT(Id) n FROM User WHERE Name LIKE :term AND Id IN :ids ' +
        'GROUP BY Profile.Name HAVING COUNT(Id) > 1 ORDER BY Name DESC NULLS LAST LIMIT :max OFFSET 3 FOR UPDATE'
    );
    expect(query.select[1]).toEqual({
      kind: 'field',
      path: ['Profile', 'Name'],
      line: 1,
      alias: null
    });
    expect(query.select[2]).toMatchObject({ kind: 'aggregate', fn: 'COUNT', alias: 'n' });
    expect(query.where).toMatchObject({
      kind: 'and',
      operands: [{ op: 'LIKE', right: { kind: 'bind', name: 'term' } }, { op: 'IN' }]
    });
    expect(query.orderBy).toEqual([
      { target: { kind: 'field', path: ['Name'], line: 1 }, descending: true, nullsFirst: false }
    ]);
    expect(query.limit).toMatchObject({ kind: 'bind', name: 'max' });
    expect(query.offset).toEqual({ kind: 'number', value: 3 });
    expect(query.forUpdate).toBe(true);
    expect(query.countOnly).toBe(false);
    expect(parseQueryText('SELECT COUNT() FROM User').countOnly).toBe(true);
  });

  it('reads string escapes, numbers, dates, datetimes and date literals', () => {
    const query = parseQueryText(
      "SELECT Id FROM MFA_Change_Set__c WHERE Name = 'it\\'s\\n' OR Rows__c = -1.50 OR Due__c = 2026-02-03" +
        ' OR Applied_At__c > 2026-02-03T04:05:06Z OR Due__c = LAST_N_DAYS:7'
    );
    const rights = (query.where as { operands: { right: unknown }[] }).operands.map((o) => o.right);
    expect(rights).toEqual([
      { kind: 'string', value: "it's\n" },
      { kind: 'number', value: -1.5, decimal: true, scale: 2 },
      { kind: 'date', year: 2026, month: 2, day: 3 },
      { kind: 'datetime', millis: Date.UTC(2026, 1, 3, 4, 5, 6) },
      { kind: 'dateLiteral', name: 'LAST_N_DAYS', n: 7 }
    ]);
  });

  it('caches parsed text', () => {
    const text = 'SELECT Id FROM User WHERE Name = :n';
    expect(parseQueryText(text)).toBe(parseQueryText(text));
  });

  it('throws a QueryException in the platform style for malformed text', () => {
    const error = thrown(() => parseQueryText('SELECT Id FROM')) as ApexError;
    expect(error).toBeInstanceOf(ApexError);
    expect(error.typeName).toBe('QueryException');
    expect(error.message).toBe("unexpected token: '<EOF>'");
    expect(() => parseQueryText('SELECT Id FROM User WHERE')).toThrow(ApexError);
    expect(() => parseQueryText('SELECT Id FROM User garbage here')).toThrow(
      "unexpected token: 'here'"
    );
  });

  it('reports what it does not implement by name', () => {
    const error = thrown(() =>
      parseQueryText('SELECT TYPEOF Owner WHEN User THEN Name END FROM Account')
    );
    expect(error).toBeInstanceOf(NotImplemented);
    expect((error as NotImplemented).message).toContain('SOQL TYPEOF');
    expect(() => parseQueryText('SELECT CALENDAR_YEAR(CreatedDate) FROM User')).toThrow(
      NotImplemented
    );
    expect(() => parseQueryText('SELECT Id FROM User WHERE Name = :a.b()')).toThrow(NotImplemented);
    const { org } = seededOrg();
    expect(() => org.query('SELECT Id FROM User ALL ROWS')).toThrow(NotImplemented);
  });

  it('lowers static SOQL, handing each bind expression to the caller', () => {
    const source = '[SELECT Id FROM User WHERE Id = :record.Id AND Name IN :names(1)]';
    const { parser } = P.ApexParserFactory.createLexerAndParser(
      source,
      new (class extends P.ApexErrorListener {
        apexSyntaxError(): void {
          throw new Error('syntax');
        }
      })()
    );
    const seen: string[] = [];
    const query = lowerQuery(
      (parser.primary() as P.SoqlPrimaryContext).soqlLiteral().query(),
      (expr) => {
        seen.push(expr.getText());
        return { lowered: expr.getText() };
      }
    );
    expect(seen).toEqual(['record.Id', 'names(1)']);
    expect(query.where).toMatchObject({
      operands: [{ right: { kind: 'bind', expr: { lowered: 'record.Id' }, name: null } }, {}]
    });
  });

  it('resolves a missing dynamic bind as a QueryException', () => {
    const { org } = seededOrg();
    expect(() => org.query('SELECT Id FROM User WHERE Id = :userId')).toThrow(
      "Key 'userId' does not exist in the bindMap"
    );
  });
});
