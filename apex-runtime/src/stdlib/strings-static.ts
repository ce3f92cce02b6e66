// Static methods of String (Apex Reference: String Class).
import { ApexDatetime } from '../values';
import { arity, elements, int, notImplemented, str } from './args';
import { messageFormat } from './format';
import type { StaticMethod } from './interop';
import { isJavaBlank, STRING_METHODS } from './strings';
import { apexToString, datetimeToString } from './text';

const nullable = (value: unknown): value is null => value === null;

export const STRING_STATIC: Record<string, StaticMethod> = {
  format: (rt, args) => {
    arity(rt, 'String.format', args, 2);
    const pattern = str(rt, 'String.format', args[0]);
    const values = elements(rt, 'String.format', args[1]).map((v) => apexToString(rt, v));
    return messageFormat(pattern, values);
  },
  join: (rt, args) => {
    arity(rt, 'String.join', args, 2);
    const separator = args[1] === null ? 'null' : str(rt, 'String.join', args[1]);
    return elements(rt, 'String.join', args[0])
      .map((v) => apexToString(rt, v))
      .join(separator);
  },
  valueof: (rt, args) => {
    arity(rt, 'String.valueOf', args, 1);
    return apexToString(rt, args[0], 'valueOf');
  },
  valueofgmt: (rt, args) => {
    arity(rt, 'String.valueOfGmt', args, 1);
    const value = args[0];
    if (nullable(value)) return 'null';
    if (!(value instanceof ApexDatetime))
      return notImplemented(rt, 'String.valueOfGmt of a non-Datetime');
    return datetimeToString(value, 'GMT');
  },
  isblank: (rt, args) => {
    arity(rt, 'String.isBlank', args, 1);
    return args[0] === null || isJavaBlank(str(rt, 'String.isBlank', args[0]));
  },
  isnotblank: (rt, args) => {
    arity(rt, 'String.isNotBlank', args, 1);
    return args[0] !== null && !isJavaBlank(str(rt, 'String.isNotBlank', args[0]));
  },
  isempty: (rt, args) => {
    arity(rt, 'String.isEmpty', args, 1);
    return args[0] === null || str(rt, 'String.isEmpty', args[0]) === '';
  },
  isnotempty: (rt, args) => {
    arity(rt, 'String.isNotEmpty', args, 1);
    return args[0] !== null && str(rt, 'String.isNotEmpty', args[0]) !== '';
  },
  escapesinglequotes: (rt, args) => {
    arity(rt, 'String.escapeSingleQuotes', args, 1);
    return STRING_METHODS.escapesinglequotes(rt, str(rt, 'String.escapeSingleQuotes', args[0]), []);
  },
  fromchararray: (rt, args) => {
    arity(rt, 'String.fromCharArray', args, 1);
    const codes = elements(rt, 'String.fromCharArray', args[0]).map((c) =>
      int(rt, 'String.fromCharArray', c)
    );
    return String.fromCharCode(...codes);
  },
  getcommonprefix: (rt, args) => {
    arity(rt, 'String.getCommonPrefix', args, 1);
    const texts = elements(rt, 'String.getCommonPrefix', args[0]).map((v) =>
      v === null ? '' : str(rt, 'String.getCommonPrefix', v)
    );
    if (!texts.length) return '';
    let prefix = texts[0];
    for (const t of texts) while (!t.startsWith(prefix)) prefix = prefix.slice(0, -1);
    return prefix;
  }
};
