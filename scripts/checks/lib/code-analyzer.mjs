// Drives Salesforce Code Analyzer v5 through its public Node entry point
// (@salesforce/code-analyzer-core's CodeAnalyzer with the engine plugins), configured by the
// project's code-analyzer.yml, as `sf code-analyzer run` does: the same engines, the same
// configuration file, the same rule selectors. check:pmd and check:sfge both run through here.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT, displayPath } from './cli.mjs';

const require = createRequire(path.join(REPO_ROOT, 'package.json'));
const CONFIG_FILE = 'code-analyzer.yml';
const PLUGINS = {
  pmd: '@salesforce/code-analyzer-pmd-engine',
  sfge: '@salesforce/code-analyzer-sfge-engine'
};

/** The configuration file's text: part of every cached result's key. */
export function configText(projectDir) {
  return readFileSync(path.join(projectDir, CONFIG_FILE), 'utf8');
}

/** Versions of core and the engine: a result computed by other versions is not reused. */
export function analyzerVersions(engine) {
  return (
    ['@salesforce/code-analyzer-core', PLUGINS[engine]]
      // Read from the file: the packages' `exports` do not expose package.json to require().
      .map((name) => {
        const file = path.join(REPO_ROOT, 'node_modules', name, 'package.json');
        return `${name}@${JSON.parse(readFileSync(file, 'utf8')).version}`;
      })
      .join('|')
  );
}

/**
 * Runs the selected rules of one engine over the files (all of them are both workspace and
 * target). Returns violations as `file:line:col: Rule: message`, and the engine's error log
 * lines, which mean part of the code was not analysed. targets (default: every file) narrows
 * what is analysed; the other files still inform it (types, callees).
 * @param {{projectDir: string, engine: 'pmd'|'sfge', selectors: string[], files: string[],
 *   targets?: string[], jvmFlags?: string[]}} run
 */
export async function runCodeAnalyzer({ projectDir, engine, selectors, files, targets, jvmFlags }) {
  // The engines start java themselves and take no JVM options beyond the heap; the JVM reads
  // JAVA_TOOL_OPTIONS from the environment it inherits (JDK tool documentation).
  if (jvmFlags) process.env.JAVA_TOOL_OPTIONS = jvmFlags.join(' ');
  const core = require('@salesforce/code-analyzer-core');
  // The run's logs and working folders go to a folder of its own, removed afterwards; the
  // defaults (the OS temp folder) would collect a log file per run.
  const runDir = mkdtempSync(path.join(os.tmpdir(), `why-api-only-${engine}-`));
  try {
    // The project's file, plus the two folder settings only this run knows (top-level keys the
    // file must not set itself, so appending them cannot collide).
    const yaml = `${configText(projectDir)}\nlog_folder: ${JSON.stringify(runDir)}\nroot_working_folder: ${JSON.stringify(runDir)}\n`;
    const config = core.CodeAnalyzerConfig.fromYamlString(yaml, projectDir);
    const analyzer = new core.CodeAnalyzer(config);
    const errors = [];
    // Engines report through EngineLogEvent (SFGE's timeouts and internal errors among them),
    // core through LogEvent.
    for (const type of [core.EventType.LogEvent, core.EventType.EngineLogEvent]) {
      analyzer.onEvent(type, (event) => {
        if (event.logLevel === core.LogLevel.Error) errors.push(event.message.trim());
      });
    }
    await analyzer.addEnginePlugin(require(PLUGINS[engine]).createEnginePlugin());
    const workspace = await analyzer.createWorkspace(files, targets);
    const selection = await analyzer.selectRules(selectors, { workspace });
    const ruleNames = selection.getRulesFor(engine).map((rule) => rule.getName());
    if (ruleNames.length === 0)
      throw new Error(
        `${CONFIG_FILE}: the selectors ${selectors.join(', ')} match no ${engine} rule`
      );
    const results = await analyzer.run(selection, { workspace });
    const engineResults = results.getEngineRunResults(engine);
    const violations = engineResults.getViolations().map((violation) => {
      const where = violation.getPrimaryLocation();
      const file = where.getFile() ? displayPath(projectDir, where.getFile()) : '(no file)';
      return `${file}:${where.getStartLine()}:${where.getStartColumn()}: ${violation.getRule().getName()}: ${violation.getMessage().trim()}`;
    });
    return { violations, errors, ruleNames };
  } finally {
    rmSync(runDir, { recursive: true, force: true });
  }
}
