// Assertions for the bodies of property tests. Jest's expect builds an error object with a stack
// on every call, passing or not: over thousands of runs that was a sixth of a property file's
// time. These throw only on failure; fast-check then shrinks and reports the counterexample.

export function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

/** Deep equality of plain data as JSON sees it (undefined members ignored, like toEqual). */
export function checkSameJson(actual: unknown, expected: unknown, message: string): void {
  const a = JSON.stringify(actual);
  const b = JSON.stringify(expected);
  if (a !== b) throw new Error(`${message}\n  actual:   ${a}\n  expected: ${b}`);
}
