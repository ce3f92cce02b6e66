// Classes as Apex defines them: top-level and inner classes, interfaces, virtual/abstract/override,
// static and instance members and their initialisation order, properties, constructor chaining.
import { ApexSuite, expectPasses } from './apexSuite';

const suite = new ApexSuite();

suite.add(`
public virtual class ShapeBase {
  public static Integer created = 0;
  protected String label;
  public ShapeBase() { this('shape'); }
  public ShapeBase(String label) { this.label = label; created++; }
  public virtual String describe() { return label + ' with area ' + area(); }
  public virtual Decimal area() { return 0; }
  public String baseLabel() { return label; }
}`);
suite.add(`
public abstract class Polygon extends ShapeBase implements Comparable, Sized {
  public Polygon(String label) { super(label); }
  public abstract Integer sides();
  public override String describe() { return super.describe() + ' and ' + sides() + ' sides'; }
  public Integer compareTo(Object other) {
    Decimal mine = area();
    Decimal theirs = ((Polygon) other).area();
    return mine == theirs ? 0 : (mine < theirs ? -1 : 1);
  }
  public Integer size() { return sides(); }
}`);
suite.add(`
public interface Sized { Integer size(); }`);
suite.add(`
public class Square extends Polygon {
  private Decimal side;
  public Square(Decimal side) { super('square'); this.side = side; }
  public override Integer sides() { return 4; }
  public override Decimal area() { return side * side; }
}`);

const inheritance = suite.add(`
@IsTest
private class InheritanceTest {
  @IsTest
  static void overridesDispatchOnTheRuntimeClassAndSuperCallsTheParent() {
    ShapeBase shape = new Square(3);
    Assert.areEqual('square with area 9 and 4 sides', shape.describe());
    Assert.areEqual('square', shape.baseLabel());
    Assert.isTrue(shape instanceof Polygon);
    Assert.isTrue(shape instanceof Sized);
    Assert.isTrue(shape instanceof Comparable);
    Assert.isFalse(new ShapeBase() instanceof Polygon);
    Assert.areEqual('shape with area 0', new ShapeBase().describe());
  }
  @IsTest
  static void anInterfaceTypedVariableCallsTheImplementation() {
    Sized sized = new Square(2);
    Assert.areEqual(4, sized.size());
    List<Polygon> squares = new List<Polygon>{ new Square(3), new Square(1), new Square(2) };
    squares.sort();
    Assert.areEqual(1, squares[0].area());
    Assert.areEqual(9, squares[2].area());
  }
  @IsTest
  static void aCastToAnUnrelatedClassThrowsTypeException() {
    Object shape = new ShapeBase('plain');
    try {
      Square square = (Square) shape;
      Assert.fail('cast should fail');
    } catch (TypeException e) {
      Assert.isTrue(e.getMessage().contains('Invalid conversion from runtime type ShapeBase to Square'), e.getMessage());
    }
  }
  @IsTest
  static void staticsAreSharedAndResetForEachTest() {
    Assert.areEqual(0, ShapeBase.created);
    new Square(1);
    new ShapeBase();
    Assert.areEqual(2, ShapeBase.created);
  }
  @IsTest
  static void staticsStartAgainInTheNextTest() {
    Assert.areEqual(0, ShapeBase.created);
  }
}`);

suite.add(`
public virtual class InitParent {
  public static List<String> log = new List<String>();
  public String parentField = record('parent field');
  { record('parent initializer'); }
  public InitParent() { record('parent constructor'); }
  public static String record(String step) { log.add(step); return step; }
}`);
suite.add(`
public class InitChild extends InitParent {
  public static String staticGreeting;
  static { staticGreeting = 'static block ran'; }
  public String childField = record('child field');
  { record('child initializer'); }
  public InitChild() { super(); record('child constructor'); }
}`);
const initOrder = suite.add(`
@IsTest
private class InitOrderTest {
  @IsTest
  static void theParentInitialisesFirstThenFieldsAndBlocksInOrderThenTheConstructor() {
    new InitChild();
    Assert.areEqual(
      new List<String>{
        'parent field', 'parent initializer', 'parent constructor',
        'child field', 'child initializer', 'child constructor'
      },
      InitParent.log
    );
    Assert.areEqual('static block ran', InitChild.staticGreeting);
  }
  @IsTest
  static void uninitialisedVariablesAreNullEvenForNumbersAndBooleans() {
    Integer count;
    Boolean flag;
    String text;
    Assert.isNull(count);
    Assert.isNull(flag);
    Assert.isNull(text);
  }
}`);

const outer = suite.add(`
public class Outer {
  private Integer secret = 42;
  public class Inner {
    public Integer value;
    public Inner(Integer value) { this.value = value; }
    public Integer doubled() { return value * 2; }
  }
  public interface Visitor { String visit(Inner node); }
  public class Printer implements Visitor {
    public String visit(Inner node) { return 'inner ' + node.value; }
  }
  public Inner make() { return new Inner(secret); }
}`);
const inner = suite.add(`
@IsTest
private class InnerClassTest {
  private class LocalHelper {
    String name = 'helper';
  }
  @IsTest
  static void innerClassesAreNamedThroughTheirOuterClass() {
    Outer.Inner node = new Outer.Inner(5);
    Assert.areEqual(10, node.doubled());
    Outer.Visitor visitor = new Outer.Printer();
    Assert.areEqual('inner 5', visitor.visit(node));
    Assert.areEqual(42, new Outer().make().value);
    Assert.areEqual('helper', new LocalHelper().name);
  }
  @IsTest
  static void theTypeNameOfAnInnerClassIsQualified() {
    Object node = new Outer.Inner(1);
    Assert.isTrue(node instanceof Outer.Inner);
    Assert.areEqual('Outer.Inner', String.valueOf(Outer.Inner.class));
  }
}`);

suite.add(`
public class Temperature {
  public Decimal celsius { get; set; }
  public Decimal fahrenheit {
    get { return celsius * 9 / 5 + 32; }
    set { celsius = (value - 32) * 5 / 9; }
  }
  public Integer reads { get; private set; }
  public String name {
    get { reads = reads == null ? 1 : reads + 1; return name; }
    set { name = value == null ? null : value.trim(); }
  }
  public static Integer instances { get { return instances == null ? 0 : instances; } set; }
  public final String unit = 'C';
  public Temperature() { instances = instances + 1; }
}`);
const properties = suite.add(`
@IsTest
private class PropertyTest {
  @IsTest
  static void autoPropertiesStoreAndPropertiesWithBodiesCompute() {
    Temperature t = new Temperature();
    Assert.isNull(t.celsius);
    t.fahrenheit = 212;
    Assert.areEqual(100, t.celsius);
    t.celsius = 0;
    Assert.areEqual(32, t.fahrenheit);
  }
  @IsTest
  static void aPropertyBodyReadsItsOwnBackingValue() {
    Temperature t = new Temperature();
    t.name = '  kitchen  ';
    Assert.areEqual('kitchen', t.name);
    Assert.areEqual('kitchen', t.name);
    Assert.areEqual(2, t.reads);
  }
  @IsTest
  static void staticPropertiesBelongToTheClass() {
    Assert.areEqual(0, Temperature.instances);
    new Temperature();
    new Temperature();
    Assert.areEqual(2, Temperature.instances);
  }
}`);

suite.add(`
public enum Season { WINTER, SPRING, SUMMER, FALL }`);
const enums = suite.add(`
@IsTest
private class EnumSwitchTest {
  public enum Level { LOW, HIGH }
  static String classify(Object value) {
    switch on value {
      when Integer i { return 'integer ' + i; }
      when String s { return 'string ' + s; }
      when Square sq { return 'square'; }
      when null { return 'null'; }
      when else { return 'other'; }
    }
  }
  @IsTest
  static void enumsHaveNamesOrdinalsAndValues() {
    Season s = Season.SUMMER;
    Assert.areEqual('SUMMER', s.name());
    Assert.areEqual(2, s.ordinal());
    Assert.areEqual(4, Season.values().size());
    Assert.areEqual(Season.WINTER, Season.values()[0]);
    Assert.areEqual('SUMMER', String.valueOf(s));
    Assert.areEqual(Season.FALL, Season.valueOf('FALL'));
    Assert.isTrue(Level.HIGH == EnumSwitchTest.Level.HIGH);
    Set<Season> warm = new Set<Season>{ Season.SPRING, Season.SUMMER };
    Assert.isTrue(warm.contains(s));
  }
  @IsTest
  static void switchOnAnEnumMatchesBareConstantNames() {
    List<String> seen = new List<String>();
    for (Season s : Season.values()) {
      switch on s {
        when WINTER, FALL { seen.add('cold'); }
        when SUMMER { seen.add('hot'); }
        when else { seen.add('mild'); }
      }
    }
    Assert.areEqual(new List<String>{ 'cold', 'mild', 'hot', 'cold' }, seen);
  }
  @IsTest
  static void switchOnValuesAndTypes() {
    Integer code = 404;
    String text;
    switch on code {
      when 200, 201 { text = 'ok'; }
      when 404 { text = 'missing'; }
      when else { text = 'error'; }
    }
    Assert.areEqual('missing', text);
    switch on 'Beta' {
      when 'alpha' { text = 'a'; }
      when 'Beta' { text = 'b'; }
    }
    Assert.areEqual('b', text);
    Assert.areEqual('integer 3', classify(3));
    Assert.areEqual('string x', classify('x'));
    Assert.areEqual('square', classify(new Square(1)));
    Assert.areEqual('null', classify(null));
    Assert.areEqual('other', classify(Date.newInstance(2024, 1, 1)));
  }
}`);

suite.add(`
public virtual class Announcer {
  public String heard;
  public Announcer() { heard = announce(); }
  public virtual String announce() { return 'parent'; }
  public String describe(Integer n) { return 'integer'; }
  public String describe(String s) { return 'string'; }
  public String describe(Object o) { return 'object'; }
}`);
suite.add(`
public class LoudAnnouncer extends Announcer {
  public override String announce() { return 'child'; }
}`);
const language = suite.add(`
@IsTest
private class LanguageTest {
  @IsTest
  static void aConstructorCallingAVirtualMethodReachesTheOverride() {
    Assert.areEqual('child', new LoudAnnouncer().heard);
    Assert.areEqual('parent', new Announcer().heard);
  }
  @IsTest
  static void overloadsAreChosenByTheArgumentType() {
    Announcer a = new Announcer();
    Assert.areEqual('integer', a.describe(1));
    Assert.areEqual('string', a.describe('x'));
    Assert.areEqual('object', a.describe(Date.newInstance(2024, 1, 1)));
  }
  @IsTest
  static void nullSafeNavigationAndNullCoalescing() {
    Announcer missing;
    Assert.isNull(missing?.heard);
    Assert.areEqual('fallback', missing?.heard ?? 'fallback');
    Assert.isFalse(missing instanceof Announcer, 'null is no instance of anything');
  }
  @IsTest
  static void loopsBreakAndContinue() {
    Integer sum = 0;
    for (Integer i = 0; i < 10; i++) {
      if (Math.mod(i, 2) == 0) continue;
      if (i > 7) break;
      sum += i;
    }
    Assert.areEqual(1 + 3 + 5 + 7, sum);
    Integer n = 0;
    do {
      n++;
    } while (n < 3);
    Assert.areEqual(3, n);
    while (n > 0) n--;
    Assert.areEqual(0, n);
  }
}`);

it('dispatches overrides on the runtime class, calls super and checks casts', () => {
  expectPasses(suite, inheritance);
});

it('initialises the parent first, then fields and blocks in order, then the constructor', () => {
  expectPasses(suite, initOrder);
});

it('names inner classes and interfaces through their outer class', () => {
  expect(outer).toBe('Outer');
  expectPasses(suite, inner);
});

it('runs auto properties, properties with bodies and static properties', () => {
  expectPasses(suite, properties);
});

it('gives enums names, ordinals and values, and switches on values, enums and types', () => {
  expectPasses(suite, enums);
});

it('dispatches from a parent constructor to the override, picks overloads by type, handles null', () => {
  expectPasses(suite, language);
});
