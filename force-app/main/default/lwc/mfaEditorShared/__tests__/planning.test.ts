import getPlanningFacts from '@salesforce/apex/MfaEditorPlanningController.getPlanningFacts';
import getPlanningFactsForUsers from '@salesforce/apex/MfaEditorPlanningController.getPlanningFactsForUsers';
import {
  loadPlanningFacts,
  loadPlanningFactsForUsers,
  mergeFacts,
  userChoices,
  directHolderIds
} from 'c/mfaEditorShared';
import type { Facts } from 'c/mfaEditorShared';

jest.mock(
  '@salesforce/apex/MfaEditorPlanningController.getPlanningFacts',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/MfaEditorPlanningController.getPlanningFactsForUsers',
  () => ({ default: jest.fn() }),
  { virtual: true }
);

const holdersCall = getPlanningFacts as unknown as jest.Mock;
const chosenCall = getPlanningFactsForUsers as unknown as jest.Mock;

/** One page as Apex returns it: the page's users (the caller on every page) and a cursor. */
const apexPage = (userIds: string[], extra: Record<string, unknown> = {}) => ({
  facts: {
    users: [...userIds, '005CALLER000000AAA'].map((Id) => ({ Id, Name: Id })),
    permissionSetAssignments: userIds.map((AssigneeId) => ({
      Id: `0Pa-${AssigneeId}`,
      AssigneeId,
      PermissionSetId: '0PS000000000001AAA'
    }))
  },
  sampledUserCount: userIds.length,
  ...extra
});

describe('planning facts read page by page', () => {
  beforeEach(() => {
    holdersCall.mockReset();
    chosenCall.mockReset();
  });

  it('keeps the registered MFA methods Apex read, and leaves them not captured when it could not', async () => {
    const methods = [{ Id: '0Kg1', UserId: '005CALLER000000AAA', HasTotp: true }];
    holdersCall.mockResolvedValueOnce(
      apexPage(['005A'], {
        facts: { ...apexPage(['005A']).facts, twoFactorMethodsInfo: methods }
      })
    );
    const read = await loadPlanningFacts(['0PS000000000001AAA']);
    expect(read.facts.records.TwoFactorMethodsInfo).toEqual(methods);

    holdersCall.mockResolvedValueOnce(apexPage(['005A']));
    const unread = await loadPlanningFacts(['0PS000000000001AAA']);
    expect(unread.facts.records.TwoFactorMethodsInfo).toBeUndefined();
  });

  it('follows the cursor, asks only for the holders still wanted, and merges the pages', async () => {
    holdersCall
      .mockResolvedValueOnce(
        apexPage(['005A', '005B'], {
          nextAfterUserId: '005B',
          totalUserCount: 3,
          profileUserCounts: { '00eP': 7 }
        })
      )
      .mockResolvedValueOnce(apexPage(['005C'], { totalUserCount: 0 }));

    const planning = await loadPlanningFacts(['0PS000000000001AAA']);

    expect(holdersCall.mock.calls.map(([params]) => params)).toEqual([
      { permissionSetIds: ['0PS000000000001AAA'], maxUsers: 2000, afterUserId: null },
      { permissionSetIds: ['0PS000000000001AAA'], maxUsers: 1998, afterUserId: '005B' }
    ]);
    expect(planning.facts.records.User?.map((u) => u.Id).sort()).toEqual([
      '005A',
      '005B',
      '005C',
      '005CALLER000000AAA'
    ]);
    expect(planning.facts.records.PermissionSetAssignment).toHaveLength(3);
    expect(planning).toMatchObject({
      sampledUserCount: 3,
      totalUserCount: 3,
      truncated: false,
      profileUserCounts: { '00eP': 7 }
    });
  });

  it('stops at 2,000 holders and says the preview is a sample of the total', async () => {
    const ids = (from: number) => Array.from({ length: 500 }, (_, i) => `005U${from + i}`);
    holdersCall.mockImplementation(({ afterUserId }: { afterUserId: string | null }) => {
      const from = afterUserId ? Number(afterUserId.slice(4)) + 1 : 0;
      const page = ids(from);
      return Promise.resolve(
        apexPage(page, { nextAfterUserId: page[499], totalUserCount: from ? 0 : 5000 })
      );
    });

    const planning = await loadPlanningFacts(['0PS000000000001AAA']);

    expect(holdersCall).toHaveBeenCalledTimes(4);
    expect(planning).toMatchObject({
      sampledUserCount: 2000,
      totalUserCount: 5000,
      truncated: true
    });
  });

  it('sends the chosen users after the page cursor again, comparing Ids case-safely', async () => {
    const chosen = ['005000000000001AAA', '005000000000002AAA', '005000000000003AAA'];
    chosenCall
      .mockResolvedValueOnce(apexPage([chosen[0]], { nextAfterUserId: '005000000000001aaa' }))
      .mockResolvedValueOnce(apexPage([chosen[1], chosen[2]]));

    const planning = await loadPlanningFactsForUsers(['0PS000000000001AAA'], chosen);

    expect(chosenCall.mock.calls.map(([params]) => params.userIds)).toEqual([
      chosen,
      chosen.slice(1)
    ]);
    expect(planning).toMatchObject({ sampledUserCount: 3, totalUserCount: 3, truncated: false });
    expect(planning.facts.records.User).toHaveLength(4);
  });

  it('stops rather than loops when the server names a cursor it was not sent', async () => {
    chosenCall.mockResolvedValue(apexPage(['005000000000001AAA'], { nextAfterUserId: '005X' }));

    const planning = await loadPlanningFactsForUsers(
      ['0PS000000000001AAA'],
      ['005000000000001AAA', '005000000000002AAA']
    );

    expect(chosenCall).toHaveBeenCalledTimes(1);
    expect(planning.sampledUserCount).toBe(1);
  });
});

const facts = (records: Record<string, unknown[]>): Facts =>
  ({ schemaVersion: 1, records }) as unknown as Facts;

describe('facts from several Apex reads', () => {
  it('keeps one record per Id, the later read winning, and every object of both', () => {
    const merged = mergeFacts(
      facts({
        User: [{ Id: 'u1', Name: 'Old name' }],
        Profile: [{ Id: 'p1', Name: 'Standard User' }]
      }),
      facts({
        User: [
          { Id: 'u1', Name: 'New name' },
          { Id: 'u2', Name: 'Other' }
        ],
        PermissionSetAssignment: [{ Id: 'a1', AssigneeId: 'u2', PermissionSetId: 's1' }]
      })
    );

    expect(merged.records.User).toEqual([
      { Id: 'u1', Name: 'New name' },
      { Id: 'u2', Name: 'Other' }
    ]);
    expect(merged.records.Profile).toHaveLength(1);
    expect(merged.records.PermissionSetAssignment).toHaveLength(1);
  });

  it('names users with profile and licence, and finds direct holders only', () => {
    const org = facts({
      User: [
        { Id: 'u2', Name: 'Zoe', Username: 'zoe@example.com', ProfileId: 'p1' },
        { Id: 'u1', Username: 'al@example.com' }
      ],
      Profile: [{ Id: 'p1', Name: 'Standard User', UserLicenseId: 'l1' }],
      UserLicense: [{ Id: 'l1', Name: 'Salesforce' }],
      PermissionSetAssignment: [
        { Id: 'a1', AssigneeId: 'u2', PermissionSetId: 's1' },
        { Id: 'a2', AssigneeId: 'u1', PermissionSetId: 's1', PermissionSetGroupId: 'g1' }
      ]
    });

    expect(userChoices(org)).toEqual([
      {
        id: 'u1',
        name: 'al@example.com',
        username: 'al@example.com',
        profileName: '',
        licenseName: ''
      },
      {
        id: 'u2',
        name: 'Zoe',
        username: 'zoe@example.com',
        profileName: 'Standard User',
        licenseName: 'Salesforce'
      }
    ]);
    expect([...directHolderIds(org, 's1')]).toEqual(['u2']);
  });
});
