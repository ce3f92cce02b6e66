/** `why-api-only mfa plan`: the preview of a bulk MFA permission edit, as text or JSON. No writes. */
import { parseArgs } from 'node:util';
import { parseMfaField, planMfaEdits } from '../../force-app/main/default/lwc/accessEngine/plan';
import type { MfaEdit } from '../../force-app/main/default/lwc/accessEngine/plan';
import type { Facts } from '../../force-app/main/default/lwc/accessEngine/accessEngine';
import { factsSource, parseFlags } from '../args';
import { BadInputError, ExitCode, ExitCodeValue } from '../errors';
import { loadFacts } from '../facts/loadFacts';
import type { CliIo } from '../io';
import { planText } from '../render/planText';

export const MFA_PLAN_HELP = `Usage: why-api-only mfa plan (--snapshot <file> | --target-org <alias>) --set <PermissionSetName>=<field>:<on|off> [--set …] [--as <username>] [--json]

Previews a bulk change of the MFA permissions: the diff, the dependent changes the platform
requires, what profiles need instead, the users affected, warnings and blockers. Writes nothing.

Flags:
  --set <name>=<field>:<on|off>  a permission set Name (namespace__Name when managed), a profile's
                                 Name or a group's DeveloperName; the field as API name
                                 (PermissionsTwoFactorApi), metadata name (TwoFactorApi) or
                                 alias: ui, api, manage-ui, manage-api. Repeat for more edits.
  --as <username|Id>             the admin who will apply it: checks that it does not lock them out
  --snapshot <file>              read the facts from a snapshot file (see \`snapshot\`)
  --target-org <alias|user>      read the facts from an org you logged in to with \`sf org login\`
  --json                         print the plan object as JSON
  -h, --help                     show this help

Exit codes:
  0  the plan has no blockers
  1  the plan has blockers (listed)
  2  bad input: unknown flag, --set not understood, unknown permission set, field or user
  3  the org could not be read
`;

const OPTIONS = {
  snapshot: { type: 'string' },
  'target-org': { type: 'string' },
  set: { type: 'string', multiple: true },
  as: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' }
} as const;

const SET_FORMAT = /^(.+)=([^=:]+):(on|off)$/i;

/** `Name=field:on|off` → an edit; the field is checked here so a typo is a usage error. */
export function parseSetFlag(text: string): MfaEdit {
  const match = SET_FORMAT.exec(text.trim());
  if (match === null) {
    throw new BadInputError(
      `mfa plan: --set "${text}" is not <PermissionSetName>=<field>:<on|off>.`
    );
  }
  const [, name, fieldText, state] = match;
  if (parseMfaField(fieldText) === null) {
    throw new BadInputError(
      `mfa plan: --set "${text}": "${fieldText}" is not an MFA permission (ui, api, manage-ui, manage-api, or its API or metadata name).`
    );
  }
  return {
    permissionSetName: name.trim(),
    field: fieldText.trim(),
    value: state.toLowerCase() === 'on'
  };
}

function actingUserId(facts: Facts, who: string | undefined): string | null {
  if (who === undefined) return null;
  const wanted = who.trim().toLowerCase();
  const user = (facts.records.User ?? []).find(
    (candidate) =>
      candidate.Id.toLowerCase() === wanted || candidate.Username.toLowerCase() === wanted
  );
  if (user === undefined)
    throw new BadInputError(`mfa plan: --as "${who}": no such user in the facts.`);
  return user.Id;
}

/** `mfa <subcommand>`: only `plan` exists. */
export async function mfaCommand(args: string[], io: CliIo): Promise<ExitCodeValue> {
  const [subcommand, ...rest] = args;
  if (subcommand === 'plan') return mfaPlanCommand(rest, io);
  if (subcommand === undefined || subcommand === '--help' || subcommand === '-h') {
    io.stdout.write(MFA_PLAN_HELP);
    return ExitCode.ok;
  }
  throw new BadInputError(`mfa: unknown subcommand "${subcommand}": use \`mfa plan\`.`);
}

export async function mfaPlanCommand(args: string[], io: CliIo): Promise<ExitCodeValue> {
  const flags = parseFlags('mfa plan', () =>
    parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false })
  ).values;
  if (flags.help) {
    io.stdout.write(MFA_PLAN_HELP);
    return ExitCode.ok;
  }
  const sets = flags.set ?? [];
  if (sets.length === 0)
    throw new BadInputError('mfa plan: missing --set <name>=<field>:<on|off>.');
  const edits = sets.map(parseSetFlag);
  const source = factsSource('mfa plan', {
    snapshot: flags.snapshot,
    targetOrg: flags['target-org']
  });
  const facts = await loadFacts(source, io);
  const plan = planMfaEdits(facts, { edits, actingUserId: actingUserId(facts, flags.as) });
  const badInput = plan.blockers.filter((blocker) => blocker.category === 'badInput');
  if (badInput.length > 0) {
    throw new BadInputError(`mfa plan: ${badInput.map((blocker) => blocker.message).join(' ')}`);
  }
  io.stdout.write(flags.json ? `${JSON.stringify(plan, null, 2)}\n` : planText(plan));
  return plan.blockers.length > 0 ? 1 : ExitCode.ok;
}
