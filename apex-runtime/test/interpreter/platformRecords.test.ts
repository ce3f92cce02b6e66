// What the platform fills in or decides about records, seen from Apex: a user's Name and the
// assignment of their profile's own set, a new permission set's IsCustom and Type, auto-number
// Names, datetimes stored in whole seconds, the typed relationship of a lookup that may hold a
// muting set's Id, and an Id whose key prefix names no object.
import { ApexSuite, failures } from './apexSuite';

const suite = new ApexSuite();

const records = suite.add(`
@IsTest
private class PlatformRecordsTest {
  private static User newUser(String alias, Id profileId) {
    return new User(
      FirstName = 'Ada',
      LastName = 'Lovelace ' + alias,
      Alias = alias,
      Email = alias + '@example.com',
      Username = alias + '@platform-records.test',
      EmailEncodingKey = 'UTF-8',
      LanguageLocaleKey = 'en_US',
      LocaleSidKey = 'en_US',
      TimeZoneSidKey = 'GMT',
      ProfileId = profileId
    );
  }

  @IsTest
  static void fillsInTheNameAndTheProfileSetAssignmentAndMovesItWithTheProfile() {
    Id standard = [SELECT Id FROM Profile WHERE Name = 'Standard User'].Id;
    Id readOnly = [SELECT Id FROM Profile WHERE Name = 'Read Only'].Id;
    User ada = newUser('ada', standard);
    insert ada;
    Assert.areEqual('Ada Lovelace ada', [SELECT Name FROM User WHERE Id = :ada.Id].Name);
    PermissionSetAssignment own = [
      SELECT PermissionSet.ProfileId
      FROM PermissionSetAssignment
      WHERE AssigneeId = :ada.Id AND PermissionSet.IsOwnedByProfile = TRUE
    ];
    Assert.areEqual(standard, own.PermissionSet.ProfileId, 'the profile set is assigned');

    ada.ProfileId = readOnly;
    ada.FirstName = 'Augusta';
    update ada;
    own = [
      SELECT PermissionSet.ProfileId
      FROM PermissionSetAssignment
      WHERE AssigneeId = :ada.Id AND PermissionSet.IsOwnedByProfile = TRUE
    ];
    Assert.areEqual(readOnly, own.PermissionSet.ProfileId, 'it moves with the profile');
    Assert.areEqual('Augusta Lovelace ada', [SELECT Name FROM User WHERE Id = :ada.Id].Name);
  }

  @IsTest
  static void marksAPermissionSetMadeByApexCustomAndRegular() {
    PermissionSet made = new PermissionSet(Name = 'PR_Made', Label = 'PR Made');
    insert made;
    PermissionSet read = [SELECT IsCustom, Type, IsOwnedByProfile FROM PermissionSet WHERE Id = :made.Id];
    Assert.isTrue(read.IsCustom);
    Assert.areEqual('Regular', read.Type);
    Assert.isFalse(read.IsOwnedByProfile);
  }

  @IsTest
  static void numbersRecordsInTheAutoNumberFormat() {
    List<MFA_Change_Set__c> sets = new List<MFA_Change_Set__c>{
      new MFA_Change_Set__c(Key__c = 'pr-1', Kind__c = 'assign'),
      new MFA_Change_Set__c(Key__c = 'pr-2', Kind__c = 'assign')
    };
    insert sets;
    List<MFA_Change_Set__c> read = [SELECT Name FROM MFA_Change_Set__c ORDER BY Name];
    Assert.areEqual('MCS-000001', read[0].Name);
    Assert.areEqual('MCS-000002', read[1].Name);
  }

  @IsTest
  static void storesDatetimesInWholeSeconds() {
    PermissionSet made = new PermissionSet(Name = 'PR_Stamped', Label = 'PR Stamped');
    insert made;
    Datetime stamp = [SELECT SystemModstamp FROM PermissionSet WHERE Id = :made.Id].SystemModstamp;
    Assert.areEqual(0, Math.mod(stamp.getTime(), 1000));
  }

  @IsTest
  static void readsTheMutingComponentOfAGroupWithoutAPermissionSet() {
    PermissionSet member = new PermissionSet(Name = 'PR_Member', Label = 'PR Member');
    insert member;
    MutingPermissionSet muting = new MutingPermissionSet(DeveloperName = 'PR_Muting', MasterLabel = 'PR Muting');
    insert muting;
    PermissionSetGroup bundle = new PermissionSetGroup(DeveloperName = 'PR_Bundle', MasterLabel = 'PR Bundle');
    insert bundle;
    insert new List<PermissionSetGroupComponent>{
      new PermissionSetGroupComponent(PermissionSetGroupId = bundle.Id, PermissionSetId = member.Id),
      new PermissionSetGroupComponent(PermissionSetGroupId = bundle.Id, PermissionSetId = muting.Id)
    };
    Map<Id, PermissionSetGroupComponent> byMember = new Map<Id, PermissionSetGroupComponent>();
    for (PermissionSetGroupComponent component : [
      SELECT PermissionSetId, PermissionSet.Name
      FROM PermissionSetGroupComponent
      WHERE PermissionSetGroupId = :bundle.Id
    ]) {
      byMember.put(component.PermissionSetId, component);
    }
    Assert.areEqual('PR_Member', byMember.get(member.Id).PermissionSet.Name);
    Assert.isNull(byMember.get(muting.Id).PermissionSet, 'a muting set is not a PermissionSet');
  }

  @IsTest
  static void refusesAnIdWhosePrefixNamesNoObject() {
    String message;
    try {
      Id.valueOf('zzz000000000000').getSObjectType();
    } catch (StringException e) {
      message = e.getMessage();
    }
    Assert.areEqual('Invalid id: zzz000000000000AAA', message);
  }
}`);

const cases: [string, string][] = [
  [
    'fills in a user’s Name and their profile set’s assignment, and moves it with the profile',
    'fillsInTheNameAndTheProfileSetAssignmentAndMovesItWithTheProfile'
  ],
  [
    'marks a permission set made by Apex custom and regular',
    'marksAPermissionSetMadeByApexCustomAndRegular'
  ],
  ['numbers records in their auto-number format', 'numbersRecordsInTheAutoNumberFormat'],
  ['stores datetimes in whole seconds', 'storesDatetimesInWholeSeconds'],
  [
    'reads the muting component of a group without a PermissionSet',
    'readsTheMutingComponentOfAGroupWithoutAPermissionSet'
  ],
  ['refuses an Id whose key prefix names no object', 'refusesAnIdWhosePrefixNamesNoObject']
];

it.each(cases)('%s', (_title, method) => {
  expect(failures(suite.run(records, method))).toEqual([]);
});
