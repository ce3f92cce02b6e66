// The preview page: who the page runs as, which surface shows, the chrome of that surface
// (tab, User record page, utility bar) and what the platform would have done outside the
// component (toasts, navigation, Apex calls) in a log.
import { LightningElement } from 'lwc';
import { SURFACES, DEFAULT_SURFACE } from 'preview/surfaces';
import components from 'preview/surfaceComponents';
import { session } from '../../../platform/session.js';
import { PLATFORM_EVENT } from '../../../platform/events.js';

const LOG_LIMIT = 60;

function tagOf(moduleName) {
  const [ns, name] = moduleName.split('/');
  return `${ns}-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

function userLabel(user) {
  return user.note
    ? `${user.name} — ${user.note}`
    : `${user.name} (${user.profile || 'no profile'})`;
}

export default class Shell extends LightningElement {
  surfaceKey = DEFAULT_SURFACE;
  recordUserId = session.defaultRecordUserId;
  toasts = [];
  logEntries = [];
  nextId = 1;

  connectedCallback() {
    const query = new URLSearchParams(globalThis.location.search);
    const wanted = query.get('surface');
    if (wanted && SURFACES.some((s) => s.key === wanted)) this.surfaceKey = wanted;
    const record = query.get('record');
    if (record && session.users.some((u) => u.id === record)) this.recordUserId = record;
    this.publishPageReference();
    this.onPlatformEvent = (event) => this.handlePlatformEvent(event.detail);
    globalThis.addEventListener(PLATFORM_EVENT, this.onPlatformEvent);
    this.onToast = (event) => this.showToast(event.detail || {});
    this.template.addEventListener('lightning__showtoast', this.onToast);
    for (const entry of globalThis.__WHY_PREVIEW_LOG__ || []) this.handlePlatformEvent(entry);
  }

  disconnectedCallback() {
    globalThis.removeEventListener(PLATFORM_EVENT, this.onPlatformEvent);
    this.template.removeEventListener('lightning__showtoast', this.onToast);
  }

  get originText() {
    return `Demo data from ${session.snapshot}, answered by a local stand-in for the Apex controllers. Not a Salesforce org.`;
  }

  get surface() {
    return SURFACES.find((s) => s.key === this.surfaceKey) || SURFACES[0];
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
    return session.users.map((u) => ({
      id: u.id,
      label: userLabel(u),
      runningAs: u.id === session.userId
    }));
  }

  get recordOptions() {
    return session.users.map((u) => ({
      id: u.id,
      label: userLabel(u),
      selected: u.id === this.recordUserId
    }));
  }

  get recordUserName() {
    const user = session.users.find((u) => u.id === this.recordUserId);
    return user ? user.name : this.recordUserId;
  }

  get isRecordFrame() {
    return this.surface.frame === 'record';
  }

  get isTabFrame() {
    return this.surface.frame === 'tab';
  }

  get isUtilityFrame() {
    return this.surface.frame === 'utility';
  }

  get bodyClass() {
    return `preview-body-${this.surface.frame}`;
  }

  get componentCtor() {
    return components[this.surface.component];
  }

  get componentProps() {
    return this.surface.props({ runningUserId: session.userId, recordUserId: this.recordUserId });
  }

  get placeholderText() {
    const name = this.surface.component.split('/')[1];
    return `<${tagOf(this.surface.component)}> is not built yet. This surface shows it as soon as force-app/main/default/lwc/${name} exists (restart npm start).`;
  }

  handleRunningAs(event) {
    this.navigateTo({ as: event.target.value });
  }

  handleSurface(event) {
    this.surfaceKey = event.currentTarget.dataset.surface;
    this.publishPageReference();
    this.replaceUrl();
  }

  handleRecordUser(event) {
    this.recordUserId = event.target.value;
    this.publishPageReference();
    this.replaceUrl();
  }

  async handleReset() {
    await fetch('/preview/reset', { method: 'POST' });
    this.navigateTo({});
  }

  handleCloseToast(event) {
    const id = Number(event.currentTarget.dataset.toast);
    this.toasts = this.toasts.filter((t) => t.id !== id);
  }

  /** Reloads the page with new query values (a new "login" when the running user changes). */
  navigateTo(changes) {
    const query = this.currentQuery();
    Object.entries(changes).forEach(([k, v]) => query.set(k, v));
    globalThis.location.assign(`${globalThis.location.pathname}?${query.toString()}`);
  }

  currentQuery() {
    const query = new URLSearchParams(globalThis.location.search);
    query.set('as', session.userId);
    query.set('surface', this.surfaceKey);
    query.set('record', this.recordUserId);
    return query;
  }

  replaceUrl() {
    globalThis.history.replaceState(
      null,
      '',
      `${globalThis.location.pathname}?${this.currentQuery().toString()}`
    );
  }

  publishPageReference() {
    globalThis.__WHY_PREVIEW_PAGE__ =
      this.surface.frame === 'record'
        ? {
            type: 'standard__recordPage',
            attributes: { recordId: this.recordUserId, objectApiName: 'User', actionName: 'view' },
            state: {}
          }
        : { type: 'standard__navItemPage', attributes: { apiName: 'Why_API_Only' }, state: {} };
  }

  showToast(detail) {
    const id = this.nextId++;
    const variant = detail.variant || 'info';
    this.toasts = [
      ...this.toasts,
      {
        id,
        title: detail.title,
        message: detail.message,
        className: `slds-notify slds-notify_toast slds-theme_${variant}`
      }
    ];
    this.addLog(
      'toast',
      `toast ${variant}: ${detail.title}${detail.message ? ` — ${detail.message}` : ''}`
    );
    if (detail.mode !== 'sticky') {
      // eslint-disable-next-line @lwc/lwc/no-async-operation
      setTimeout(() => {
        this.toasts = this.toasts.filter((t) => t.id !== id);
      }, 8000);
    }
  }

  handlePlatformEvent(entry) {
    if (entry.kind === 'navigate') {
      const ref = entry.detail.pageReference || {};
      this.addLog('navigate', `navigate ${entry.detail.url}`);
      const attrs = ref.attributes || {};
      if (
        ref.type === 'standard__recordPage' &&
        attrs.objectApiName === 'User' &&
        session.users.some((u) => u.id === attrs.recordId)
      ) {
        this.recordUserId = attrs.recordId;
        this.surfaceKey = SURFACES.find((s) => s.frame === 'record').key;
        this.publishPageReference();
        this.replaceUrl();
      }
    } else if (entry.kind === 'apex') {
      const d = entry.detail;
      this.addLog('apex', `apex ${d.method}(${JSON.stringify(d.params)}) → ${d.status}`);
    }
  }

  addLog(kind, text) {
    this.logEntries = [{ id: this.nextId++, kind, text }, ...this.logEntries].slice(0, LOG_LIMIT);
  }
}
