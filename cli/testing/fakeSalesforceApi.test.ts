/** @jest-environment node */
import { FakeSalesforceApi, FAKE_API_VERSION, startFakeSalesforceApi } from './fakeSalesforceApi';

const TOKEN = '00D000000000001!token';

/** A query page or an error array: the two answer shapes of the REST API. */
interface ApiBody {
  [index: number]: { errorCode: string; message: string };
  totalSize: number;
  done: boolean;
  nextRecordsUrl: string;
  records: unknown[];
}

describe('the fake Salesforce REST API answers as the platform does', () => {
  let api: FakeSalesforceApi;

  beforeAll(async () => {
    api = await startFakeSalesforceApi({
      org: {
        objects: { User: [{ name: 'Id', label: 'User ID', type: 'id' }] },
        records: { User: [{ Id: '005A' }, { Id: '005B' }, { Id: '005C' }] },
        currentUserId: '005A',
        orgId: '00D000000000001AAA'
      },
      accessToken: TOKEN,
      pageSize: 2
    });
  });
  afterAll(() => api.close());

  async function get(path: string, token = TOKEN) {
    const response = await fetch(`${api.instanceUrl}${path}`, {
      headers: { authorization: `Bearer ${token}` }
    });
    return { status: response.status, body: (await response.json()) as ApiBody };
  }
  const data = `/services/data/v${FAKE_API_VERSION}`;

  it('rejects a wrong token with 401 INVALID_SESSION_ID', async () => {
    expect(await get(`${data}/sobjects/User/describe`, 'other')).toEqual({
      status: 401,
      body: [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }]
    });
  });

  it('answers 404 NOT_FOUND for an object it does not have and for unknown paths', async () => {
    const notFound = [{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }];
    expect(await get(`${data}/sobjects/Nope/describe`)).toEqual({ status: 404, body: notFound });
    expect(await get(`${data}/sobjects/User/005Z`)).toEqual({ status: 404, body: notFound });
    expect(await get(`${data}/limits`)).toEqual({ status: 404, body: notFound });
    expect(await get('/favicon.ico')).toEqual({ status: 404, body: notFound });
  });

  it('answers MALFORMED_QUERY for SOQL outside the subset it evaluates', async () => {
    const where = await get(
      `${data}/query?q=${encodeURIComponent("SELECT Id FROM User WHERE Id = '005A'")}`
    );
    expect(where.status).toBe(400);
    expect(where.body[0].errorCode).toBe('MALFORMED_QUERY');
    const fields = await get(`${data}/query?q=${encodeURIComponent('SELECT COUNT() FROM User')}`);
    expect(fields.body[0].errorCode).toBe('MALFORMED_QUERY');
  });

  it('pages with nextRecordsUrl and forgets a locator once it was read', async () => {
    const first = await get(
      `${data}/query?q=${encodeURIComponent('SELECT Id FROM User ORDER BY Id ASC')}`
    );
    expect(first.body).toMatchObject({ totalSize: 3, done: false });
    const second = await get(first.body.nextRecordsUrl);
    expect(second.body).toMatchObject({ totalSize: 3, done: true, records: [{ Id: '005C' }] });
    expect(await get(first.body.nextRecordsUrl)).toEqual({
      status: 400,
      body: [{ errorCode: 'INVALID_QUERY_LOCATOR', message: 'invalid query locator' }]
    });
  });

  it('applies LIMIT', async () => {
    const limited = await get(
      `${data}/query?q=${encodeURIComponent('SELECT Id FROM User LIMIT 1')}`
    );
    expect(limited.body).toMatchObject({ totalSize: 1, done: true, records: [{ Id: '005A' }] });
  });
});
