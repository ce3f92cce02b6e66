/** Usage texts, one per command; printed by --help and after a usage error's one line. */

const EXIT_CODES = `Exit codes:
  0  done
  1  the user is API-only and --fail-if-api-only was given
  2  bad input: unknown flag, unreadable or broken snapshot, unknown user or org alias
  3  the org could not be read: network, expired session, API error
  4  unexpected internal error (a bug: please report it)`;

const SOURCE_FLAGS = `  --snapshot <file>          read the facts from a snapshot file (see \`snapshot\`)
  --target-org <alias|user>  read the facts from an org you logged in to with \`sf org login\``;

export const GENERAL_HELP = `why-api-only: explains why a Salesforce user is API-only, and audits MFA permissions.

Usage:
  why-api-only explain --user <username|Id> (--snapshot <file> | --target-org <alias>) [--json] [--fail-if-api-only]
  why-api-only audit (--snapshot <file> | --target-org <alias>) [--json | --csv] [--only api-only|mfa]
  why-api-only snapshot --target-org <alias> --out <file>
  why-api-only mfa plan (--snapshot <file> | --target-org <alias>) --set <name>=<field>:<on|off> … [--json]

Run \`why-api-only <command> --help\` for a command's flags.

${EXIT_CODES}
`;

export const EXPLAIN_HELP = `Usage: why-api-only explain --user <username|Id> (--snapshot <file> | --target-org <alias>) [--json] [--fail-if-api-only]

Explains one user's API Only User, API Enabled and MFA permissions: the verdict, every source
(profile, permission set, permission set group and its member set, muting) and whether it is in
effect, then the findings with their fixes and how many users each fix affects.

Flags:
  --user <username|Id>       the user to explain
${SOURCE_FLAGS}
  --json                     print the explanation object as JSON
  --fail-if-api-only         exit with 1 when the user is API-only (for CI)
  -h, --help                 show this help

${EXIT_CODES}
`;

export const AUDIT_HELP = `Usage: why-api-only audit (--snapshot <file> | --target-org <alias>) [--json | --csv] [--only api-only|mfa]

One row per user: API-only or not and from where, MFA for UI / API logins, and the findings;
then the org-wide findings.

Flags:
${SOURCE_FLAGS}
  --json                     print the audit as JSON (rows filtered by --only)
  --csv                      print one CSV row per user
  --only api-only            only users who are API-only
  --only mfa                 only users with MFA for UI Logins or MFA for API Logins in effect
  -h, --help                 show this help

${EXIT_CODES}
`;

export const SNAPSHOT_HELP = `Usage: why-api-only snapshot --target-org <alias|username> --out <file>

Reads the org's users, profiles, licences, permission sets, assignments, permission set groups,
their components and muting sets (and, when readable, MFA methods, sessions and recent logins)
into a snapshot file for \`explain\` and \`audit\`. Uses your existing Salesforce CLI login.
Permission fields the org does not have, and objects you may not read, are reported on stderr.

Flags:
  --target-org <alias|user>  the org, as logged in with \`sf org login\`
  --out <file>               where to write the snapshot (JSON): mode 0600, replaced
                             atomically, never through a symbolic link
  -h, --help                 show this help

${EXIT_CODES}
`;
