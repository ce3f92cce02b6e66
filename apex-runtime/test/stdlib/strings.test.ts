import { ApexError, NotImplemented } from '../../src/errors';
import { callMethod, callStatic } from '../../src/stdlib';
import { ApexList, typeRef } from '../../src/values';
import { fakeInterop } from './fakeInterop';

const rt = fakeInterop();
const list = (...items: (string | number | null)[]) => new ApexList(typeRef('Object'), items);
const s = (receiver: string, method: string, ...args: (string | number | null)[]) =>
  callMethod(rt, receiver, method, args);

describe('String.format', () => {
  it('drops a single quote and keeps a doubled one, as Java MessageFormat does', () => {
    expect(callStatic(rt, 'String', 'format', ["It''s {0}", list('done')])).toBe("It's done");
    expect(callStatic(rt, 'String', 'format', ["it's {0}", list('x')])).toBe('its {0}');
  });

  it('writes quoted braces literally and leaves a placeholder past the arguments as written', () => {
    expect(callStatic(rt, 'String', 'format', ["'{'{0}'}' {1}", list('a')])).toBe('{a} {1}');
  });

  it('formats numbers and nulls as String.valueOf does', () => {
    expect(callStatic(rt, 'String', 'format', ['{0} of {1}', list(1000, null)])).toBe(
      '1000 of null'
    );
  });

  it('rejects a number format element because Apex passes Strings to MessageFormat', () => {
    expect(() => callStatic(rt, 'String', 'format', ['{0,number}', list(1)])).toThrow(
      'Cannot format given Object as a Number'
    );
  });
});

describe('String.split', () => {
  it('removes trailing empty strings but keeps leading and inner ones', () => {
    const parts = s(',a,,b,,', 'split', ',') as ApexList;
    expect(parts.items).toEqual(['', 'a', '', 'b']);
  });

  it('treats the separator as a regular expression and honours a limit', () => {
    expect((s('a.b.c', 'split', '\\.') as ApexList).items).toEqual(['a', 'b', 'c']);
    expect((s('a,b,c', 'split', ',', 2) as ApexList).items).toEqual(['a', 'b,c']);
  });
});

describe('case rules', () => {
  it('makes contains, startsWith and equals case-sensitive, unlike equalsIgnoreCase', () => {
    expect(s('Hello', 'contains', 'hell')).toBe(false);
    expect(s('Hello', 'containsIgnoreCase', 'hell')).toBe(true);
    expect(s('Hello', 'startsWith', 'he')).toBe(false);
    expect(s('Hello', 'equals', 'hello')).toBe(false);
    expect(s('Hello', 'equalsIgnoreCase', 'hello')).toBe(true);
  });

  it('compares as Java compareTo: by code unit, uppercase first', () => {
    expect(s('B', 'compareTo', 'a')).toBe(-31);
    expect(s('ab', 'compareTo', 'abc')).toBe(-1);
  });
});

describe('other String methods', () => {
  it('replaces with Java group references and escapes in replaceAll', () => {
    expect(s('John Smith', 'replaceAll', '(\\w+) (\\w+)', '$2, $1')).toBe('Smith, John');
    expect(s('a.b', 'replaceAll', '\\.', '\\$')).toBe('a$b');
  });

  it('abbreviates with three dots and refuses a width under four', () => {
    expect(s('Now is the time', 'abbreviate', 10)).toBe('Now is ...');
    expect(() => s('abcdef', 'abbreviate', 3)).toThrow(ApexError);
  });

  it('says the empty string is not numeric and collapses whitespace in normalizeSpace', () => {
    expect(s('', 'isNumeric')).toBe(false);
    expect(s('123', 'isNumeric')).toBe(true);
    expect(s('  a \t b\n ', 'normalizeSpace')).toBe('a b');
    expect(callStatic(rt, 'String', 'isBlank', [' \t'])).toBe(true);
  });

  it('throws a StringException for a substring past the end', () => {
    expect(() => s('abc', 'substring', 1, 5)).toThrow('Ending position out of bounds: 5');
    expect(s('abc', 'left', 10)).toBe('abc');
    expect(s('abc', 'right', 2)).toBe('bc');
  });

  it('pads, removes prefixes and builds strings from UTF-16 code units', () => {
    expect(s('7', 'leftPad', 3, '0')).toBe('007');
    expect(s('ab', 'rightPad', 5, 'xy')).toBe('abxyx');
    expect(s('prefix_name', 'removeStart', 'prefix_')).toBe('name');
    expect(callStatic(rt, 'String', 'fromCharArray', [list(55357, 56832)])).toBe('\u{1F600}');
    expect(s('\u{1F600}', 'length')).toBe(2);
  });

  it('escapes single quotes and joins any iterable with String.valueOf of each element', () => {
    expect(callStatic(rt, 'String', 'escapeSingleQuotes', ["O'Brien"])).toBe("O\\'Brien");
    expect(callStatic(rt, 'String', 'join', [list('a', 1, null), '; '])).toBe('a; 1; null');
  });

  it('matches a Java pattern with a negative lookahead through Pattern and Matcher', () => {
    const pattern = callStatic(rt, 'Pattern', 'compile', ['^[A-Za-z](?:[A-Za-z0-9]|_(?!_))*$']);
    const ok = callMethod(rt, pattern, 'matcher', ['My_Set1']);
    const bad = callMethod(rt, pattern, 'matcher', ['My__Set']);
    expect(callMethod(rt, ok, 'matches', [])).toBe(true);
    expect(callMethod(rt, bad, 'matches', [])).toBe(false);
  });

  it('fails loudly on a method the runtime does not implement', () => {
    expect(() => s('abc', 'splitByCharacterType')).toThrow(NotImplemented);
  });
});
