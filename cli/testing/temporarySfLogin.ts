/**
 * A throw-away Salesforce CLI auth store: HOME points into a temp dir, and the login is written by
 * @salesforce/core itself (as `sf org login access-token` does), so `--target-org <alias>` is
 * resolved by the same library code a user's machine runs.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { AuthInfo, StateAggregator } from '@salesforce/core';

const SAVED_VARIABLES = [
  'HOME',
  'SF_USE_GENERIC_UNIX_KEYCHAIN',
  'SF_DISABLE_LOG_FILE',
  'SF_TARGET_ORG',
  'SF_ORG_API_VERSION'
] as const;

export interface TemporarySfHome {
  home: string;
  restore(): Promise<void>;
}

export async function useTemporarySfHome(): Promise<TemporarySfHome> {
  const saved = SAVED_VARIABLES.map((name) => [name, process.env[name]] as const);
  const home = mkdtempSync(join(os.tmpdir(), 'why-api-only-sf-'));
  process.env.HOME = home;
  // Jest gives tests a copy of process.env, so the real os.homedir() would still see the user's
  // HOME and its logins; point it (and with it @salesforce/core's ~/.sfdx, ~/.sf) at the temp dir.
  const realHomedir = os.homedir;
  Object.defineProperty(os, 'homedir', { value: () => home, configurable: true, writable: true });
  // No OS keychain in tests: the library's own file-based key store inside the temp HOME.
  process.env.SF_USE_GENERIC_UNIX_KEYCHAIN = 'true';
  process.env.SF_DISABLE_LOG_FILE = 'true';
  delete process.env.SF_TARGET_ORG;
  delete process.env.SF_ORG_API_VERSION;
  // The library creates a missing alias file itself, but recognises "missing" with an
  // `instanceof Error` that fails across Jest's sandbox boundary; an empty store avoids that path.
  mkdirSync(join(home, '.sfdx'), { recursive: true });
  writeFileSync(join(home, '.sfdx', 'alias.json'), JSON.stringify({ orgs: {} }));
  await StateAggregator.clearInstanceAsync();
  return {
    home,
    async restore() {
      await StateAggregator.clearInstanceAsync();
      Object.defineProperty(os, 'homedir', {
        value: realHomedir,
        configurable: true,
        writable: true
      });
      for (const [name, value] of saved) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
      rmSync(home, { recursive: true, force: true });
    }
  };
}

/** Logs in to the instance with an access token and gives the login an alias; returns the username. */
export async function loginWithAccessToken(
  instanceUrl: string,
  accessToken: string,
  alias: string
): Promise<string> {
  const authInfo = await AuthInfo.create({
    accessTokenOptions: { accessToken, instanceUrl, loginUrl: instanceUrl }
  });
  await authInfo.save();
  await authInfo.setAlias(alias);
  return authInfo.getUsername();
}
