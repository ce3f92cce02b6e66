// Primitive values as Apex has them: String (== ignores case, String.format quoting), Id,
// Date/Datetime, Integer/Long/Decimal/Boolean arithmetic, JSON into typed classes, Type.forName,
// Crypto and EncodingUtil — each run through the interpreter from Apex source.
import { ApexSuite, expectPasses } from './apexSuite';

const suite = new ApexSuite();

const strings = suite.add(`
@IsTest
private class StringTest {
  @IsTest
  static void equalityOperatorsIgnoreCaseButEqualsAndCompareToDoNot() {
    String a = 'Permission';
    Assert.isTrue(a == 'PERMISSION');
    Assert.isFalse(a != 'permission');
    Assert.isFalse(a.equals('permission'));
    Assert.isTrue(a.compareTo('Permission') == 0);
    Assert.isTrue('a'.compareTo('B') > 0, 'compareTo is by character code');
    String nothing;
    Assert.isTrue(nothing == null);
    Assert.areEqual('null', 'x'.replace('x', '') + nothing);
  }
  @IsTest
  static void formatReplacesPlaceholdersAndTreatsSingleQuotesAsQuoting() {
    Assert.areEqual('Hi Ann, 2 sets', String.format('Hi {0}, {1} sets', new List<Object>{ 'Ann', 2 }));
    Assert.areEqual('it is {0}', String.format('it is \\'{0}\\'', new List<Object>{ 'x' }));
    Assert.areEqual('Ann\\'s set', String.format('{0}\\'\\'s set', new List<Object>{ 'Ann' }));
  }
  @IsTest
  static void commonMethodsBehaveAsOnThePlatform() {
    String s = '  Api Only  ';
    Assert.areEqual('Api Only', s.trim());
    Assert.areEqual('api only', s.trim().toLowerCase());
    Assert.isTrue(String.isBlank('   '));
    Assert.isFalse(String.isEmpty(' '));
    Assert.areEqual(new List<String>{ 'a', 'b', '' , 'c' }, 'a,b,,c'.split(','));
    Assert.areEqual('a-b', String.join(new List<String>{ 'a', 'b' }, '-'));
    Assert.areEqual('bc', 'abcd'.substring(1, 3));
    Assert.isTrue('Hello'.startsWith('He'));
    Assert.isTrue('Hello'.containsIgnoreCase('LL'));
    Assert.areEqual('ab', 'abc'.left(2));
    Assert.areEqual('005', '5'.leftPad(3, '0'));
    Assert.areEqual('Name', 'name'.capitalize());
    Assert.areEqual('x\\\\\\'y', String.escapeSingleQuotes('x\\'y'));
  }
}`);

const numbers = suite.add(`
@IsTest
private class NumberTest {
  @IsTest
  static void integerDivisionTruncatesTowardZero() {
    Integer seven = 7;
    Assert.areEqual(3, seven / 2);
    Assert.areEqual(-3, -seven / 2);
    Assert.areEqual(1, Math.mod(seven, 2));
    Decimal half = seven / 2.0;
    Assert.areEqual(3.5, half);
  }
  @IsTest
  static void integersOverflowAtThirtyTwoBitsAndLongsDoNot() {
    Integer big = 2147483647;
    Integer wrapped = big + 1;
    Assert.areEqual(-2147483647 - 1, wrapped);
    Long wide = 2147483647L;
    Assert.areEqual(2147483648L, wide + 1);
    Assert.areEqual(2147483647, Integer.valueOf('2147483647'));
  }
  @IsTest
  static void decimalsKeepTheirScale() {
    Decimal price = 1.50;
    Assert.areEqual('1.50', String.valueOf(price));
    Assert.areEqual(2, price.scale());
    Assert.areEqual('1.5', String.valueOf(price.stripTrailingZeros()));
    Assert.areEqual(1.5, price, 'equal values of another scale compare equal');
    Assert.areEqual('2.6', String.valueOf(Decimal.valueOf('2.65').setScale(1)), 'half-even');
    Assert.areEqual('2.8', String.valueOf(Decimal.valueOf('2.75').setScale(1)), 'half-even');
    Assert.areEqual('3.00', String.valueOf(1.50 * 2));
    Assert.areEqual(3, (1.5 * 2).intValue());
  }
  @IsTest
  static void booleansAreTrueFalseOrNull() {
    Boolean unset;
    Assert.isNull(unset);
    Assert.isTrue(Boolean.valueOf('TRUE'));
    Assert.isFalse(Boolean.valueOf('yes'));
    Boolean flag = true;
    flag &= false;
    Assert.isFalse(flag);
    try {
      if (unset) {
        Assert.fail('a null condition never runs the branch');
      }
      Assert.fail('a null condition throws');
    } catch (NullPointerException e) {
      Assert.isNotNull(e.getMessage());
    }
  }
}`);

const dates = suite.add(`
@IsTest
private class DateTest {
  @IsTest
  static void datesAddAndCompare() {
    Date d = Date.newInstance(2024, 1, 31);
    Assert.areEqual(Date.newInstance(2024, 2, 29), d.addMonths(1));
    Assert.areEqual(Date.newInstance(2024, 2, 1), d.addDays(1));
    Assert.areEqual(29, Date.daysInMonth(2024, 2));
    Assert.areEqual(31, Date.newInstance(2024, 1, 1).daysBetween(Date.newInstance(2024, 2, 1)));
    Assert.isTrue(d < d.addDays(1));
    Assert.areEqual('2024-01-31', String.valueOf(d));
  }
  @IsTest
  static void theTestClockIsFixedAndDatetimesPrintInGmt() {
    Datetime start = Datetime.newInstanceGmt(2026, 12, 4, 9, 0, 0);
    Assert.areEqual(start, System.now(), 'the runner starts every test at the same instant');
    Assert.areEqual(Date.newInstance(2026, 12, 4), Date.today());
    Datetime later = start.addHours(30);
    Assert.areEqual('2026-12-05 15:00:00', later.formatGmt('yyyy-MM-dd HH:mm:ss'));
    Assert.areEqual(Date.newInstance(2026, 12, 5), later.dateGmt());
    Assert.areEqual(start.getTime() + 30 * 3600 * 1000, later.getTime());
  }
}`);

const ids = suite.add(`
@IsTest
private class IdTest {
  @IsTest
  static void idsKnowTheirObjectAndRejectMalformedText() {
    Id me = UserInfo.getUserId();
    Assert.areEqual(User.SObjectType, me.getSObjectType());
    Assert.isTrue(me instanceof Id);
    try {
      Id bad = Id.valueOf('not an id');
      Assert.fail('expected a StringException');
    } catch (StringException e) {
      Assert.areEqual('Invalid id: not an id', e.getMessage());
    }
    try {
      String text = 'short';
      Id alsoBad = text;
      Assert.fail('expected a StringException');
    } catch (StringException e) {
      Assert.areEqual('Invalid id: short', e.getMessage());
    }
  }
}`);

suite.add(`
public class CargoManifest {
  public String name;
  public Integer count;
  public Decimal weight;
  public Boolean fragile;
  public Date due;
  public List<Line> lines;
  public Map<String, Integer> stock;
  public class Line {
    public String sku;
    public Integer qty;
  }
}`);
const json = suite.add(`
@IsTest
private class JsonTest {
  @IsTest
  static void serializeWritesFieldsInDeclarationOrderWithNulls() {
    CargoManifest s = new CargoManifest();
    s.name = 'Box';
    s.count = 2;
    s.weight = 1.50;
    Assert.areEqual(
      '{"name":"Box","count":2,"weight":1.50,"fragile":null,"due":null,"lines":null,"stock":null}',
      JSON.serialize(s)
    );
    Assert.areEqual('{"name":"Box","count":2,"weight":1.50}', JSON.serialize(s, true));
  }
  @IsTest
  static void deserializeFillsATypedClassWithNestedListsAndMaps() {
    String text = '{"name":"Crate","count":3,"weight":2.5,"fragile":true,"due":"2024-03-01",'
      + '"lines":[{"sku":"A1","qty":4}],"stock":{"A1":7},"ignored":1}';
    CargoManifest s = (CargoManifest) JSON.deserialize(text, CargoManifest.class);
    Assert.areEqual('Crate', s.name);
    Assert.areEqual(3, s.count);
    Assert.areEqual(2.5, s.weight);
    Assert.isTrue(s.fragile);
    Assert.areEqual(Date.newInstance(2024, 3, 1), s.due);
    Assert.areEqual('A1', s.lines[0].sku);
    Assert.areEqual(4, s.lines[0].qty);
    Assert.areEqual(7, s.stock.get('A1'));
  }
  @IsTest
  static void deserializeUntypedGivesMapsListsAndPrimitives() {
    Map<String, Object> root = (Map<String, Object>) JSON.deserializeUntyped('{"a":[1,"x",true,null],"b":{"c":1.5}}');
    List<Object> a = (List<Object>) root.get('a');
    Assert.areEqual(1, a[0]);
    Assert.areEqual('x', a[1]);
    Assert.areEqual(true, a[2]);
    Assert.isNull(a[3]);
    Assert.areEqual(1.5, ((Map<String, Object>) root.get('b')).get('c'));
  }
  @IsTest
  static void invalidJsonThrowsJsonException() {
    try {
      JSON.deserializeUntyped('{"a":');
      Assert.fail('expected a JSONException');
    } catch (JSONException e) {
      Assert.isNotNull(e.getMessage());
    }
  }
}`);

suite.add(`
public interface Greeter { String greet(String name); }`);
suite.add(`
public class FormalGreeter implements Greeter {
  public String greet(String name) { return 'Good day, ' + name; }
}`);
const types = suite.add(`
@IsTest
private class TypeTest {
  @IsTest
  static void typeForNameFindsAClassAndNewInstanceCreatesIt() {
    Type t = Type.forName('FormalGreeter');
    Assert.areEqual(FormalGreeter.class, t);
    Assert.areEqual('FormalGreeter', t.getName());
    Greeter g = (Greeter) t.newInstance();
    Assert.areEqual('Good day, Ann', g.greet('Ann'));
    Assert.isNull(Type.forName('NoSuchClassAnywhere'));
  }
}`);

const crypto = suite.add(`
@IsTest
private class CryptoTest {
  @IsTest
  static void digestsAndEncodingsMatchTheStandardAlgorithms() {
    Blob data = Blob.valueOf('abc');
    Assert.areEqual('YWJj', EncodingUtil.base64Encode(data));
    Assert.areEqual('abc', EncodingUtil.base64Decode('YWJj').toString());
    Assert.areEqual(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      EncodingUtil.convertToHex(Crypto.generateDigest('SHA-256', data))
    );
    Assert.areEqual('900150983cd24fb0d6963f7d28e17f72', EncodingUtil.convertToHex(Crypto.generateDigest('MD5', data)));
    Assert.areEqual('a+b%26c', EncodingUtil.urlEncode('a b&c', 'UTF-8'));
    Assert.areEqual(16, Crypto.generateAesKey(128).size());
  }
}`);

it('compares strings with == ignoring case and formats with MessageFormat quoting', () => {
  expectPasses(suite, strings);
});

it('divides Integers as integers, wraps at 32 bits and keeps the scale of Decimals', () => {
  expectPasses(suite, numbers);
});

it('adds months to dates at the end of the month and runs tests on a fixed clock', () => {
  expectPasses(suite, dates);
});

it('serializes Apex objects and deserializes JSON into typed classes', () => {
  expectPasses(suite, json);
});

it('finds a class with Type.forName and creates it with newInstance', () => {
  expectPasses(suite, types);
});

it('computes digests and encodings as Crypto and EncodingUtil do', () => {
  expectPasses(suite, crypto);
});

it('turns text into an Id, knows its SObject type and rejects malformed Ids', () => {
  expectPasses(suite, ids);
});
