// Collections and generic SObject access as Apex code uses them: List, Set and Map (String keys
// are case-sensitive though String == is not; Id keys match 15- and 18-character forms), and
// SObject get/put/getPopulatedFieldsAsMap.
import { ApexSuite, expectPasses } from './apexSuite';

const suite = new ApexSuite();

const lists = suite.add(`
@IsTest
private class ListTest {
  @IsTest
  static void listsAddInsertRemoveAndSort() {
    List<String> names = new List<String>{ 'b', 'c' };
    names.add(0, 'a');
    names.add('d');
    Assert.areEqual(4, names.size());
    Assert.areEqual('d', names.remove(3));
    names.set(1, 'B');
    Assert.areEqual(new List<String>{ 'a', 'B', 'c' }, names);
    Assert.areEqual(1, names.indexOf('B'));
    Assert.areEqual(-1, names.indexOf('b'));
    Assert.isTrue(names.contains('c'));
    names.sort();
    Assert.areEqual(new List<String>{ 'B', 'a', 'c' }, names);
    List<Integer> numbers = new List<Integer>{ 3, 1, 2 };
    numbers.sort();
    Assert.areEqual('(1, 2, 3)', String.valueOf(numbers));
  }
  @IsTest
  static void arraysAreListsAndCloneIsShallow() {
    String[] slots = new String[2];
    Assert.areEqual(2, slots.size());
    Assert.isNull(slots[0]);
    slots[1] = 'x';
    List<String> copy = slots.clone();
    copy[1] = 'y';
    Assert.areEqual('x', slots[1]);
    List<List<Integer>> nested = new List<List<Integer>>{ new List<Integer>{ 1 } };
    List<List<Integer>> shallow = nested.clone();
    shallow[0].add(2);
    Assert.areEqual(2, nested[0].size());
  }
  @IsTest
  static void listEqualityComparesElementsInOrder() {
    Assert.isTrue(new List<Integer>{ 1, 2 } == new List<Integer>{ 1, 2 });
    Assert.isFalse(new List<Integer>{ 1, 2 } == new List<Integer>{ 2, 1 });
    List<String> empty = new List<String>();
    Assert.isTrue(empty.isEmpty());
    empty.addAll(new Set<String>{ 'z' });
    Assert.areEqual(1, empty.size());
  }
  @IsTest
  static void anIndexOutsideTheListThrowsListException() {
    List<Integer> numbers = new List<Integer>();
    try {
      numbers.get(0);
      Assert.fail('expected a ListException');
    } catch (ListException e) {
      Assert.areEqual('List index out of bounds: 0', e.getMessage());
    }
  }
}`);

const sets = suite.add(`
@IsTest
private class SetTest {
  @IsTest
  static void setsKeepOneOfEachValueAndStringsAreCaseSensitive() {
    Set<String> tags = new Set<String>{ 'Red', 'red' };
    Assert.areEqual(2, tags.size());
    Assert.isFalse(tags.add('Red'));
    Assert.isTrue(tags.add('RED'));
    Assert.isTrue(tags.contains('red'));
    Assert.isFalse(tags.contains('rEd'));
    Assert.isTrue('Red' == 'rEd', 'String == ignores case');
    Assert.isFalse('Red'.equals('rEd'), 'String.equals does not');
    Assert.isTrue('Red'.equalsIgnoreCase('rEd'));
  }
  @IsTest
  static void setAlgebraRetainsRemovesAndComparesContents() {
    Set<Integer> numbers = new Set<Integer>{ 1, 2, 3, 4 };
    numbers.retainAll(new List<Integer>{ 2, 3, 9 });
    Assert.areEqual(new Set<Integer>{ 3, 2 }, numbers);
    numbers.removeAll(new Set<Integer>{ 2 });
    Assert.isTrue(numbers.containsAll(new List<Integer>{ 3 }));
    Assert.isTrue(numbers.remove(3));
    Assert.isTrue(numbers.isEmpty());
  }
}`);

const maps = suite.add(`
@IsTest
private class MapTest {
  @IsTest
  static void stringKeysAreCaseSensitive() {
    Map<String, Integer> counts = new Map<String, Integer>{ 'Admin' => 1 };
    Assert.isTrue(counts.containsKey('Admin'));
    Assert.isFalse(counts.containsKey('admin'));
    Assert.isNull(counts.get('ADMIN'));
    Assert.isNull(counts.put('admin', 2));
    Assert.areEqual(1, counts.put('Admin', 5));
    Assert.areEqual(2, counts.size());
    Assert.areEqual(5, counts.remove('Admin'));
    Assert.areEqual(new Set<String>{ 'admin' }, counts.keySet());
  }
  @IsTest
  static void idKeysMatchTheFifteenAndEighteenCharacterForms() {
    Id full = UserInfo.getUserId();
    String text = full;
    Assert.areEqual(18, text.length());
    Id fromFifteen = text.left(15);
    Assert.areEqual(full, fromFifteen);
    Assert.areEqual(18, String.valueOf(fromFifteen).length());
    Map<Id, String> names = new Map<Id, String>{ full => 'me' };
    Assert.areEqual('me', names.get(fromFifteen));
    Assert.isTrue(names.containsKey(Id.valueOf(text.left(15))));
    Set<Id> ids = new Set<Id>{ full };
    Assert.isFalse(ids.add(fromFifteen));
  }
  @IsTest
  static void aMapOfRecordsIsFiledByIdAndIteratesInInsertionOrder() {
    List<Group> groups = new List<Group>{
      new Group(Name = 'One', DeveloperName = 'Map_One', Type = 'Regular'),
      new Group(Name = 'Two', DeveloperName = 'Map_Two', Type = 'Regular')
    };
    insert groups;
    Map<Id, Group> byId = new Map<Id, Group>(groups);
    Assert.areEqual(2, byId.size());
    Assert.areEqual('Two', byId.get(groups[1].Id).Name);
    List<String> seen = new List<String>();
    for (Id key : byId.keySet()) {
      seen.add(byId.get(key).Name);
    }
    Assert.areEqual(new List<String>{ 'One', 'Two' }, seen);
    Assert.areEqual(2, byId.values().size());
  }
  @IsTest
  static void mapsOfListsAreFilledThroughGet() {
    Map<String, List<Integer>> buckets = new Map<String, List<Integer>>();
    for (Integer i = 0; i < 5; i++) {
      String key = Math.mod(i, 2) == 0 ? 'even' : 'odd';
      if (!buckets.containsKey(key)) buckets.put(key, new List<Integer>());
      buckets.get(key).add(i);
    }
    Assert.areEqual(new List<Integer>{ 0, 2, 4 }, buckets.get('even'));
    Assert.areEqual(new List<Integer>{ 1, 3 }, buckets.get('odd'));
  }
}`);

const sobjects = suite.add(`
@IsTest
private class GenericSObjectTest {
  @IsTest
  static void getAndPutReadAndWriteFieldsByName() {
    SObject record = new PermissionSet(Name = 'Generic_Access', Label = 'Generic');
    Assert.areEqual('Generic_Access', record.get('Name'));
    Assert.areEqual('Generic_Access', record.get('name'), 'field names ignore case');
    record.put('PermissionsApiEnabled', true);
    Assert.areEqual(true, record.get('PermissionsApiEnabled'));
    Assert.areEqual(PermissionSet.SObjectType, record.getSObjectType());
    PermissionSet typed = (PermissionSet) record;
    Assert.isTrue(typed.PermissionsApiEnabled);
  }
  @IsTest
  static void getPopulatedFieldsAsMapListsOnlyTheFieldsSet() {
    PermissionSet record = new PermissionSet(Name = 'Populated_Fields');
    record.Label = 'Populated';
    Map<String, Object> populated = record.getPopulatedFieldsAsMap();
    Assert.areEqual(new Set<String>{ 'Name', 'Label' }, populated.keySet());
    Assert.areEqual('Populated', populated.get('Label'));
  }
  @IsTest
  static void anUnknownFieldNameThrowsSObjectException() {
    SObject record = new Group(Name = 'x');
    try {
      record.get('NoSuchField__c');
      Assert.fail('expected an SObjectException');
    } catch (SObjectException e) {
      Assert.areEqual('Invalid field NoSuchField__c for Group', e.getMessage());
    }
  }
  @IsTest
  static void aFieldNotQueriedThrowsSObjectException() {
    insert new Group(Name = 'Queried', DeveloperName = 'Queried_Group', Type = 'Regular');
    Group queried = [SELECT Id FROM Group WHERE DeveloperName = 'Queried_Group'];
    try {
      String name = queried.Name;
      Assert.fail('expected an SObjectException');
    } catch (SObjectException e) {
      Assert.areEqual('SObject row was retrieved via SOQL without querying the requested field: Group.Name', e.getMessage());
    }
  }
  @IsTest
  static void recordsCompareByTheirFieldValues() {
    Group a = new Group(Name = 'Same');
    Group b = new Group(Name = 'Same');
    Assert.areEqual(a, b);
    Assert.isTrue(new Set<Group>{ a }.contains(b));
    b.Name = 'Other';
    Assert.areNotEqual(a, b);
  }
}`);

it('adds, inserts, removes, sorts, clones and compares lists', () => {
  expectPasses(suite, lists);
});

it('keeps sets unique with case-sensitive strings while String == ignores case', () => {
  expectPasses(suite, sets);
});

it('keys maps case-sensitively by String and by the 18-character form of an Id', () => {
  expectPasses(suite, maps);
});

it('reads and writes SObject fields by name and lists the populated ones', () => {
  expectPasses(suite, sobjects);
});
