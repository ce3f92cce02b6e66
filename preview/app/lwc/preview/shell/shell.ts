// The preview page: who the page runs as, which surface shows, the chrome of that surface
// (tab, User record page, utility bar) and what the platform would have done outside the
// component (toasts, navigation, Apex calls) in a log.
import { LightningElement } from 'lwc';
import { SURFACES, DEFAULT_SURFACE } from 'preview/surfaces';
import type { Surface } from 'preview/surfaces';
import components from 'preview/surfaceComponents';
import { session } from 'preview/session';
import type { PreviewUser } from 'preview/session';
import { PLATFORM_EVENT } from 'preview/events';
import type { PlatformEventEntry } from 'preview/events';

const LOG_LIMIT = 60;
const TOAST_MS = 8000;
const SEARCH_DELAY_MS = 200;

interface Toast {
  id: number;
  title: string;
  message: string;
  className: string;
}

interface LogEntry {
  id: number;
  kind: string;
  text: string;
}

interface ToastDetail {
  title?: string;
  message?: string;
  variant?: string;
  mode?: string;
}

interface PageReference {
  type?: string;
  attributes?: Record<string, unknown>;
}

declare global {
  interface Window {
    __WHY_PREVIEW_PAGE__?: unknown;
    __WHY_PREVIEW_LOG__?: PlatformEventEntry[];
  }
}

function tagOf(moduleName: string): string {
  const [ns, name] = moduleName.split('/');
  return `${ns}-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** The list with `user` in it (first when missing): a select must offer its current value. */
function including(users: readonly PreviewUser[], user: PreviewUser | undefined): PreviewUser[] {
  return !user || users.includes(user) ? [...users] : [user, ...users];
}

/** The switchers' search on the server (`/preview/users?q=`, or `?id=` for one user). */
async function findUsers(query: Record<string, string>): Promise<PreviewUser[]> {
  const response = await fetch(`/preview/users?${new URLSearchParams(query).toString()}`);
  return response.ok ? ((await response.json()) as PreviewUser[]) : [];
}

function userLabel(user: PreviewUser): string {
  return user.note
    ? `${user.name} — ${user.note}`
    : `${user.name} (${user.profile ?? 'no profile'})`;
}

export default class Shell extends LightningElement {
  surfaceKey = DEFAULT_SURFACE;
  recordUserId = session.defaultRecordUserId;
  toasts: Toast[] = [];
  logEntries: LogEntry[] = [];
  nextId = 1;
  /** What each switcher lists: the page's first users, or the answers to its search. */
  runningAsChoices: readonly PreviewUser[] = session.users;
  recordChoices: readonly PreviewUser[] = session.users;
  /** Every user the page has heard of, by Id (the page's list and search answers). */
  private readonly known = new Map(session.users.map((u) => [u.id, u]));
  /** The surface's component once its chunk has loaded (until then the body stays empty). */
  componentCtor: typeof LightningElement | null = null;
  private loadedComponent = '';
  private readonly searchTimers: Record<string, ReturnType<typeof setTimeout>> = {};
  private searchSequence = 0;

  private readonly onPlatformEvent = (event: Event) =>
    this.handlePlatformEvent((event as CustomEvent<PlatformEventEntry>).detail);
  private readonly onToast = (event: Event) =>
    this.showToast((event as CustomEvent<ToastDetail>).detail ?? {});

  override connectedCallback(): void {
    const query = new URLSearchParams(window.location.search);
    const wanted = query.get('surface');
    if (wanted && SURFACES.some((s) => s.key === wanted)) this.surfaceKey = wanted;
    const record = query.get('record');
    if (record && this.known.has(record)) this.recordUserId = record;
    this.publishPageReference();
    window.addEventListener(PLATFORM_EVENT, this.onPlatformEvent);
    this.template?.addEventListener('lightning__showtoast', this.onToast);
    for (const entry of window.__WHY_PREVIEW_LOG__ ?? []) this.handlePlatformEvent(entry);
    void this.loadComponent();
  }

  override disconnectedCallback(): void {
    window.removeEventListener(PLATFORM_EVENT, this.onPlatformEvent);
    this.template?.removeEventListener('lightning__showtoast', this.onToast);
  }

  get originText(): string {
    return `Demo data from ${session.snapshot}, answered by the real Apex in an offline runtime. Not a Salesforce org.`;
  }

  get surface(): Surface {
    return SURFACES.find((s) => s.key === this.surfaceKey) ?? SURFACES[0];
  }

  get surfaceButtons() {
    return SURFACES.map((s) => ({
      key: s.key,
      label: s.label,
      pressed: String(s.key === this.surfaceKey),
      className: `slds-button ${s.key === this.surfaceKey ? 'slds-button_brand' : 'slds-button_neutral'}`
    }));
  }

  get userOptions() {
    return including(this.runningAsChoices, this.known.get(session.userId)).map((u) => ({
      id: u.id,
      label: userLabel(u),
      runningAs: u.id === session.userId
    }));
  }

  get recordOptions() {
    return including(this.recordChoices, this.known.get(this.recordUserId)).map((u) => ({
      id: u.id,
      label: userLabel(u),
      selected: u.id === this.recordUserId
    }));
  }

  /** More users than the page lists: the switchers get a search box. */
  get searchable(): boolean {
    return session.userCount > session.users.length;
  }

  get searchPlaceholder(): string {
    return `Search ${session.userCount.toLocaleString('en-US')} users`;
  }

  get recordUserName(): string {
    return this.known.get(this.recordUserId)?.name ?? this.recordUserId;
  }

  get isRecordFrame(): boolean {
    return this.surface.frame === 'record';
  }

  get isTabFrame(): boolean {
    return this.surface.frame === 'tab';
  }

  get isUtilityFrame(): boolean {
    return this.surface.frame === 'utility';
  }

  get bodyClass(): string {
    return `preview-body-${this.surface.frame}`;
  }

  /** A surface whose component is not built shows the placeholder instead. */
  get isNotBuilt(): boolean {
    return components[this.surface.component] === undefined;
  }

  /** Loads the surface's component chunk (once per component, as Lightning loads a page's). */
  private async loadComponent(): Promise<void> {
    const name = this.surface.component;
    const load = components[name];
    if (!load || this.loadedComponent === name) return;
    this.loadedComponent = name;
    this.componentCtor = null;
    const ctor = await load();
    if (this.loadedComponent === name) this.componentCtor = ctor;
  }

  get componentProps(): Record<string, unknown> {
    return this.surface.props({ runningUserId: session.userId, recordUserId: this.recordUserId });
  }

  get placeholderText(): string {
    const name = this.surface.component.split('/')[1];
    return `<${tagOf(this.surface.component)}> is not built yet. This surface shows it as soon as force-app/main/default/lwc/${name} exists (restart npm start).`;
  }

  handleRunningAs(event: Event): void {
    this.navigateTo({ as: (event.target as HTMLSelectElement).value });
  }

  handleSurface(event: Event): void {
    this.surfaceKey = (event.currentTarget as HTMLElement).dataset.surface ?? DEFAULT_SURFACE;
    void this.loadComponent();
    this.publishPageReference();
    this.replaceUrl();
  }

  handleRunningAsSearch(event: Event): void {
    this.searchUsers('runningAs', (event.target as HTMLInputElement).value);
  }

  handleRecordSearch(event: Event): void {
    this.searchUsers('record', (event.target as HTMLInputElement).value);
  }

  handleRecordUser(event: Event): void {
    this.recordUserId = (event.target as HTMLSelectElement).value;
    this.publishPageReference();
    this.replaceUrl();
  }

  async handleReset(): Promise<void> {
    await fetch('/preview/reset', { method: 'POST' });
    this.navigateTo({});
  }

  handleCloseToast(event: Event): void {
    const id = Number((event.currentTarget as HTMLElement).dataset.toast);
    this.toasts = this.toasts.filter((t) => t.id !== id);
  }

  /** Fills a switcher with the users matching the text (the page's first users when empty). */
  private searchUsers(which: 'runningAs' | 'record', text: string): void {
    clearTimeout(this.searchTimers[which]);
    this.searchTimers[which] = setTimeout(() => {
      void (async () => {
        const mine = ++this.searchSequence;
        const found = text.trim() ? await findUsers({ q: text }) : session.users;
        if (mine !== this.searchSequence) return;
        found.forEach((u) => this.known.set(u.id, u));
        if (which === 'runningAs') this.runningAsChoices = found;
        else this.recordChoices = found;
      })();
    }, SEARCH_DELAY_MS);
  }

  /** Shows the User record page of a user the component navigated to (looked up if unknown). */
  private async showRecordOf(recordId: string): Promise<void> {
    if (!this.known.has(recordId)) {
      (await findUsers({ id: recordId })).forEach((u) => this.known.set(u.id, u));
      if (!this.known.has(recordId)) return;
    }
    this.recordUserId = recordId;
    this.surfaceKey = SURFACES.find((s) => s.frame === 'record')?.key ?? this.surfaceKey;
    void this.loadComponent();
    this.publishPageReference();
    this.replaceUrl();
  }

  /** Reloads the page with new query values (a new "login" when the running user changes). */
  private navigateTo(changes: Record<string, string>): void {
    const query = this.currentQuery();
    Object.entries(changes).forEach(([k, v]) => query.set(k, v));
    window.location.assign(`${window.location.pathname}?${query.toString()}`);
  }

  private currentQuery(): URLSearchParams {
    const query = new URLSearchParams(window.location.search);
    query.set('as', session.userId);
    query.set('surface', this.surfaceKey);
    query.set('record', this.recordUserId);
    return query;
  }

  private replaceUrl(): void {
    window.history.replaceState(
      null,
      '',
      `${window.location.pathname}?${this.currentQuery().toString()}`
    );
  }

  private publishPageReference(): void {
    window.__WHY_PREVIEW_PAGE__ =
      this.surface.frame === 'record'
        ? {
            type: 'standard__recordPage',
            attributes: { recordId: this.recordUserId, objectApiName: 'User', actionName: 'view' },
            state: {}
          }
        : { type: 'standard__navItemPage', attributes: { apiName: 'Why_API_Only' }, state: {} };
  }

  private showToast(detail: ToastDetail): void {
    const id = this.nextId++;
    const variant = detail.variant ?? 'info';
    this.toasts = [
      ...this.toasts,
      {
        id,
        title: detail.title ?? '',
        message: detail.message ?? '',
        className: `slds-notify slds-notify_toast slds-theme_${variant}`
      }
    ];
    this.addLog(
      'toast',
      `toast ${variant}: ${detail.title ?? ''}${detail.message ? ` — ${detail.message}` : ''}`
    );
    if (detail.mode !== 'sticky') {
      window.setTimeout(() => {
        this.toasts = this.toasts.filter((t) => t.id !== id);
      }, TOAST_MS);
    }
  }

  private handlePlatformEvent(entry: PlatformEventEntry): void {
    if (entry.kind === 'navigate') {
      const ref = (entry.detail.pageReference ?? {}) as PageReference;
      this.addLog('navigate', `navigate ${String(entry.detail.url)}`);
      const attrs = ref.attributes ?? {};
      const recordId = String(attrs.recordId ?? '');
      if (ref.type === 'standard__recordPage' && attrs.objectApiName === 'User' && recordId) {
        void this.showRecordOf(recordId);
      }
    } else if (entry.kind === 'apex') {
      const d = entry.detail;
      this.addLog(
        'apex',
        `apex ${String(d.method)}(${JSON.stringify(d.params)}) → ${String(d.status)}`
      );
    }
  }

  private addLog(kind: string, text: string): void {
    this.logEntries = [{ id: this.nextId++, kind, text }, ...this.logEntries].slice(0, LOG_LIMIT);
  }
}
