// A JSON reader that keeps each number's text, so that `1.50` deserializes as the Decimal
// 1.50 (scale 2) and a long integer keeps its digits. Errors are System.JSONException.
import { ApexError } from '../errors';

export type JsonValue =
  | { kind: 'null' }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'number'; text: string }
  | { kind: 'string'; value: string }
  | { kind: 'array'; items: JsonValue[] }
  | { kind: 'object'; entries: [string, JsonValue][] };

export function parseJson(text: string): JsonValue {
  let i = 0;
  const fail = (what: string): never => {
    const line = text.slice(0, i).split('\n').length;
    const column = i - text.lastIndexOf('\n', i - 1);
    throw new ApexError('JSONException', `${what} at [line:${line}, column:${column}]`);
  };
  const ws = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i])) i++;
  };
  const unexpected = (): never =>
    i >= text.length
      ? fail('Unexpected end-of-input')
      : fail(`Unexpected character ('${text[i]}' (code ${text.charCodeAt(i)}))`);
  const value = (): JsonValue => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const entries: [string, JsonValue][] = [];
      ws();
      if (text[i] === '}') {
        i++;
        return { kind: 'object', entries };
      }
      for (;;) {
        ws();
        if (text[i] !== '"') unexpected();
        const key = string();
        ws();
        if (text[i] !== ':') unexpected();
        i++;
        entries.push([key, value()]);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return { kind: 'object', entries };
        } else unexpected();
      }
    }
    if (c === '[') {
      i++;
      const items: JsonValue[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return { kind: 'array', items };
      }
      for (;;) {
        items.push(value());
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return { kind: 'array', items };
        } else unexpected();
      }
    }
    if (c === '"') return { kind: 'string', value: string() };
    for (const [word, v] of [
      ['true', { kind: 'boolean', value: true }],
      ['false', { kind: 'boolean', value: false }],
      ['null', { kind: 'null' }]
    ] as [string, JsonValue][]) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return v;
      }
    }
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!m) return unexpected();
    i += m[0].length;
    return { kind: 'number', text: m[0] };
  };
  const string = (): string => {
    const start = i;
    i++;
    let out = '';
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') {
        const e = text[i + 1];
        const simple: Record<string, string> = {
          '"': '"',
          '\\': '\\',
          '/': '/',
          b: '\b',
          f: '\f',
          n: '\n',
          r: '\r',
          t: '\t'
        };
        if (e in simple) {
          out += simple[e];
          i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else {
          i++;
          fail(`Unrecognized character escape '${e}'`);
        }
      } else out += text[i++];
    }
    if (i >= text.length) {
      i = start;
      fail('Unexpected end-of-input in a String value');
    }
    i++;
    return out;
  };
  const result = value();
  ws();
  if (i < text.length) unexpected();
  return result;
}
