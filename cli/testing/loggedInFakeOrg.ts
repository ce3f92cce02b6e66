/** A fake org on 127.0.0.1 built from the seed 000 fixture, with a Salesforce CLI login to it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FakeSalesforceApi, startFakeSalesforceApi } from './fakeSalesforceApi';
import { fakeOrgFromSnapshot, FakeOrgOptions } from './fakeOrgFromSnapshot';
import { loginWithAccessToken } from './temporarySfLogin';

export const SEED_000_FILE = join(__dirname, '..', '__fixtures__', 'seed000.snapshot.json');
export const SEED_000 = JSON.parse(readFileSync(SEED_000_FILE, 'utf8'));
export const ADMIN_ID = '005000000000002AAA';

let logins = 0;

export interface LoggedInFakeOrg {
  api: FakeSalesforceApi;
  alias: string;
  username: string;
}

/** Call inside a temporary sf home (useTemporarySfHome); close the api when done. */
export async function startLoggedInFakeOrg(
  options: Partial<FakeOrgOptions> = {},
  pageSize = 2
): Promise<LoggedInFakeOrg> {
  const api = await startFakeSalesforceApi({
    org: fakeOrgFromSnapshot(SEED_000, { currentUserId: ADMIN_ID, ...options }),
    accessToken: '00D000000000001!fakeAccessToken',
    pageSize
  });
  logins += 1;
  const alias = `fake-org-${logins}`;
  const username = await loginWithAccessToken(api.instanceUrl, api.accessToken, alias);
  return { api, alias, username };
}
