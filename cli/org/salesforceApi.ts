/**
 * The three REST calls the snapshot needs, over a real @salesforce/core Connection. Kept narrow so
 * the capture logic reads as what it does, not as jsforce plumbing.
 */
import type { Connection } from '@salesforce/core';

export interface DescribedField {
  readonly name: string;
  readonly label: string;
}

export interface QueryPage {
  readonly totalSize: number;
  readonly done: boolean;
  readonly nextRecordsUrl?: string;
  readonly records: Record<string, unknown>[];
}

export interface SalesforceApi {
  describeFields(objectName: string): Promise<DescribedField[]>;
  /** The first page of a query; follow `nextRecordsUrl` with queryMore. */
  query(soql: string): Promise<QueryPage>;
  queryMore(nextRecordsUrl: string): Promise<QueryPage>;
}

export function connectionApi(connection: Connection): SalesforceApi {
  return {
    async describeFields(objectName) {
      const described = await connection.describe(objectName);
      return described.fields.map((field) => ({ name: field.name, label: field.label }));
    },
    async query(soql) {
      // autoFetch off: paging is ours, so progress can be reported page by page.
      return (await connection.query(soql, { autoFetch: false })) as QueryPage;
    },
    async queryMore(nextRecordsUrl) {
      return connection.request<QueryPage>(nextRecordsUrl);
    }
  };
}
