/** @jest-environment node */
import { columns, textLines, visible } from './terminalText';

describe('text for a terminal', () => {
  it.each([
    ['an escape sequence', 'a\x1b[31mred', 'a\\x1b[31mred'],
    ['a carriage return, line feed and tab', 'a\rb\nc\td', 'a\\x0db\\x0ac\\x09d'],
    ['NUL and BEL', '\x00\x07', '\\x00\\x07'],
    ['DEL', 'a\x7f', 'a\\x7f'],
    ['C1 controls (CSI, NEL)', '\x9b31m\x85\x80\x9f', '\\x9b31m\\x85\\x80\\x9f'],
    ['bidi overrides and embeddings', '\u202aa\u202eb\u202c', '\\u202aa\\u202eb\\u202c'],
    ['bidi isolates', '\u2066\u2067\u2068\u2069', '\\u2066\\u2067\\u2068\\u2069']
  ])('shows %s as visible escapes', (_what, value, shown) => {
    expect(visible(value)).toBe(shown);
  });

  it('leaves printable text alone, accents, arrows and tree lines included', () => {
    const text = 'Zoë → group ├─ └─ "quoted" \\ back-slash ü 日本';
    expect(visible(text)).toBe(text);
  });

  it('escapes a line break inside a line, so that a value cannot start a line of its own', () => {
    expect(textLines(['one', 'two\nfake line'])).toBe('one\ntwo\\x0afake line\n');
  });

  it('pads columns to the width of the escaped text', () => {
    expect(
      columns([
        ['NAME', 'X'],
        ['a\x1b', 'y'],
        ['bb', 'z']
      ])
    ).toEqual(['NAME   X', 'a\\x1b  y', 'bb     z']);
  });
});
