/** Opens the org through the user's existing Salesforce CLI login (alias or username). */
import { connectionApi, SalesforceApi } from './salesforceApi';

export async function connectToOrg(aliasOrUsername: string): Promise<SalesforceApi> {
  // Loaded on first use: @salesforce/core is most of the command line's start-up time, and the
  // commands that read a snapshot file never need it.
  const { Org } = await import('@salesforce/core');
  const org = await Org.create({ aliasOrUsername });
  return connectionApi(org.getConnection());
}
