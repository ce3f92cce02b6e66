/**
 * A local HTTP server that answers the few REST API calls the command line (and @salesforce/core's
 * login bookkeeping) makes, in Salesforce's own shapes: describe, query with nextRecordsUrl paging,
 * the error array `[{ message, errorCode }]`, and 401 INVALID_SESSION_ID. Only the org is fake:
 * the client under test is the real @salesforce/core Connection.
 */
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import {
  applyOrderAndLimit,
  MalformedQueryError,
  parseSelect,
  SelectStatement
} from './soqlSubset';

export const FAKE_API_VERSION = '62.0';

export interface FakeField {
  name: string;
  label: string;
  type: string;
}

export interface FakeOrg {
  /** Object name → its fields; an object absent here does not exist in this org. */
  objects: Record<string, FakeField[]>;
  records: Record<string, Record<string, unknown>[]>;
  /** Objects that exist but the running user may not read (e.g. TwoFactorMethodsInfo without Manage MFA in API). */
  unreadable?: string[];
  /** The logged-in user, for /services/oauth2/userinfo. */
  currentUserId: string;
  orgId: string;
}

export interface FakeSalesforceApi {
  instanceUrl: string;
  accessToken: string;
  /** Paths (with query strings) of every request received, in order. */
  requests: string[];
  expireSession(): void;
  close(): Promise<void>;
}

interface Options {
  org: FakeOrg;
  accessToken: string;
  /** Rows per query page; Salesforce uses 2,000, tests use a few to exercise paging. */
  pageSize?: number;
}

type SalesforceError = { message: string; errorCode: string };

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: SalesforceError[]
  ) {
    super(body[0].message);
  }
}

export async function startFakeSalesforceApi(options: Options): Promise<FakeSalesforceApi> {
  const requests: string[] = [];
  const pageSize = options.pageSize ?? 2000;
  const cursors = new Map<string, Record<string, unknown>[]>();
  let sessionValid = true;
  let cursorCount = 0;

  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    try {
      if (!sessionValid || req.headers.authorization !== `Bearer ${options.accessToken}`) {
        throw new ApiError(401, [
          { message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }
        ]);
      }
      sendJson(res, 200, route(req));
    } catch (error) {
      if (error instanceof ApiError) sendJson(res, error.status, error.body);
      else if (error instanceof MalformedQueryError)
        sendJson(res, 400, [{ message: error.message, errorCode: error.errorCode }]);
      else sendJson(res, 500, [{ message: String(error), errorCode: 'UNKNOWN_EXCEPTION' }]);
    }
  });

  function route(req: IncomingMessage): unknown {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    const { org } = options;
    if (path === '/services/oauth2/userinfo') {
      return { user_id: org.currentUserId, organization_id: org.orgId };
    }
    if (path === '/services/data' || path === '/services/data/') {
      return [
        { label: 'Winter', url: `/services/data/v${FAKE_API_VERSION}`, version: FAKE_API_VERSION }
      ];
    }
    const versioned = /^\/services\/data\/v\d+\.\d+(\/.*)$/.exec(path);
    if (!versioned) throw notFound();
    const rest = versioned[1];
    const describe = /^\/sobjects\/(\w+)\/describe\/?$/.exec(rest);
    if (describe) return describeObject(describe[1]);
    const single = /^\/sobjects\/(\w+)\/(\w+)$/.exec(rest);
    if (single) return retrieve(single[1], single[2]);
    if (rest === '/query' || rest === '/query/') return firstPage(url.searchParams.get('q') ?? '');
    const more = /^\/query\/([\w-]+)$/.exec(rest);
    if (more) return nextPage(more[1]);
    throw notFound();
  }

  function describeObject(name: string): unknown {
    const fields = readableObject(name);
    if (!fields) throw notFound();
    return { name, label: name, queryable: true, fields };
  }

  function retrieve(objectName: string, id: string): unknown {
    const record = (options.org.records[objectName] ?? []).find((r) => r.Id === id);
    if (!record) throw notFound();
    return { attributes: { type: objectName }, ...record };
  }

  function readableObject(name: string): FakeField[] | undefined {
    if (options.org.unreadable?.includes(name)) return undefined;
    return options.org.objects[name];
  }

  function firstPage(soql: string): unknown {
    const statement = parseSelect(soql);
    const fields = readableObject(statement.objectName);
    if (!fields) {
      throw new ApiError(400, [
        {
          errorCode: 'INVALID_TYPE',
          message:
            `\n${soql}\n${pointer(soql, statement.objectName)}` +
            `sObject type '${statement.objectName}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.`
        }
      ]);
    }
    for (const field of statement.fields) {
      if (!fields.some((f) => f.name.toLowerCase() === field.toLowerCase())) {
        throw new ApiError(400, [
          {
            errorCode: 'INVALID_FIELD',
            message:
              `\n${soql}\n${pointer(soql, field)}` +
              `No such column '${field}' on entity '${statement.objectName}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`
          }
        ]);
      }
    }
    const rows = selectRows(statement);
    cursorCount += 1;
    return page(`01gFAKE${String(cursorCount).padStart(8, '0')}`, rows, 0, rows.length);
  }

  function selectRows(statement: SelectStatement): Record<string, unknown>[] {
    const source = applyOrderAndLimit(statement, options.org.records[statement.objectName] ?? []);
    return source.map((record) => {
      const row: Record<string, unknown> = {
        attributes: { type: statement.objectName, url: recordUrl(statement.objectName, record) }
      };
      for (const field of statement.fields) row[field] = record[field] ?? null;
      return row;
    });
  }

  function page(cursorId: string, rows: Record<string, unknown>[], offset: number, total: number) {
    const pageRows = rows.slice(offset, offset + pageSize);
    const nextOffset = offset + pageRows.length;
    const done = nextOffset >= rows.length;
    const response: Record<string, unknown> = { totalSize: total, done, records: pageRows };
    if (!done) {
      const locator = `${cursorId}-${nextOffset}`;
      cursors.set(locator, rows);
      response.nextRecordsUrl = `/services/data/v${FAKE_API_VERSION}/query/${locator}`;
    }
    return response;
  }

  function nextPage(locator: string): unknown {
    const rows = cursors.get(locator);
    if (!rows) {
      throw new ApiError(400, [
        { errorCode: 'INVALID_QUERY_LOCATOR', message: 'invalid query locator' }
      ]);
    }
    cursors.delete(locator);
    const separator = locator.lastIndexOf('-');
    return page(
      locator.slice(0, separator),
      rows,
      Number(locator.slice(separator + 1)),
      rows.length
    );
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    instanceUrl: `http://127.0.0.1:${port}`,
    accessToken: options.accessToken,
    requests,
    expireSession: () => {
      sessionValid = false;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      })
  };
}

function recordUrl(objectName: string, record: Record<string, unknown>): string {
  return `/services/data/v${FAKE_API_VERSION}/sobjects/${objectName}/${String(record.Id)}`;
}

/** Salesforce's query errors quote the statement and point at the offending token. */
function pointer(soql: string, token: string): string {
  const column = Math.max(soql.indexOf(token), 0);
  return `${' '.repeat(column)}^\nERROR at Row:1:Column:${column + 1}\n`;
}

function notFound(): ApiError {
  return new ApiError(404, [
    { errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }
  ]);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json;charset=UTF-8' });
  res.end(JSON.stringify(body));
}
