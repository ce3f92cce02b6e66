import { LightningElement } from 'lwc';
import getOrgApiOnlyPage from '@salesforce/apex/WhyApiOnlyController.getOrgApiOnlyPage';
import { LABELS, errorText, fill, isNotAllowed, toPageFacts } from 'c/whyApiOnlyShared';
import { apiOnlyRows, type OrgRow } from './orgRows';
import { csvDataUri, toCsv } from './csv';

const PAGE_SIZE = 50;

/**
 * Every API-only user of the org and why, for admins: loaded page by page ("Load more"), each
 * page explained by the engine, exportable as CSV.
 */
export default class WhyApiOnlyOrgView extends LightningElement {
  labels = LABELS;

  rows: OrgRow[] = [];
  started = false;
  isLoading = false;
  hasMore = false;
  partial = false;
  notAllowed = false;
  error = '';
  private cursor: string | null = null;

  get showStart(): boolean {
    return !this.started;
  }

  get showTable(): boolean {
    return this.rows.length > 0;
  }

  get showEmpty(): boolean {
    return this.started && !this.isLoading && !this.error && !this.notAllowed && !this.showTable;
  }

  get countText(): string {
    return fill(LABELS.orgCount, { count: this.rows.length });
  }

  get tableRows() {
    return this.rows.map((row) => ({
      ...row,
      active: row.isActive ? LABELS.yes : LABELS.no
    }));
  }

  get csvHref(): string {
    const headers = {
      name: LABELS.columnName,
      username: LABELS.columnUsername,
      profile: LABELS.columnProfile,
      license: LABELS.columnLicense,
      active: LABELS.columnActive,
      why: LABELS.columnWhy
    };
    return csvDataUri(toCsv(headers, this.rows, { yes: LABELS.yes, no: LABELS.no }));
  }

  get showLoadMore(): boolean {
    return this.hasMore && !this.isLoading;
  }

  handleStart(): Promise<void> {
    this.started = true;
    return this.loadPage();
  }

  handleLoadMore(): Promise<void> {
    return this.loadPage();
  }

  /** Never rejects: a failure becomes the "not allowed" or error state. */
  private async loadPage(): Promise<void> {
    this.isLoading = true;
    this.error = '';
    try {
      const page = await getOrgApiOnlyPage({ afterUserId: this.cursor, pageSize: PAGE_SIZE });
      const known = new Set(this.rows.map((row) => row.userId));
      const fresh = page.facts ? apiOnlyRows(toPageFacts(page.facts)) : [];
      this.rows = [...this.rows, ...fresh.filter((row) => !known.has(row.userId))];
      this.cursor = page.nextAfterUserId ?? null;
      this.hasMore = page.hasMore === true && this.cursor !== null;
      this.partial = this.partial || page.grantingSetsTruncated === true;
    } catch (error) {
      this.notAllowed = isNotAllowed(error);
      this.error = this.notAllowed ? '' : errorText(error);
    } finally {
      this.isLoading = false;
    }
  }
}
