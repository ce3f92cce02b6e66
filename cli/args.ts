/** Flag parsing on node:util parseArgs, with its errors turned into one-line usage errors. */
import { BadInputError, errorMessage } from './errors';

/** Runs a node:util parseArgs call, turning its errors into a one-line usage error. */
export function parseFlags<T>(command: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new BadInputError(
      `${command}: ${firstSentence(errorMessage(error))} (see \`why-api-only ${command} --help\`)`
    );
  }
}

/** parseArgs appends advice about '--' and positionals on a second line; the first is the point. */
function firstSentence(message: string): string {
  return message.split('\n')[0].replace(/\. To specify a positional argument.*$/, '.');
}

export interface FactsSourceFlags {
  snapshot?: string;
  targetOrg?: string;
}

export type FactsSource =
  { kind: 'snapshot'; file: string } | { kind: 'org'; aliasOrUsername: string };

export function factsSource(command: string, flags: FactsSourceFlags): FactsSource {
  if (flags.snapshot !== undefined && flags.targetOrg !== undefined) {
    throw new BadInputError(`${command}: give either --snapshot or --target-org, not both.`);
  }
  if (flags.snapshot !== undefined) return { kind: 'snapshot', file: flags.snapshot };
  if (flags.targetOrg !== undefined) return { kind: 'org', aliasOrUsername: flags.targetOrg };
  throw new BadInputError(`${command}: missing --snapshot <file> or --target-org <alias>.`);
}

export function requiredFlag(command: string, name: string, value: string | undefined): string {
  if (value === undefined || value.trim() === '') {
    throw new BadInputError(`${command}: missing --${name}.`);
  }
  return value;
}
