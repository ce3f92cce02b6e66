// System.Pattern and System.Matcher (Apex Reference: Pattern Class, Matcher Class), as
// NativeObjects over a translated JavaScript RegExp.
import { ApexError } from '../errors';
import { ApexList, NativeObject, typeRef, type ApexValue } from '../values';
import { arity, int, notImplemented, str } from './args';
import type { InstanceMethod, StaticMethod } from './interop';
import { javaRegExp, replaceAllJava, splitJava } from './regex';

export interface PatternState {
  source: string;
}

export interface MatcherState {
  pattern: string;
  input: string;
  /** The last successful match, or null. */
  match: RegExpExecArray | null;
  /** Where the next find() starts. */
  position: number;
}

const STRING = typeRef('String');

function matcherState(m: NativeObject): MatcherState {
  return m.state as MatcherState;
}

function requireMatch(state: MatcherState): RegExpExecArray {
  if (!state.match) throw new ApexError('StringException', 'No match found');
  return state.match;
}

export const PATTERN_STATIC: Record<string, StaticMethod> = {
  compile: (rt, args) => {
    arity(rt, 'Pattern.compile', args, 1);
    const source = str(rt, 'Pattern.compile', args[0]);
    javaRegExp(source);
    return new NativeObject('System.Pattern', { source } satisfies PatternState);
  },
  matches: (rt, args) => {
    arity(rt, 'Pattern.matches', args, 2);
    const re = javaRegExp(`^(?:${str(rt, 'Pattern.matches', args[0])})$`);
    return re.test(str(rt, 'Pattern.matches', args[1]));
  },
  quote: (rt, args) => {
    arity(rt, 'Pattern.quote', args, 1);
    return `\\Q${str(rt, 'Pattern.quote', args[0]).replace(/\\E/g, '\\E\\\\E\\Q')}\\E`;
  }
};

export const PATTERN_METHODS: Record<string, InstanceMethod<NativeObject>> = {
  matcher: (rt, p, args) => {
    arity(rt, 'Pattern.matcher', args, 1);
    const state: MatcherState = {
      pattern: (p.state as PatternState).source,
      input: str(rt, 'Pattern.matcher', args[0]),
      match: null,
      position: 0
    };
    return new NativeObject('System.Matcher', state);
  },
  pattern: (_rt, p) => (p.state as PatternState).source,
  split: (rt, p, args) => {
    arity(rt, 'Pattern.split', args, 1, 2);
    const limit = args.length === 2 ? int(rt, 'Pattern.split', args[1]) : 0;
    const parts = splitJava(
      str(rt, 'Pattern.split', args[0]),
      (p.state as PatternState).source,
      limit
    );
    return new ApexList(STRING, parts);
  }
};

function runMatch(
  state: MatcherState,
  anchored: 'whole' | 'start' | 'none',
  from: number
): boolean {
  const source =
    anchored === 'whole'
      ? `^(?:${state.pattern})$`
      : anchored === 'start'
        ? `^(?:${state.pattern})`
        : state.pattern;
  const re = javaRegExp(source, anchored === 'none' ? 'g' : '');
  let m: RegExpExecArray | null;
  if (anchored === 'none') {
    re.lastIndex = from;
    m = re.exec(state.input);
  } else m = re.exec(state.input);
  state.match = m;
  if (m) state.position = m.index + m[0].length + (m[0] === '' ? 1 : 0);
  return m !== null;
}

function group(state: MatcherState, index: number): ApexValue {
  const m = requireMatch(state);
  if (index < 0 || index >= m.length) throw new ApexError('StringException', `No group ${index}`);
  return m[index] ?? null;
}

export const MATCHER_METHODS: Record<string, InstanceMethod<NativeObject>> = {
  matches: (_rt, m) => runMatch(matcherState(m), 'whole', 0),
  lookingat: (_rt, m) => runMatch(matcherState(m), 'start', 0),
  find: (rt, m, args) => {
    arity(rt, 'Matcher.find', args, 0, 1);
    const state = matcherState(m);
    if (args.length === 1) {
      const start = int(rt, 'Matcher.find', args[0]);
      if (start < 0 || start > state.input.length)
        throw new ApexError('StringException', 'Illegal start index');
      return runMatch(state, 'none', start);
    }
    if (state.position > state.input.length) {
      state.match = null;
      return false;
    }
    return runMatch(state, 'none', state.position);
  },
  group: (rt, m, args) => {
    arity(rt, 'Matcher.group', args, 0, 1);
    const state = matcherState(m);
    if (args.length === 1 && typeof args[0] === 'string') {
      const named = requireMatch(state).groups;
      if (!named || !(args[0] in named))
        throw new ApexError('StringException', `No group with name <${args[0]}>`);
      return named[args[0]] ?? null;
    }
    return group(state, args.length ? int(rt, 'Matcher.group', args[0]) : 0);
  },
  groupcount: (_rt, m) => {
    const state = matcherState(m);
    return new RegExp(`(?:${javaRegExp(state.pattern).source})|`).exec('')!.length - 1;
  },
  start: (rt, m, args) => {
    arity(rt, 'Matcher.start', args, 0);
    return requireMatch(matcherState(m)).index;
  },
  end: (rt, m, args) => {
    arity(rt, 'Matcher.end', args, 0);
    const match = requireMatch(matcherState(m));
    return match.index + match[0].length;
  },
  hitend: (rt) => notImplemented(rt, 'Matcher.hitEnd'),
  reset: (rt, m, args) => {
    arity(rt, 'Matcher.reset', args, 0, 1);
    const state = matcherState(m);
    if (args.length === 1) state.input = str(rt, 'Matcher.reset', args[0]);
    state.match = null;
    state.position = 0;
    return m;
  },
  replaceall: (rt, m, args) => {
    arity(rt, 'Matcher.replaceAll', args, 1);
    const state = matcherState(m);
    return replaceAllJava(state.input, state.pattern, str(rt, 'Matcher.replaceAll', args[0]));
  },
  replacefirst: (rt, m, args) => {
    arity(rt, 'Matcher.replaceFirst', args, 1);
    const state = matcherState(m);
    return replaceAllJava(
      state.input,
      state.pattern,
      str(rt, 'Matcher.replaceFirst', args[0]),
      true
    );
  },
  pattern: (_rt, m) => new NativeObject('System.Pattern', { source: matcherState(m).pattern })
};
