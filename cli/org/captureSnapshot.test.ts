/** @jest-environment ./cli/testing/nodeEnvironment.js */
import { FakeSalesforceApi } from '../testing/fakeSalesforceApi';
import { FakeOrgOptions } from '../testing/fakeOrgFromSnapshot';
import { ADMIN_ID, SEED_000, startLoggedInFakeOrg } from '../testing/loggedInFakeOrg';
import { TemporarySfHome, useTemporarySfHome } from '../testing/temporarySfLogin';
import { captureSnapshot } from './captureSnapshot';
import { connectToOrg } from './connectToOrg';

const fixture = SEED_000;

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

  async function orgWith(options: Partial<FakeOrgOptions> = {}) {
    const org = await startLoggedInFakeOrg(options);
    api = org.api;
    return org;
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

  it('skips a tracked permission field the org lacks, says so, and marks it unavailable', async () => {
    const { api: server, alias } = await orgWith({
      missingFields: {
        PermissionSet: ['PermissionsBypassMFAForUiLogins'],
        MutingPermissionSet: ['PermissionsBypassMFAForUiLogins']
      }
    });
    const { listener, notes } = recorder();
    const snapshot = await captureSnapshot(await connectToOrg(alias), listener);

    expect(notes).toContain(
      'PermissionSet has no field PermissionsBypassMFAForUiLogins in this org (Waive Multi-Factor Authentication for Exempt Users): skipped.'
    );
    const queries = server.requests.filter((r) => r.includes('/query?q='));
    expect(queries.some((r) => decodeURIComponent(r).includes('FROM PermissionSet'))).toBe(true);
    expect(queries.some((r) => decodeURIComponent(r).includes('BypassMFA'))).toBe(false);
    expect(snapshot.permissionFields).toContainEqual({
      fieldName: 'PermissionsBypassMFAForUiLogins',
      label: 'Waive Multi-Factor Authentication for Exempt Users',
      metadataName: 'BypassMFAForUiLogins',
      available: false
    });
    expect(snapshot.records.PermissionSet?.[0]).not.toHaveProperty(
      'PermissionsBypassMFAForUiLogins'
    );
  });

  it('takes permission labels from the org describe, in the org wording', async () => {
    const { alias } = await orgWith();
    const snapshot = await captureSnapshot(await connectToOrg(alias), recorder().listener);
    expect(snapshot.permissionFields).toContainEqual({
      fieldName: 'PermissionsDelegatedTwoFactor',
      label: 'Manage Multi-Factor Authentication in User Interface',
      metadataName: 'DelegatedTwoFactor',
      available: true
    });
  });

  it('reports a muting permission set field the org lacks there only', async () => {
    const { alias } = await orgWith({
      missingFields: { MutingPermissionSet: ['PermissionsIsSsoEnabled'] }
    });
    const { listener, notes } = recorder();
    const snapshot = await captureSnapshot(await connectToOrg(alias), listener);
    expect(notes).toEqual([
      'MutingPermissionSet has no field PermissionsIsSsoEnabled in this org: skipped.',
      expect.stringMatching(/^TwoFactorMethodsInfo not captured: INVALID_TYPE: sObject type/),
      expect.stringMatching(/^SessionPermSetActivation not captured: INVALID_TYPE/),
      expect.stringMatching(/^AuthSession not captured: INVALID_TYPE/),
      expect.stringMatching(/^LoginHistory not captured: INVALID_TYPE/)
    ]);
    expect(snapshot.records.MutingPermissionSet?.[0]).not.toHaveProperty('PermissionsIsSsoEnabled');
    expect(snapshot.records.PermissionSet?.[0]).toHaveProperty('PermissionsIsSsoEnabled');
  });

  it('leaves an object the user may not read out of the snapshot, with a note', async () => {
    const { alias } = await orgWith({
      extraObjects: { TwoFactorMethodsInfo: [{ UserId: ADMIN_ID, HasTotp: true }] },
      unreadable: ['TwoFactorMethodsInfo']
    });
    const { listener, notes } = recorder();
    const snapshot = await captureSnapshot(await connectToOrg(alias), listener);
    expect(snapshot.records).not.toHaveProperty('TwoFactorMethodsInfo');
    expect(notes).toContain(
      "TwoFactorMethodsInfo not captured: INVALID_TYPE: sObject type 'TwoFactorMethodsInfo' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names."
    );
  });

  it('captures an optional object the user may read, and its latest logins in order', async () => {
    const logins = [
      {
        Id: '0Ya1',
        UserId: ADMIN_ID,
        LoginTime: '2026-11-19T10:00:00.000+0000',
        Status: 'Success'
      },
      { Id: '0Ya2', UserId: ADMIN_ID, LoginTime: '2026-11-20T10:00:00.000+0000', Status: 'Success' }
    ];
    const { alias } = await orgWith({
      extraObjects: {
        TwoFactorMethodsInfo: [
          {
            UserId: ADMIN_ID,
            HasTotp: true,
            HasSalesforceAuthenticator: false,
            HasSecurityKey: false,
            HasBuiltInAuthenticator: false,
            HasTempCode: false,
            HasUserVerifiedMobileNumber: false,
            HasUserVerifiedEmailAddress: true
          }
        ],
        LoginHistory: logins.map((login) => ({
          ...login,
          LoginType: 'Application',
          LoginSubType: null,
          Application: 'Browser'
        }))
      }
    });
    const snapshot = await captureSnapshot(await connectToOrg(alias), recorder().listener);
    expect(snapshot.records.TwoFactorMethodsInfo).toEqual([
      expect.objectContaining({ UserId: ADMIN_ID, HasTotp: true })
    ]);
    expect(snapshot.records.LoginHistory?.map((login) => login.Id)).toEqual(['0Ya2', '0Ya1']);
  });

  it('fails with the platform message when a required object rejects a field', async () => {
    const { alias } = await orgWith({
      missingFields: { PermissionSet: ['HasActivationRequired'] }
    });
    await expect(captureSnapshot(await connectToOrg(alias), recorder().listener)).rejects.toThrow(
      "Reading PermissionSet failed: INVALID_FIELD: No such column 'HasActivationRequired' on entity 'PermissionSet'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names."
    );
  });

  it('passes an expired session on as the platform error, for the caller to report', async () => {
    const { api: server, alias } = await orgWith();
    const salesforce = await connectToOrg(alias);
    server.expireSession();
    await expect(captureSnapshot(salesforce, recorder().listener)).rejects.toMatchObject({
      errorCode: 'INVALID_SESSION_ID',
      message: 'Session expired or invalid'
    });
  });
});
