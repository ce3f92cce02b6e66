/** @jest-environment ./cli/testing/nodeEnvironment.js */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startFakeSalesforceApi, FakeSalesforceApi } from '../testing/fakeSalesforceApi';
import { fakeOrgFromSnapshot, FakeOrgOptions } from '../testing/fakeOrgFromSnapshot';
import {
  loginWithAccessToken,
  TemporarySfHome,
  useTemporarySfHome
} from '../testing/temporarySfLogin';
import { captureSnapshot } from './captureSnapshot';
import { connectToOrg } from './connectToOrg';

const fixture = JSON.parse(
  readFileSync(join(__dirname, '..', '__fixtures__', 'seed000.snapshot.json'), 'utf8')
);
const ADMIN_ID = '005000000000002AAA';

describe('captureSnapshot against a local Salesforce REST API', () => {
  let sfHome: TemporarySfHome;
  let api: FakeSalesforceApi | undefined;

  beforeAll(async () => {
    sfHome = await useTemporarySfHome();
  });
  afterAll(async () => {
    await sfHome.restore();
  });
  afterEach(async () => {
    await api?.close();
    api = undefined;
  });

  async function orgWith(options: Partial<FakeOrgOptions> = {}, pageSize = 2) {
    api = await startFakeSalesforceApi({
      org: fakeOrgFromSnapshot(fixture, { currentUserId: ADMIN_ID, ...options }),
      accessToken: '00D000000000001!fakeAccessToken',
      pageSize
    });
    const alias = `fake${Math.random().toString(36).slice(2, 8)}`;
    await loginWithAccessToken(api.instanceUrl, api.accessToken, alias);
    return { api, alias };
  }

  function recorder() {
    const pages: string[] = [];
    const notes: string[] = [];
    return {
      pages,
      notes,
      listener: {
        onPage: (objectName: string, fetched: number, total: number) =>
          pages.push(`${objectName} ${fetched}/${total}`),
        onNote: (message: string) => notes.push(message)
      }
    };
  }

  it('reads every record of every object, following nextRecordsUrl page by page', async () => {
    const { api: server, alias } = await orgWith();
    const { listener, pages } = recorder();
    const snapshot = await captureSnapshot(
      await connectToOrg(alias),
      listener,
      new Date('2026-11-20T08:00:00Z')
    );
    expect(snapshot.records).toEqual(fixture.records);
    expect(snapshot.capturedAt).toBe('2026-11-20T08:00:00.000Z');
    expect(pages).toEqual(expect.arrayContaining(['User 2/4', 'User 4/4', 'PermissionSet 8/8']));
    expect(server.requests.filter((r) => /\/query\/01g/.test(r)).length).toBeGreaterThan(5);
  });
});
