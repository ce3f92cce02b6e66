// Keyset paging of listPermissionRows: one server call per page, a stale answer (the search or
// kind changed meanwhile) is dropped, so 5,000 rows load page by page in order.
import listPermissionRows from '@salesforce/apex/MfaEditorController.listPermissionRows';
import { toGridRow, type GridRow } from './gridRows';

export const PAGE_SIZE = 200;

export interface PageQuery {
  readonly searchTerm: string;
  readonly kindFilter: string;
}

export interface LoadedPage {
  readonly rows: GridRow[];
  readonly fields: string[];
  readonly editableFields: string[];
  readonly nextAfterName: string | null;
}

export class RowPager {
  private generation = 0;

  /** Loads one page; resolves null when a newer query started meanwhile. */
  async load(
    query: PageQuery,
    afterName: string | null,
    restart: boolean
  ): Promise<LoadedPage | null> {
    if (restart) this.generation += 1;
    const generation = this.generation;
    const page = await listPermissionRows({
      afterName,
      pageSize: PAGE_SIZE,
      searchTerm: query.searchTerm || null,
      kindFilter: query.kindFilter
    });
    if (generation !== this.generation) return null;
    return {
      rows: (page.rows ?? []).map(toGridRow),
      fields: page.fields ?? [],
      editableFields: page.editableFields ?? [],
      nextAfterName: page.nextAfterName ?? null
    };
  }
}
