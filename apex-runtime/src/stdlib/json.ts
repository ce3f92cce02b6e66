// System.JSON's static methods (Apex Reference: JSON Class).
import { TypeValue } from '../values';
import { arity, bool, notImplemented, str } from './args';
import type { Interop, StaticMethod } from './interop';
import { parseJson } from './json-parse';
import { typed, untyped } from './json-read';
import { toJsonNode, writeCompact, writePretty } from './json-write';
import type { ApexValue } from '../values';

// A JSON copy holds its text and its values at once. Large copies (≥ 50,000 characters) are
// counted with the heap; small ones cost little, and each count walks everything reachable.
const LARGE_JSON = 50000;

function counted(rt: Interop, text: string, values: ApexValue[]): void {
  if (text.length >= LARGE_JSON) rt.observeHeap([text, ...values]);
}

function serializer(pretty: boolean): StaticMethod {
  const what = pretty ? 'JSON.serializePretty' : 'JSON.serialize';
  return (rt, args) => {
    arity(rt, what, args, 1, 2);
    const suppressNulls = args.length === 2 ? bool(rt, what, args[1]) : false;
    const node = toJsonNode(rt, args[0], suppressNulls);
    const text = pretty ? writePretty(node) : writeCompact(node);
    counted(rt, text, [args[0]]);
    return text;
  };
}

/** A deserializer that counts its text and the values it made with the heap. */
function reader(read: StaticMethod): StaticMethod {
  return (rt, args) => {
    const result = read(rt, args);
    if (typeof args[0] === 'string') counted(rt, args[0], [result]);
    return result;
  };
}

function typeArg(rt: Interop, what: string, value: ApexValue) {
  if (!(value instanceof TypeValue)) return notImplemented(rt, `${what} without a System.Type`);
  return value.type;
}

export const JSON_STATIC: Record<string, StaticMethod> = {
  serialize: serializer(false),
  serializepretty: serializer(true),
  deserialize: reader((rt, args) => {
    arity(rt, 'JSON.deserialize', args, 2);
    const node = parseJson(str(rt, 'JSON.deserialize', args[0]));
    return typed(rt, node, typeArg(rt, 'JSON.deserialize', args[1]), false);
  }),
  deserializestrict: reader((rt, args) => {
    arity(rt, 'JSON.deserializeStrict', args, 2);
    const node = parseJson(str(rt, 'JSON.deserializeStrict', args[0]));
    return typed(rt, node, typeArg(rt, 'JSON.deserializeStrict', args[1]), true);
  }),
  deserializeuntyped: reader((rt, args) => {
    arity(rt, 'JSON.deserializeUntyped', args, 1);
    return untyped(parseJson(str(rt, 'JSON.deserializeUntyped', args[0])));
  })
};
