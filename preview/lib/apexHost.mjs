// The preview's Apex: the project's real classes in the offline Apex runtime (apex-runtime/,
// compiled into dist/), on an org made of the snapshot laid over the runtime's baseline
// (runner/snapshotOrg.ts). Each POST /apex/<Class>.<method> is one transaction as the page's
// running user (runner/auraHost.ts); what the page needs besides (the users, the running user's
// permissions, the record picker's search) is read from the same org.
import { ensureRuntimeBuilt, runtimeModule } from '../../scripts/lib/apex-runtime.mjs';
import { ROOT } from './project.mjs';

/** The classes parsed and loaded once per process (seconds): every org is built on them. */
let loaded = null;
function runtime() {
  if (!loaded) {
    ensureRuntimeBuilt();
    const { ApexTestRunner } = runtimeModule('runner/testRunner.js');
    loaded = { runner: new ApexTestRunner(ROOT) };
  }
  return loaded.runner;
}

const text = (value) => (value === null || value === undefined ? '' : String(value));

export class ApexHost {
  /**
   * @param {object} options
   * @param {{ capturedAt?: string, records: Record<string, object[]> }} options.snapshot
   * @param {Record<string, string>} [options.notes] shown beside users in "Running as"
   * @param {number} [options.groupRecalculationMs] how long a changed group stays outdated
   * @param {(line: string) => void} [options.log]
   */
  constructor(options) {
    this.options = options;
    const runner = runtime();
    const { snapshotOrg } = runtimeModule('runner/snapshotOrg.js');
    const { AuraHost } = runtimeModule('runner/auraHost.js');
    const { TEST_START_TIME } = runtimeModule('runner/testRunner.js');
    this.org = snapshotOrg(
      runner.schema,
      runner.baseline,
      runner.interpreter,
      options.snapshot,
      TEST_START_TIME
    );
    this.host = new AuraHost(runner.interpreter, this.org, {
      onJobFailure: (job, message) =>
        (options.log ?? console.log)(`preview: queued ${job} failed: ${message}`)
    });
    this.timers = new Set();
    this.customPermissions = new Map(
      [...this.org.store.rows('CustomPermission')].map((c) => [
        c.get('id'),
        text(c.get('developername'))
      ])
    );
    // Lower-case Permissions* field → the name userPermission/* imports use ('ViewSetup').
    this.permissionNames = new Map(
      [...this.org.schema.object('PermissionSet').fields.values()]
        .filter((f) => f.type === 'boolean' && /^permissions/i.test(f.name))
        .map((f) => [f.name.toLowerCase(), f.name.slice('Permissions'.length)])
    );
  }

  /** 'Class.method' of every @AuraEnabled method in the Apex source. */
  methods() {
    return this.host.methodNames();
  }

  /** Back to the snapshot as loaded: the snapshot's rows were loaded unjournaled, writes are not. */
  reset() {
    this.dispose();
    this.org.store.undoTo(0);
    this.host.invalidate();
  }

  dispose() {
    this.timers.forEach((t) => clearTimeout(t));
    this.timers.clear();
  }

  /** One @AuraEnabled call by one user: `{ status, body: { returnValue } | { error } }`. */
  call(method, params, callerId) {
    if (!this.host.has(method)) {
      return this.failure(500, `No @AuraEnabled method ${method} in force-app's Apex classes.`);
    }
    // The 15-character form finds a user whose snapshot Id had a wrong checksum too.
    const caller = callerId ? this.org.store.byId(String(callerId).slice(0, 15)) : undefined;
    if (caller?.object !== 'User' || caller.record.get('isactive') !== true) {
      return this.failure(401, `No active user ${callerId} to run as in this snapshot.`);
    }
    const body = this.host.call(method, params ?? {}, caller.record.get('id'));
    this.scheduleGroupRecalculation();
    return { status: 'error' in body ? 500 : 200, body };
  }

  failure(status, message) {
    const body = {
      message,
      exceptionType: 'System.UnexpectedException',
      isUserDefinedException: false,
      stackTrace: ''
    };
    return {
      status,
      body: { error: { status: 500, statusText: 'Server Error', ok: false, headers: {}, body } }
    };
  }

  /** A group a call changed recalculates a moment later, as the platform's background job does. */
  scheduleGroupRecalculation() {
    const outdated = this.host.outdatedGroups();
    if (outdated.length === 0) return;
    const ms = this.options.groupRecalculationMs ?? 1500;
    if (ms <= 0) {
      this.host.recalculateGroups(outdated);
      return;
    }
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.host.recalculateGroups(this.host.outdatedGroups().filter((id) => outdated.includes(id)));
    }, ms);
    timer.unref?.();
    this.timers.add(timer);
  }

  users() {
    const notes = this.options.notes ?? {};
    const profiles = new Map(
      [...this.org.store.rows('Profile')].map((p) => [p.get('id'), text(p.get('name'))])
    );
    return [...this.org.store.rows('User')].map((u) => {
      const id = text(u.get('id'));
      return {
        id,
        name: text(u.get('name')),
        username: text(u.get('username')),
        profile: profiles.get(u.get('profileid')) ?? null,
        active: u.get('isactive') === true,
        note: notes[id] ?? notes[id.slice(0, 15)] ?? null
      };
    });
  }

  /**
   * What lightning-record-picker finds for the running user (in an org: a UI API GraphQL search
   * on Name). Users only; `id:<Id>` looks one record up (to show a preset value).
   */
  searchRecords(objectApiName, query, callerId) {
    if (
      objectApiName !== 'User' ||
      this.org.store.byId(String(callerId).slice(0, 15))?.object !== 'User'
    )
      return [];
    const q = query.trim().toLowerCase();
    const all = [...this.org.store.rows('User')];
    const rows = q.startsWith('id:')
      ? [this.org.store.byId(query.trim().slice(3))]
          .filter((u) => u?.object === 'User')
          .map((u) => u.record)
      : all.filter(
          (u) =>
            text(u.get('name')).toLowerCase().includes(q) ||
            text(u.get('username')).toLowerCase().includes(q)
        );
    return rows
      .sort(
        (a, b) =>
          Number(b.get('isactive') === true) - Number(a.get('isactive') === true) ||
          text(a.get('name')).localeCompare(text(b.get('name')))
      )
      .slice(0, 20)
      .map((u) => ({
        id: text(u.get('id')),
        name: text(u.get('name')),
        subtitle: text(u.get('username'))
      }));
  }

  /** What @salesforce/user/Id, customPermission/* and userPermission/* give this user's page. */
  session(userId) {
    const user = this.org.store.byId(String(userId).slice(0, 15));
    if (user?.object !== 'User') return null;
    // The runtime's own effective access: profile, sets and groups in effect, muting applied.
    const access = this.org.access.effectiveAccess(String(user.record.get('id')));
    return {
      userId: text(user.record.get('id')),
      userName: text(user.record.get('name')),
      // @salesforce/i18n/timeZone: the user's own zone, as Apex's UserInfo sees it.
      timeZone: text(user.record.get('timezonesidkey')) || 'GMT',
      customPermissions: [...access.customPermissionIds]
        .map((id) => this.customPermissions.get(id))
        .filter(Boolean)
        .sort(),
      userPermissions: [...access.userPermissions]
        .map((field) => this.permissionNames.get(field) ?? field)
        .sort()
    };
  }
}
