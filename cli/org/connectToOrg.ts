/** Opens the org through the user's existing Salesforce CLI login (alias or username). */
import { Org } from '@salesforce/core';
import { connectionApi, SalesforceApi } from './salesforceApi';

export async function connectToOrg(aliasOrUsername: string): Promise<SalesforceApi> {
  const org = await Org.create({ aliasOrUsername });
  return connectionApi(org.getConnection());
}
