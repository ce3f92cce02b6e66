import { mergeFacts, userChoices, directHolderIds } from 'c/mfaEditorShared';
import type { Facts } from 'c/mfaEditorShared';

jest.mock(
  '@salesforce/apex/MfaEditorPlanningController.getPlanningFacts',
  () => ({ default: jest.fn() }),
  { virtual: true }
);

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
