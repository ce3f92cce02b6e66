/** `why-api-only audit`: every user's API-only and MFA state, as a table, JSON or CSV. */
import { parseArgs } from 'node:util';
import { auditOrg } from '../../force-app/main/default/lwc/accessEngine/accessEngine';
import { factsSource, parseFlags } from '../args';
import { BadInputError, ExitCode, ExitCodeValue } from '../errors';
import { loadFacts } from '../facts/loadFacts';
import { AUDIT_HELP } from '../help';
import type { CliIo } from '../io';
import { auditCsv } from '../render/auditCsv';
import { filterRows, isOnlyFilter, ONLY_VALUES, OnlyFilter } from '../render/auditRows';
import { auditText } from '../render/auditText';

const OPTIONS = {
  snapshot: { type: 'string' },
  'target-org': { type: 'string' },
  json: { type: 'boolean' },
  csv: { type: 'boolean' },
  only: { type: 'string' },
  help: { type: 'boolean', short: 'h' }
} as const;

export async function auditCommand(args: string[], io: CliIo): Promise<ExitCodeValue> {
  const flags = parseFlags('audit', () =>
    parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false })
  ).values;
  if (flags.help) {
    io.stdout.write(AUDIT_HELP);
    return ExitCode.ok;
  }
  if (flags.json && flags.csv) throw new BadInputError('audit: give --json or --csv, not both.');
  const only = onlyFilter(flags.only);
  const source = factsSource('audit', { snapshot: flags.snapshot, targetOrg: flags['target-org'] });
  const audit = auditOrg(await loadFacts(source, io));
  const rows = filterRows(audit, only);
  if (flags.json) io.stdout.write(`${JSON.stringify({ ...audit, rows }, null, 2)}\n`);
  else if (flags.csv) io.stdout.write(auditCsv(audit, rows));
  else io.stdout.write(auditText(audit, rows, only));
  return ExitCode.ok;
}

function onlyFilter(value: string | undefined): OnlyFilter | undefined {
  if (value === undefined || isOnlyFilter(value)) return value;
  throw new BadInputError(
    `audit: --only must be one of ${ONLY_VALUES.join(', ')}, not "${value}".`
  );
}
