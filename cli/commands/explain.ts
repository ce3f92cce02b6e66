/** `why-api-only explain`: one user's verdict, sources and findings. */
import { parseArgs } from 'node:util';
import {
  explainUser,
  UnknownUserError
} from '../../force-app/main/default/lwc/accessEngine/accessEngine';
import { factsSource, parseFlags, requiredFlag } from '../args';
import { BadInputError, ExitCode, ExitCodeValue } from '../errors';
import { loadFacts } from '../facts/loadFacts';
import { EXPLAIN_HELP } from '../help';
import type { CliIo } from '../io';
import { explanationText } from '../render/explanationText';

const OPTIONS = {
  user: { type: 'string' },
  snapshot: { type: 'string' },
  'target-org': { type: 'string' },
  json: { type: 'boolean' },
  'fail-if-api-only': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' }
} as const;

export async function explainCommand(args: string[], io: CliIo): Promise<ExitCodeValue> {
  const flags = parseFlags('explain', () =>
    parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false })
  ).values;
  if (flags.help) {
    io.stdout.write(EXPLAIN_HELP);
    return ExitCode.ok;
  }
  const user = requiredFlag('explain', 'user', flags.user);
  const source = factsSource('explain', {
    snapshot: flags.snapshot,
    targetOrg: flags['target-org']
  });
  const facts = await loadFacts(source, io);
  let explanation;
  try {
    explanation = explainUser(facts, user);
  } catch (error) {
    if (error instanceof UnknownUserError) throw new BadInputError(error.message);
    throw error;
  }
  io.stdout.write(
    flags.json ? `${JSON.stringify(explanation, null, 2)}\n` : explanationText(explanation)
  );
  return flags['fail-if-api-only'] && explanation.apiOnly ? ExitCode.apiOnly : ExitCode.ok;
}
