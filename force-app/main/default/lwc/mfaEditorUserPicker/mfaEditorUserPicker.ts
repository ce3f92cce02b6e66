import { LightningElement, api } from 'lwc';
import getUserFilterChoices from '@salesforce/apex/MfaEditorController.getUserFilterChoices';
import { fill } from 'c/whyApiOnlyShared';
import { LABELS, errorMessage, loadPlanningFacts } from 'c/mfaEditorShared';
import { SEARCH_LABELS } from './labels';
import {
  MIN_TEXT_LENGTH,
  PAGE_SIZE,
  filterRows,
  holderRows,
  isSearchable,
  searchPage,
  type UserFilters,
  type UserRow
} from './userRows';

export type { UserRow } from './userRows';

/** Typing pauses this long before the search runs: one call per pause, not per key. */
const DEBOUNCE_MS = 300;
const NO_FILTERS: UserFilters = { text: '', licenseId: '', profileId: '', apiOnly: false };

/**
 * Seed 002: finds the users of a bulk assignment. Searches the org's active users (Apex, one
 * call per page: name or username, licence, profile, API-only holders), or lists the chosen
 * set's current holders with the same filters. Fires choose (detail: users, chosen) when users
 * are chosen or unchosen; the parent keeps the choice across searches and passes chosenIds.
 */
export default class MfaEditorUserPicker extends LightningElement {
  labels = { ...LABELS, ...SEARCH_LABELS };

  @api chosenIds: readonly string[] = [];

  source: 'search' | 'holders' = 'search';
  filters: UserFilters = NO_FILTERS;
  licenses: Apex.MfaEditorFilterChoice[] = [];
  profiles: Apex.MfaEditorFilterChoice[] = [];
  rows: UserRow[] = [];
  /** The cursors of the pages visited: cursors[i] reads page i (null: the first). */
  cursors: (string | null)[] = [null];
  nextCursor: string | null = null;
  holders: UserRow[] | null = null;
  holderPage = 0;
  searching = false;
  errorText = '';

  private setId = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private sequence = 0;

  /** The permission set whose holders the "current holders" source lists. */
  @api
  get permissionSetId(): string {
    return this.setId;
  }
  set permissionSetId(value: string) {
    if (value === this.setId) return;
    this.setId = value ?? '';
    this.holders = null;
    if (this.source === 'holders') this.loadHolders();
  }

  /** Reads the current page again (after a write: holders and API-only flags change). */
  @api
  refresh(): void {
    if (this.source === 'holders') this.loadHolders();
    else this.search(this.cursors.length - 1);
  }

  override connectedCallback(): void {
    getUserFilterChoices().then(
      (choices) => {
        this.licenses = [...(choices.licenses ?? [])];
        this.profiles = [...(choices.profiles ?? [])];
      },
      (error: unknown) => {
        this.errorText = errorMessage(SEARCH_LABELS.choicesError, error);
      }
    );
    this.search(0);
  }

  override disconnectedCallback(): void {
    clearTimeout(this.timer);
  }

  get sourceOptions() {
    return [
      { label: SEARCH_LABELS.source, value: 'search' },
      { label: LABELS.assignSourceHolders, value: 'holders' }
    ];
  }

  get textHelp(): string {
    return fill(SEARCH_LABELS.textHelp, { min: MIN_TEXT_LENGTH });
  }

  get licenseOptions() {
    return [
      { label: LABELS.assignAny, value: '' },
      ...this.licenses.map((choice) => ({ label: choice.name ?? '', value: choice.id ?? '' }))
    ];
  }

  /** Profiles of the chosen licence only: another licence's profile would find nobody. */
  get profileOptions() {
    const licenseId = this.filters.licenseId;
    return [
      { label: LABELS.assignAny, value: '' },
      ...this.profiles
        .filter((choice) => !licenseId || choice.licenseId === licenseId)
        .map((choice) => ({ label: choice.name ?? '', value: choice.id ?? '' }))
    ];
  }

  private get holderMatches(): UserRow[] {
    return filterRows(this.holders ?? [], this.filters);
  }

  private get pageRows(): UserRow[] {
    if (this.source === 'search') return this.rows;
    const start = this.holderPage * PAGE_SIZE;
    return this.holderMatches.slice(start, start + PAGE_SIZE);
  }

  get rowViews() {
    const chosen = new Set(this.chosenIds ?? []);
    return this.pageRows.map((row) => ({
      ...row,
      chosen: chosen.has(row.id),
      chooseLabel: fill(SEARCH_LABELS.chooseUser, { name: row.name }),
      apiOnlyText: row.apiOnly ? LABELS.yes : LABELS.no
    }));
  }

  get hasRows(): boolean {
    return this.pageRows.length > 0;
  }

  get allOnPageChosen(): boolean {
    const chosen = new Set(this.chosenIds ?? []);
    return this.hasRows && this.pageRows.every((row) => chosen.has(row.id));
  }

  get hasNext(): boolean {
    return this.source === 'search'
      ? this.nextCursor !== null
      : (this.holderPage + 1) * PAGE_SIZE < this.holderMatches.length;
  }

  get noNext(): boolean {
    return this.searching || !this.hasNext;
  }

  get noPrevious(): boolean {
    const page = this.source === 'search' ? this.cursors.length - 1 : this.holderPage;
    return this.searching || page === 0;
  }

  /** What the aria-live region says after each search or page. */
  get countText(): string {
    if (this.searching) return SEARCH_LABELS.searching;
    if (this.source === 'search' && !isSearchable(this.filters.text)) return this.textHelp;
    if (this.source === 'holders' && (!this.setId || this.holders === null)) {
      return this.setId ? '' : LABELS.assignChooseSet;
    }
    if (!this.hasRows) return LABELS.assignNoUsers;
    const template = this.hasNext ? SEARCH_LABELS.countMore : SEARCH_LABELS.count;
    return fill(template, { count: this.pageRows.length });
  }

  /** Reads page `index` (its cursor is cursors[index]); a newer search wins over a late answer. */
  private search(index: number): void {
    clearTimeout(this.timer);
    if (this.source !== 'search') return;
    if (!isSearchable(this.filters.text)) {
      // The live region says how many characters are needed (countText).
      this.sequence++;
      this.rows = [];
      this.nextCursor = null;
      this.cursors = [null];
      this.searching = false;
      return;
    }
    const ticket = ++this.sequence;
    const cursors = this.cursors.slice(0, index + 1);
    this.searching = true;
    this.errorText = '';
    searchPage(this.filters, cursors[index] ?? null).then(
      (page) => {
        if (ticket !== this.sequence) return;
        this.rows = page.rows;
        this.nextCursor = page.nextCursor;
        this.cursors = cursors;
        this.searching = false;
      },
      (error: unknown) => {
        if (ticket !== this.sequence) return;
        this.rows = [];
        this.nextCursor = null;
        this.errorText = errorMessage(SEARCH_LABELS.error, error);
        this.searching = false;
      }
    );
  }

  private loadHolders(): void {
    if (!this.setId) return;
    const ticket = ++this.sequence;
    const setId = this.setId;
    this.searching = true;
    this.errorText = '';
    loadPlanningFacts([setId]).then(
      (planning) => {
        if (ticket !== this.sequence) return;
        this.holders = holderRows(planning.facts, setId);
        this.holderPage = 0;
        this.searching = false;
      },
      (error: unknown) => {
        if (ticket !== this.sequence) return;
        this.errorText = errorMessage(SEARCH_LABELS.error, error);
        this.searching = false;
      }
    );
  }

  /** A new filter starts again from the first page. */
  private filtersChanged(filters: UserFilters, debounce: boolean): void {
    this.filters = filters;
    this.holderPage = 0;
    if (this.source === 'holders') return;
    if (!debounce) {
      this.search(0);
      return;
    }
    clearTimeout(this.timer);
    // A pause in typing, not a platform callback: LWC has no debounce of its own.
    // eslint-disable-next-line @lwc/lwc/no-async-operation
    this.timer = setTimeout(() => this.search(0), DEBOUNCE_MS);
  }

  handleSource(event: CustomEvent<{ value: 'search' | 'holders' }>): void {
    this.source = event.detail.value;
    this.holderPage = 0;
    this.errorText = '';
    if (this.source === 'holders' && this.holders === null) this.loadHolders();
    if (this.source === 'search') this.search(0);
  }

  handleText(event: CustomEvent<{ value: string }>): void {
    this.filtersChanged({ ...this.filters, text: event.detail.value ?? '' }, true);
  }

  handleLicense(event: CustomEvent<{ value: string }>): void {
    const licenseId = event.detail.value ?? '';
    const profile = this.profiles.find((choice) => choice.id === this.filters.profileId);
    // A profile of another licence can't match any more: drop it rather than find nobody.
    const keepProfile = !licenseId || !profile || profile.licenseId === licenseId;
    const profileId = keepProfile ? this.filters.profileId : '';
    this.filtersChanged({ ...this.filters, licenseId, profileId }, false);
  }

  handleProfile(event: CustomEvent<{ value: string }>): void {
    this.filtersChanged({ ...this.filters, profileId: event.detail.value ?? '' }, false);
  }

  handleApiOnly(event: CustomEvent<{ checked: boolean }>): void {
    this.filtersChanged({ ...this.filters, apiOnly: event.detail.checked === true }, false);
  }

  handleNext(): void {
    if (this.source === 'holders') {
      this.holderPage += 1;
      return;
    }
    this.cursors = [...this.cursors, this.nextCursor];
    this.search(this.cursors.length - 1);
  }

  handlePrevious(): void {
    if (this.source === 'holders') {
      this.holderPage = Math.max(0, this.holderPage - 1);
      return;
    }
    this.search(Math.max(0, this.cursors.length - 2));
  }

  handleChoose(event: CustomEvent<{ checked: boolean }>): void {
    const id = (event.currentTarget as HTMLElement).dataset.id;
    const users = this.pageRows.filter((row) => row.id === id);
    this.fireChoose(users, event.detail.checked === true);
  }

  handleChooseAll(event: CustomEvent<{ checked: boolean }>): void {
    this.fireChoose(this.pageRows, event.detail.checked === true);
  }

  private fireChoose(users: readonly UserRow[], chosen: boolean): void {
    if (users.length === 0) return;
    this.dispatchEvent(new CustomEvent('choose', { detail: { users: [...users], chosen } }));
  }
}
