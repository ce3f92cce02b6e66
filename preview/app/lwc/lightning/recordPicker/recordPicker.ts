// lightning-record-picker in the preview. The base components package has no record picker (in
// an org it searches through the UI API's GraphQL); this stand-in keeps its public API (label,
// placeholder, objectApiName, value, disabled, required, variant; `change` with
// detail.recordId; focus/blur/checkValidity/reportValidity/clearSelection) and searches the
// preview org as the running user (GET /preview/records/<object>). Keyboard: the SLDS combobox
// pattern (arrows, Enter, Escape).
import { LightningElement, api } from 'lwc';
import { session } from 'preview/session';

let nextId = 0;

interface Match {
  id: string;
  name: string;
  subtitle: string;
  optionId: string;
}

export default class RecordPicker extends LightningElement {
  @api label = '';
  @api placeholder = '';
  @api objectApiName = '';
  @api disabled = false;
  @api required = false;
  @api variant = 'standard';
  @api filter: unknown;
  @api displayInfo: unknown;
  @api matchingInfo: unknown;

  query = '';
  results: Match[] = [];
  activeIndex = -1;
  open = false;
  selected: Match | null = null;
  message = '';
  uid = `record-picker-${++nextId}`;
  requestSequence = 0;

  @api
  get value(): string | undefined {
    return this.selected ? this.selected.id : undefined;
  }
  set value(recordId: string | undefined) {
    if (!recordId) {
      this.selected = null;
      return;
    }
    if (this.selected && this.selected.id === recordId) return;
    this.selected = { id: recordId, name: recordId, subtitle: '', optionId: '' };
    this.lookup(`id:${recordId}`).then((found) => {
      if (found[0] && this.selected && this.selected.id === recordId) this.selected = found[0];
    });
  }

  get inputId() {
    return `${this.uid}-input`;
  }
  get listboxId() {
    return `${this.uid}-listbox`;
  }
  get labelClass() {
    return this.variant === 'label-hidden' ? 'slds-assistive-text' : 'slds-form-element__label';
  }
  get comboboxClass() {
    return `slds-combobox slds-dropdown-trigger slds-dropdown-trigger_click${this.open ? ' slds-is-open' : ''}`;
  }
  get ariaExpanded() {
    return String(this.open);
  }
  get activeDescendant() {
    return this.activeIndex >= 0 && this.results[this.activeIndex]
      ? this.results[this.activeIndex].optionId
      : '';
  }
  get options() {
    return this.results.map((r, i) => ({
      ...r,
      className: `slds-media slds-listbox__option slds-listbox__option_entity slds-listbox__option_has-meta${i === this.activeIndex ? ' slds-has-focus' : ''}`,
      selected: String(i === this.activeIndex)
    }));
  }
  get hasResults() {
    return this.results.length > 0;
  }

  async lookup(q: string): Promise<Match[]> {
    const response = await fetch(
      `/preview/records/${encodeURIComponent(this.objectApiName)}?q=${encodeURIComponent(q)}`,
      {
        headers: { 'x-preview-user': session.userId }
      }
    );
    if (!response.ok) return [];
    const rows = (await response.json()) as Omit<Match, 'optionId'>[];
    return rows.map((r) => ({ ...r, optionId: `${this.uid}-option-${r.id}` }));
  }

  async search(q: string): Promise<void> {
    const mine = ++this.requestSequence;
    const rows = await this.lookup(q);
    if (mine !== this.requestSequence) return;
    this.results = rows;
    this.activeIndex = rows.length ? 0 : -1;
    this.open = true;
    this.message = rows.length ? '' : `No matches for "${q}"`;
  }

  handleInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    if (this.query.trim().length === 0) {
      this.open = false;
      this.results = [];
      return;
    }
    this.search(this.query.trim());
  }

  handleKeyDown(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!this.open && this.query.trim()) this.search(this.query.trim());
      if (!this.results.length) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.activeIndex = (this.activeIndex + step + this.results.length) % this.results.length;
    } else if (event.key === 'Enter') {
      if (this.open && this.activeIndex >= 0) {
        event.preventDefault();
        this.choose(this.results[this.activeIndex]);
      }
    } else if (event.key === 'Escape') {
      if (this.open) {
        event.preventDefault();
        event.stopPropagation();
        this.open = false;
      }
    }
  }

  handleOptionClick(event: Event): void {
    const id = (event.currentTarget as HTMLElement).dataset.id;
    this.choose(this.results.find((r) => r.id === id));
  }

  handleBlur(): void {
    // Let a click on an option land before the list closes.
    window.setTimeout(() => {
      this.open = false;
    }, 150);
    this.dispatchEvent(new CustomEvent('blur'));
  }

  handleFocus(): void {
    this.dispatchEvent(new CustomEvent('focus'));
  }

  choose(record: Match | undefined): void {
    if (!record) return;
    this.selected = record;
    this.open = false;
    this.query = '';
    this.results = [];
    this.dispatchEvent(new CustomEvent('change', { detail: { recordId: record.id } }));
  }

  handleClear(): void {
    this.selected = null;
    this.dispatchEvent(new CustomEvent('change', { detail: { recordId: null } }));
    void Promise.resolve().then(() => this.focus());
  }

  @api clearSelection(): void {
    this.selected = null;
  }
  @api focus(): void {
    this.template?.querySelector('input')?.focus();
  }
  @api blur(): void {
    this.template?.querySelector('input')?.blur();
  }
  @api checkValidity(): boolean {
    return !this.required || !!this.selected;
  }
  @api reportValidity(): boolean {
    return this.checkValidity();
  }
  /** The message is not shown by this stand-in; validity is only "required and empty". */
  @api setCustomValidity(message: string): void {
    this.message = message;
  }
}
