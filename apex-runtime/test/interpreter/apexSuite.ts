// Runs small Apex classes, written as Apex is written, in a fresh org built from the real
// project (its schema, baseline org, labels): the classes of one Jest file share one runner,
// since loading the schema and baseline is the slow part; every runClass starts a fresh org.
import * as path from 'node:path';
import type { ApexSource } from '../../src/runner/project';
import { ApexTestRunner, type TestResult } from '../../src/runner/testRunner';

export const PROJECT_DIR = path.resolve(__dirname, '../../..');

export class ApexSuite {
  private readonly sources: ApexSource[] = [];
  private built: ApexTestRunner | null = null;

  /** Registers a class (test or helper) before the first run; returns its name. */
  add(text: string): string {
    if (this.built) throw new Error('add every class before the first run');
    const name = /\b(?:class|interface|enum)\s+(\w+)/i.exec(text)?.[1];
    if (!name) throw new Error('no class name in source');
    this.sources.push({ file: `${name}.cls`, path: `memory/${name}.cls`, text });
    return name;
  }

  get runner(): ApexTestRunner {
    this.built ??= new ApexTestRunner(PROJECT_DIR, this.sources);
    return this.built;
  }

  /** Runs every test method of the class (or only the named one). */
  run(className: string, method?: string): TestResult[] {
    const cls = this.runner.interpreter.classes.get(className.toLowerCase());
    if (!cls) throw new Error(`no class ${className}`);
    const only = method ? (m: string) => m.toLowerCase() === method.toLowerCase() : undefined;
    const results = this.runner.runClass(cls, only);
    if (results.length === 0) throw new Error(`no test method ran in ${className}`);
    return results;
  }
}

/** A readable summary of failures, so that a failing Jest test shows the Apex message. */
export function failures(results: TestResult[]): string[] {
  return results
    .filter((r) => r.outcome !== 'pass')
    .map((r) => {
      // A JS error's stack is long: its first frames say where the runtime failed.
      const stack = (r.stack ?? '').split('\n').slice(0, 4).join('\n');
      return `${r.method}: ${r.message ?? ''}${stack ? `\n${stack}` : ''}`;
    });
}

/** Expects every test method of the class to pass; returns the results. */
export function expectPasses(suite: ApexSuite, className: string): TestResult[] {
  const results = suite.run(className);
  expect(failures(results)).toEqual([]);
  return results;
}
