// check:metadata: every metadata file of the package validates against the Metadata API's schema
// (the WSDL, vendor/salesforce-metadata-wsdl/), then the limits and references the schema cannot
// express (lib/metadata-rules.mjs) and the rules between metadata and Apex (lib/metadata-apex.mjs).
// Usage: node scripts/checks/metadata.mjs [projectDir]
// The result is cached by the content of every file it reads: the guards' clean copy costs nothing.
import { REPO_ROOT, finish, projectDirFromArgs, runCheck, startTimer } from './lib/cli.mjs';
import { checkApexUses } from './lib/metadata-apex.mjs';
import { checkMetadataRules } from './lib/metadata-rules.mjs';
import { WSDL_FILE, rootTypeOf, validateAgainstSchema } from './lib/metadata-schema.mjs';
import { apexSourceFiles, listFiles, packageDirectories } from './lib/project.mjs';
import { cachedResult } from './lib/result-cache.mjs';
import { loadSchema, schemaSourceKey } from './lib/sobject-schema.mjs';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const CHECK = 'check:metadata';

async function main() {
  const elapsed = startTimer();
  const projectDir = projectDirFromArgs();
  const files = packageDirectories(projectDir).flatMap((dir) =>
    listFiles(dir, (name) => Boolean(rootTypeOf(name)))
  );
  if (files.length === 0)
    throw new Error(`${projectDir}: no metadata files in the package directories`);
  const apexFiles = apexSourceFiles(projectDir).filter((file) => file.endsWith('.cls'));
  const xmllint = JSON.parse(
    readFileSync(path.join(REPO_ROOT, 'node_modules', 'xmllint-wasm', 'package.json'), 'utf8')
  ).version;
  const result = await cachedResult(
    'metadata',
    { projectDir, files: [...files, ...apexFiles, WSDL_FILE], extra: [xmllint, schemaSourceKey()] },
    async () => {
      const schemaProblems = await validateAgainstSchema(projectDir, files);
      const ruleProblems = checkMetadataRules(projectDir, files, loadSchema(projectDir));
      const apexProblems = checkApexUses(projectDir, files, apexFiles);
      return { problems: [...schemaProblems, ...ruleProblems, ...apexProblems] };
    }
  );
  finish(CHECK, {
    problems: result.problems,
    summary: `${files.length} metadata files valid against the Metadata API schema, limits and references hold${result.cached ? ' (cached)' : ''}`,
    elapsed
  });
}

runCheck(CHECK, main);
