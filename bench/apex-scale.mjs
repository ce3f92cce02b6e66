// `npm run bench -- --apex-scale` (issue 12): the @AuraEnabled calls' governor-limit use at the
// sizes the product claims, measured in the offline Apex runtime (dist/apex-runtime). Synthetic
// orgs are loaded straight into the runtime's record store (no DML, no limits), then each call runs
// as the admin, outside any test, in a fresh transaction. Printed, not asserted: which call crosses
// which limit at which size. Runs in a child Node process with a larger heap.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  ensureRuntimeBuilt,
  ROOT as root,
  runtimeModule as dist
} from '../scripts/lib/apex-runtime.mjs';
const HEAP_MB = 5120;
/** Steps toward the claimed org (100,000 users, 5,000 sets, 500 groups, 1,000,000 assignments). */
const CLAIMED_STEPS = [0.1, 0.3, 1];
const HOT_HOLDERS = [200, 2000, 5000, 20000];
const GRANTING_SETS = 10000;

/** The runtime, the project's classes loaded once; each org is built on it in turn. */
export function loadRuntime() {
  const { ApexTestRunner, TEST_START_TIME } = dist('runner/testRunner.js');
  const runner = new ApexTestRunner(root);
  const it = runner.interpreter;
  const probe = heapProbe(it);
  return { runner, it, probe, startTime: TEST_START_TIME };
}

/**
 * The runtime counts the heap after queries of 200 rows or more (their rows included) and around
 * JSON copies of 50,000 characters or more (text and values), which is where its limit can fire.
 * The probe measures with the same size function at the same places, and once more with the
 * returned value held (as the framework holds it to serialize the response), recording where the
 * peak was. It only observes; the runtime's limit is its own.
 */
function heapProbe(it) {
  const { estimateHeap } = dist('interpreter/system/heap.js');
  const { Frame } = dist('interpreter/frames.js');
  const { QueryRun } = dist('soql/execute.js');
  const { JSON_STATIC } = dist('stdlib/json.js');
  const { typeRef, ApexList } = dist('values.js');
  const state = { peak: 0, peakAt: '', millis: 0, samples: 0, queryMillis: 0 };
  const measure = (values, where = 'result held') => {
    const started = performance.now();
    const owner = it.frames.at(-1)?.cls ?? [...it.classes.values()][0];
    const frame = new Frame(owner, '<bench probe>', null, true);
    values.forEach((value, i) => frame.declare(`inflight${i}`, typeRef('Object'), value));
    it.frames.push(frame);
    try {
      const size = estimateHeap(it);
      if (size > state.peak) {
        state.peak = size;
        const frame = it.frames.at(-2);
        state.peakAt = frame ? `${where} in ${frame.cls.name}.${frame.method}` : where;
      }
      state.samples += 1;
      return size;
    } finally {
      it.frames.pop();
      state.millis += performance.now() - started;
    }
  };
  const run = QueryRun.prototype.run;
  QueryRun.prototype.run = function probedRun() {
    const started = performance.now();
    const result = run.call(this);
    // The platform's database time is not Apex CPU time; the runtime's table scans are not either.
    state.queryMillis += performance.now() - started;
    if (result instanceof ApexList && result.items.length >= 200)
      measure([result], `query of ${result.items.length} rows`);
    return result;
  };
  // Only large JSON (≥ 50,000 characters): small copies cost little, and each sample walks the heap.
  for (const name of ['serialize', 'deserialize', 'deserializeuntyped']) {
    const original = JSON_STATIC[name];
    JSON_STATIC[name] = (rt, args) => {
      const result = original(rt, args);
      const text = typeof result === 'string' ? result : args[0];
      if (typeof text === 'string' && text.length >= 50000)
        measure([...args, result], `JSON.${name} of ${text.length} chars`);
      return result;
    };
  }
  return {
    state,
    measure,
    reset: () =>
      Object.assign(state, { peak: 0, peakAt: '', millis: 0, samples: 0, queryMillis: 0 })
  };
}

/** One @AuraEnabled call as its own transaction, as the admin, outside any test. */
export function callAura(rt, world, className, methodName, args) {
  const org = world.org;
  const { beginAuraTransaction } = dist('runner/auraHost.js');
  const { invokeMethod } = dist('interpreter/invoke.js');
  const { ApexThrow, MESSAGE } = dist('interpreter/exceptions.js');
  const { JSON_STATIC } = dist('stdlib/json.js');
  const { it, probe } = rt;
  const cls = it.classes.get(className.toLowerCase());
  const method = cls.methods.get(methodName.toLowerCase())[0];
  // The transaction as the preview's AuraHost begins it (the clock fixed, for repeatable runs).
  beginAuraTransaction(it, org, world.adminId, rt.startTime);
  probe.reset();
  globalThis.gc?.();
  const started = performance.now();
  let result = null;
  let outcome = 'ok';
  try {
    result = invokeMethod(it, { decl: method.decl, owner: cls }, null, args);
  } catch (error) {
    if (error instanceof ApexThrow) {
      const ex = error.exception;
      outcome = `${ex.cls.name}: ${String(ex.fields.get(MESSAGE) ?? '')}`.slice(0, 120);
    } else outcome = `runtime: ${error.message}`.slice(0, 120);
  } finally {
    it.frames.length = 0;
  }
  const millis = performance.now() - started - probe.state.millis;
  const queryMillis = probe.state.queryMillis;
  const limits = org.limits.snapshot();
  const inCall = { ...probe.state };
  // The returned value held (as the framework holds it to serialize the response).
  const held = result === null ? 0 : probe.measure([result]);
  // The framework serializes the response after the transaction: not counted against its heap.
  const uncounted = Object.create(it.interop, { observeHeap: { value: () => {} } });
  const response = result === null ? 0 : JSON_STATIC.serialize(uncounted, [result]).length;
  return {
    outcome,
    millis,
    apexMillis: millis - queryMillis,
    queryMillis,
    statements: it.steps,
    queries: limits.queries,
    queryRows: limits.queryRows,
    dml: limits.dmlStatements,
    heapRuntime: limits.heapSize,
    heapProbe: Math.max(inCall.peak, held),
    heapHeld: held,
    heapPeakAt: inCall.peak >= held ? inCall.peakAt : 'result held',
    note: noteOf(result),
    response,
    cursor: fieldOf(result, 'nextafteruserid'),
    sampled: fieldOf(result, 'sampledusercount') ?? 0
  };
}

function fieldOf(result, name) {
  const value = result?.fields?.get(name);
  return value === undefined || value === null ? null : value;
}

/**
 * The planning calls page (each page its own transaction, as the browser calls them): every page
 * until the cursor ends or 2,000 users were read; the worst page's figures, the pages' time summed.
 */
export function pagedAura(rt, world, className, methodName, argsOf) {
  const pages = [];
  let cursor = null;
  let sampled = 0;
  do {
    const page = callAura(rt, world, className, methodName, argsOf(cursor, sampled));
    pages.push(page);
    sampled += Number(page.sampled);
    cursor = page.outcome === 'ok' ? page.cursor : null;
  } while (cursor && sampled < 2000 && pages.length < 50);
  const worst = (key) => Math.max(...pages.map((page) => page[key]));
  const sum = (key) => pages.reduce((total, page) => total + page[key], 0);
  const peak = pages.reduce((a, b) => (b.heapProbe > a.heapProbe ? b : a));
  return {
    ...peak,
    outcome: pages.find((page) => page.outcome !== 'ok')?.outcome ?? 'ok',
    millis: sum('millis'),
    apexMillis: sum('apexMillis'),
    queryMillis: sum('queryMillis'),
    statements: sum('statements'),
    queries: worst('queries'),
    queryRows: worst('queryRows'),
    dml: worst('dml'),
    heapRuntime: worst('heapRuntime'),
    heapProbe: worst('heapProbe'),
    heapHeld: worst('heapHeld'),
    response: worst('response'),
    note: `${pages.length} pages, ${num(sampled)} users; ${pages[0].note}`,
    cursor: null
  };
}

// ---- Synthetic orgs, loaded into the store directly (RecordStore.load: no DML, no limits) ----

/** mulberry32, as bench/generate.ts: small, fast, deterministic. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const TRACKED = [
  'PermissionsApiUserOnly',
  'PermissionsApiEnabled',
  'PermissionsForceTwoFactor',
  'PermissionsTwoFactorApi',
  'PermissionsDelegatedTwoFactor',
  'PermissionsManageTwoFactor',
  'PermissionsBypassMFAForUiLogins',
  'PermissionsIsSsoEnabled'
];

/** One org on the loaded runtime: the baseline (admin, standard profiles) plus synthetic rows. */
class SyntheticOrg {
  constructor(rt, seed) {
    const { Org } = dist('runner/org.js');
    const baseline = rt.runner.baseline;
    this.org = new Org(rt.runner.schema, baseline, rt.it, rt.startTime);
    this.adminId = baseline.find((r) => r.object === 'User').fields.Id;
    this.licenceId = baseline.find(
      (r) => r.object === 'UserLicense' && r.fields.Name === 'Salesforce'
    ).fields.Id;
    this.next = random(seed);
    this.counts = {};
    this.cases = {};
    this.holders = new Map();
  }

  pick(n) {
    return Math.floor(this.next() * n);
  }

  load(object, fields) {
    const Id = this.org.newId(object);
    this.org.store.load(object, { Id, ...fields });
    this.counts[object] = (this.counts[object] ?? 0) + 1;
    return Id;
  }

  /** generate.ts's sparsity: API-only rare, API Enabled common, MFA for API only with MFA for UI. */
  flags(apiOnlyRate) {
    const next = this.next;
    const ui = next() < 0.1;
    const values = [
      next() < apiOnlyRate,
      next() < 0.5,
      ui,
      ui && next() < 0.3,
      next() < 0.02,
      next() < 0.02,
      next() < 0.01,
      next() < 0.05
    ];
    return Object.fromEntries(TRACKED.map((field, i) => [field, values[i]]));
  }

  /** A profile and its profile-owned permission set (the set every user is assigned through). */
  profile(i, apiOnlyRate) {
    const profileId = this.load('Profile', {
      Name: `Bench_Profile_${i}`,
      UserLicenseId: this.licenceId,
      UserType: 'Standard'
    });
    const setId = this.load('PermissionSet', {
      Name: `X00e_Bench_${i}`,
      Label: `Bench_Profile_${i}`,
      Type: 'Profile',
      IsOwnedByProfile: true,
      IsCustom: false,
      ProfileId: profileId,
      LicenseId: this.licenceId,
      NamespacePrefix: null,
      HasActivationRequired: false,
      ...this.flags(apiOnlyRate)
    });
    return { profileId, setId };
  }

  user(i, profile) {
    const id = this.load('User', {
      Username: `user${i}@bench.example.com`,
      FirstName: 'Bench',
      LastName: `User ${i}`,
      Name: `Bench User ${i}`,
      Alias: `bu${i}`.slice(0, 8),
      Email: `user${i}@bench.example.com`,
      IsActive: this.next() < 0.95,
      UserType: 'Standard',
      ProfileId: profile.profileId,
      TimeZoneSidKey: 'America/Los_Angeles',
      LocaleSidKey: 'en_US',
      LanguageLocaleKey: 'en_US',
      EmailEncodingKey: 'UTF-8'
    });
    this.assign(id, profile.setId);
    return id;
  }

  set(i, apiOnlyRate) {
    const session = this.next() < 0.01;
    return this.load('PermissionSet', {
      Name: `Bench_Set_${i}`,
      Label: `Bench Set ${i}`,
      Type: session ? 'Session' : 'Regular',
      IsOwnedByProfile: false,
      IsCustom: true,
      NamespacePrefix: null,
      HasActivationRequired: session,
      LicenseId: null,
      ...this.flags(apiOnlyRate)
    });
  }

  /** A group of member sets (its aggregate set granting what they grant), muted 30 % of the time. */
  group(g, memberIds, setFlags) {
    const groupId = this.load('PermissionSetGroup', {
      DeveloperName: `Bench_Group_${g}`,
      MasterLabel: `Bench Group ${g}`,
      Status: 'Updated'
    });
    const aggregate = Object.fromEntries(
      TRACKED.map((f) => [f, memberIds.some((m) => setFlags.get(m)?.[f] === true)])
    );
    const aggregateId = this.load('PermissionSet', {
      Name: `Bench_Group_${g}_Aggregate`,
      Label: `Bench Group ${g}`,
      Type: 'Group',
      IsOwnedByProfile: false,
      IsCustom: false,
      PermissionSetGroupId: groupId,
      ...aggregate
    });
    for (const member of memberIds)
      this.load('PermissionSetGroupComponent', {
        PermissionSetGroupId: groupId,
        PermissionSetId: member
      });
    if (this.next() < 0.3) {
      const muting = this.load('MutingPermissionSet', {
        DeveloperName: `Bench_Group_${g}_Muting`,
        MasterLabel: `Bench Group ${g} Muting`,
        ...this.flags(0.5)
      });
      this.load('PermissionSetGroupComponent', {
        PermissionSetGroupId: groupId,
        PermissionSetId: muting
      });
    }
    return { groupId, aggregateId, members: memberIds };
  }

  assign(userId, setId, groupId = null) {
    const expires = this.next() < 0.05 ? ExpirationDate(this.next() < 0.5 ? 2026 : 2027) : null;
    this.load('PermissionSetAssignment', {
      AssigneeId: userId,
      PermissionSetId: setId,
      PermissionSetGroupId: groupId,
      ExpirationDate: expires,
      IsActive: true,
      IsRevoked: false
    });
    this.holders.set(setId, (this.holders.get(setId) ?? 0) + 1);
  }

  /** Regular sets (their flags kept for the groups' aggregates) and groups of 5–20 of them. */
  setsAndGroups(sets, groups, apiOnlyRate) {
    const setIds = [];
    const setFlags = new Map();
    for (let s = 0; s < sets; s += 1) {
      const id = this.set(s, apiOnlyRate);
      setIds.push(id);
      setFlags.set(
        id,
        Object.fromEntries(
          TRACKED.map((f) => [f, this.org.store.byId(id).record.get(f.toLowerCase())])
        )
      );
    }
    const groupList = [];
    for (let g = 0; g < groups; g += 1) {
      const members = new Set();
      const size = Math.min(sets, 5 + this.pick(16));
      while (members.size < size) members.add(setIds[this.pick(sets)]);
      groupList.push(this.group(g, [...members], setFlags));
    }
    return { setIds, groupList };
  }

  get summary() {
    const c = this.counts;
    return `${num(c.User ?? 0)} users, ${num(c.PermissionSet ?? 0)} permission sets (profiles' and groups' included), ${num(c.PermissionSetGroup ?? 0)} groups, ${num(c.PermissionSetAssignment ?? 0)} assignments (one per user to its profile's set included)`;
  }
}

function ExpirationDate(year) {
  const { ApexDate } = dist('values.js');
  return new ApexDate(year, year === 2026 ? 10 : 1, 1);
}

/**
 * A fraction of the claimed org, shaped as bench/generate.ts's: 100,000 users on 200 profiles
 * (profiles 0 and 1 grant API Only User, 2 % of the rest), 5,000 sets, 500 groups, 1,000,000
 * assignments (30 % to groups), user 0 with 300. Every user's profile-set row is one of them.
 */
export function claimedOrg(rt, fraction) {
  const o = new SyntheticOrg(rt, 20261101);
  const users = Math.round(100000 * fraction);
  const sets = Math.round(5000 * fraction);
  const groups = Math.round(500 * fraction);
  const assignments = Math.round(1000000 * fraction);
  const profiles = Array.from({ length: Math.round(200 * fraction) }, (_, p) =>
    o.profile(p, p <= 1 ? 1 : 0.02)
  );
  const { setIds, groupList } = o.setsAndGroups(sets, groups, 0.002);
  const heavy = 300;
  const perUser = (assignments - users - heavy) / (users - 1);
  const userIds = [];
  for (let u = 0; u < users; u += 1) {
    const id = o.user(u, profiles[u === 0 ? 0 : o.pick(profiles.length)]);
    userIds.push(id);
    const count = u === 0 ? heavy : Math.floor(perUser * u) - Math.floor(perUser * (u - 1));
    const firstSet = o.pick(sets);
    const firstGroup = o.pick(groups);
    for (let j = 0; j < count; j += 1) {
      if (o.next() < 0.3 && j < groups) {
        const group = groupList[(firstGroup + j * 7) % groups];
        o.assign(id, group.aggregateId, group.groupId);
      } else o.assign(id, setIds[(firstSet + j * 4729) % sets]);
    }
  }
  // The regular set that reaches the most users, directly or through the groups containing it.
  const reach = new Map(setIds.map((id) => [id, [o.holders.get(id) ?? 0, 0]]));
  for (const group of groupList)
    for (const member of group.members)
      reach.get(member)[1] += o.holders.get(group.aggregateId) ?? 0;
  const [planningSet, [direct, viaGroups]] = [...reach].sort(
    (a, b) => b[1][0] + b[1][1] - a[1][0] - a[1][1]
  )[0];
  Object.assign(o.cases, {
    heavyUser: userIds[0],
    heavyUserAssignments: heavy + 1,
    orgPage: true,
    planningSet,
    planningReach: `${num(direct)} direct holders, ${num(viaGroups)} group assignments`,
    chosenUsers: userIds.slice(1, 2001),
    editorLists: true
  });
  return o;
}

/** One set held by `holders` users, each holding 15 other sets too (the planning case). */
export function hotSetOrg(rt, holders) {
  const o = new SyntheticOrg(rt, 12002 + holders);
  const profiles = Array.from({ length: 20 }, (_, p) => o.profile(p, 0.02));
  const { setIds } = o.setsAndGroups(5000, 50, 0.002);
  const hot = setIds[0];
  const userIds = [];
  for (let u = 0; u < holders; u += 1) {
    const id = o.user(u, profiles[o.pick(profiles.length)]);
    userIds.push(id);
    o.assign(id, hot);
    // 4,729 and 4,999 are prime: 15 distinct sets other than the hot one.
    const first = o.pick(4999);
    for (let j = 0; j < 15; j += 1) o.assign(id, setIds[1 + ((first + j * 4729) % 4999)]);
  }
  Object.assign(o.cases, {
    heavyUser: userIds[0],
    heavyUserAssignments: 17,
    planningSet: hot,
    planningReach: `${num(holders)} holders`,
    chosenUsers: userIds.slice(0, 2000)
  });
  return o;
}

/** The org-wide view's worst case: `count` sets granting API Only User, held by 10,000 users. */
export function grantingSetsOrg(rt, count) {
  const o = new SyntheticOrg(rt, 10000 + count);
  const profiles = Array.from({ length: 20 }, (_, p) => o.profile(p, 0));
  const groups = 50;
  // Every group's aggregate grants it too: count granting sets in all.
  const { setIds, groupList } = o.setsAndGroups(count - groups, groups, 1);
  for (let u = 0; u < 10000; u += 1) {
    const id = o.user(u, profiles[o.pick(profiles.length)]);
    for (let j = 0; j < 3; j += 1) o.assign(id, setIds[o.pick(setIds.length)]);
    if (u % 10 === 0) {
      const group = groupList[o.pick(groups)];
      o.assign(id, group.aggregateId, group.groupId);
    }
  }
  o.cases.orgPage = true;
  return o;
}

const LIMITS = { queries: 100, queryRows: 50000, dml: 150, heap: 6000000, cpuMs: 10000 };

function crossed(r) {
  const over = [];
  if (r.queries > LIMITS.queries) over.push('queries');
  if (r.queryRows > LIMITS.queryRows) over.push('query rows');
  if (r.dml > LIMITS.dml) over.push('DML');
  if (r.heapRuntime > LIMITS.heap) over.push('heap (runtime)');
  if (r.heapProbe > LIMITS.heap) over.push('heap (probe)');
  if (r.outcome !== 'ok') over.push('threw');
  return over;
}

/** A short account of what a call returned (the planning facts' sample, a page's size). */
function noteOf(result) {
  const f = result?.fields;
  if (!f) return '';
  if (f.has('totalusercount'))
    return `sampled ${f.get('sampledusercount')} of ${f.get('totalusercount')} users${f.get('truncated') ? ', truncated' : ''}`;
  const users = f.get('facts')?.fields.get('users')?.items.length;
  if (f.has('grantingsetstruncated'))
    return `${users} users${f.get('grantingsetstruncated') ? ', granting sets truncated' : ''}`;
  return users === undefined ? '' : `${users} users`;
}

/** The calls measured on one org: [what, class, method, arguments], ids chosen by its builder. */
function callsFor(world, rt) {
  const { ApexList, typeRef } = dist('values.js');
  const strings = (ids) => new ApexList(typeRef('String'), [...ids]);
  const c = world.cases;
  const who = 'WhyApiOnlyController';
  const planner = 'MfaEditorPlanningController';
  const editor = 'MfaEditorController';
  const calls = [];
  if (c.heavyUser)
    calls.push(
      [
        `getAccessFacts (user of ${c.heavyUserAssignments} assignments)`,
        who,
        'getAccessFacts',
        [c.heavyUser]
      ],
      ['getAssigneeCounts (same user)', who, 'getAssigneeCounts', [c.heavyUser]]
    );
  if (c.orgPage)
    calls.push(
      ['getOrgApiOnlyPage, page of 50', who, 'getOrgApiOnlyPage', [null, 50]],
      ['getOrgApiOnlyPage, page of 200', who, 'getOrgApiOnlyPage', [null, 200]]
    );
  if (c.planningSet)
    calls.push(
      [
        `getPlanningFacts, pages to 2,000 users (1 set: ${c.planningReach})`,
        planner,
        'getPlanningFacts',
        (cursor, sampled) => [strings([c.planningSet]), 2000 - sampled, cursor],
        true
      ],
      [
        `getPlanningFactsForUsers, pages (same set, ${c.chosenUsers.length} users)`,
        planner,
        'getPlanningFactsForUsers',
        (cursor) => {
          const from = cursor ? c.chosenUsers.indexOf(cursor) + 1 : 0;
          return [strings([c.planningSet]), strings(c.chosenUsers.slice(from))];
        },
        true
      ]
    );
  if (c.editorLists)
    calls.push(
      ['listPermissionRows, page of 200', editor, 'listPermissionRows', [null, 200, null, null]],
      [
        "searchUsers 'Bench', page of 200",
        editor,
        'searchUsers',
        ['Bench', null, null, false, null, 200]
      ]
    );
  return calls.map(([label, cls, method, args, paged]) => ({
    label,
    key: label.replace(/\s*\(.*?\)/g, ''),
    run: () =>
      paged ? pagedAura(rt, world, cls, method, args) : callAura(rt, world, cls, method, args)
  }));
}

const num = (n) => Math.round(n).toLocaleString('en-US');
const ratio = (used, limit) => `${num(used)} (${(used / limit).toFixed(2)})`;

/** Child process: builds each org in turn, runs its calls, prints one JSON line per result. */
function measure() {
  const rt = loadRuntime();
  const scenarios = [
    ...CLAIMED_STEPS.map((f) => ({
      series: 'claimed org',
      size: `claimed org ${f * 100} %`,
      build: () => claimedOrg(rt, f)
    })),
    ...HOT_HOLDERS.map((n) => ({
      series: 'hot set',
      size: `hot set, ${num(n)} holders`,
      build: () => hotSetOrg(rt, n)
    })),
    {
      series: 'org-wide view',
      size: `${num(GRANTING_SETS)} granting sets`,
      build: () => grantingSetsOrg(rt, GRANTING_SETS)
    }
  ];
  for (const scenario of scenarios) {
    globalThis.gc?.();
    const started = performance.now();
    const world = scenario.build();
    const loadMs = performance.now() - started;
    process.stderr.write(
      `apex-scale: ${scenario.size}: ${world.summary} loaded in ${(loadMs / 1000).toFixed(1)} s\n`
    );
    for (const call of callsFor(world, rt)) {
      const result = call.run();
      const rss = process.memoryUsage().rss;
      console.log(
        JSON.stringify({
          series: scenario.series,
          size: scenario.size,
          summary: world.summary,
          call: call.label,
          key: call.key,
          rss,
          ...result
        })
      );
      process.stderr.write(`  ${call.label}: ${result.outcome}, ${num(result.millis)} ms\n`);
    }
  }
}

function printTable(header, rows) {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c].length)));
  const line = (row) => row.map((cell, c) => cell.padEnd(widths[c])).join(' | ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const row of rows) console.log(line(row));
  console.log('');
}

export function apexScaleBench() {
  ensureRuntimeBuilt();
  const started = performance.now();
  const child = spawnSync(
    process.execPath,
    [
      `--max-old-space-size=${HEAP_MB}`,
      '--expose-gc',
      fileURLToPath(import.meta.url),
      '--child-measure'
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 << 20 }
  );
  if (child.status !== 0) {
    process.stderr.write(`apex-scale: the measuring process failed (exit ${child.status})\n`);
    process.exit(1);
  }
  const results = child.stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
  const limitRows = results.map((r) => [
    r.size,
    r.call,
    ratio(r.queries, LIMITS.queries),
    ratio(r.queryRows, LIMITS.queryRows),
    ratio(r.dml, LIMITS.dml),
    ratio(r.heapRuntime, LIMITS.heap),
    ratio(r.heapProbe, LIMITS.heap),
    ratio(r.apexMillis, LIMITS.cpuMs),
    r.outcome
  ]);
  printTable(
    [
      'size',
      'call',
      'queries /100',
      'query rows /50,000',
      'DML /150',
      'heap, runtime /6 MB',
      'heap, probe /6 MB',
      'runtime ms, SOQL excluded /10,000',
      'outcome'
    ],
    limitRows
  );
  const detailRows = results.map((r) => [
    r.size,
    r.call,
    num(r.heapHeld),
    r.heapPeakAt,
    num(r.response),
    num(r.statements),
    `${num(r.millis)} / ${num(r.queryMillis)}`,
    r.note
  ]);
  printTable(
    [
      'size',
      'call',
      'result held (bytes)',
      'probe peak at',
      'response (JSON chars)',
      'statements',
      'runtime ms / of it SOQL',
      'returned'
    ],
    detailRows
  );
  for (const summary of new Set(results.map((r) => `${r.size}: ${r.summary}`)))
    console.log(summary);
  console.log('');
  // Where each call first crosses a limit in each series of sizes (smallest first).
  const first = new Map();
  for (const r of results) {
    const key = `${r.key} | ${r.series}`;
    if (!first.has(key)) first.set(key, null);
    if (first.get(key) === null && crossed(r).length > 0)
      first.set(key, `from ${r.size}: ${crossed(r).join(', ')}`);
  }
  printTable(
    ['call', 'series', 'first crossing'],
    [...first].map(([key, at]) => [...key.split(' | '), at ?? 'within every limit at every size'])
  );
  const peakRss = Math.max(...results.map((r) => r.rss));
  console.log(
    `\n(whole run ${((performance.now() - started) / 1000).toFixed(0)} s, peak RSS of the measuring process ${num(peakRss / 1048576)} MB)`
  );
}

// Imported (bench/run.mjs) it only exports; run directly it measures, or is the measuring child.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv[2] === '--child-measure') measure();
  else apexScaleBench();
}
