// One org for the runtime: the schema, a fresh scratch org's records (baseline plus the
// project's deployed metadata), the DML engine, the access checker and the limits, wired into
// the PlatformContext the interpreter and the platform modules share.
import { toId18 } from '../equality';
import { BASELINE_ADMIN_USER_ID, baselineRecords, type BaselineRecord } from '../platform/baseline';
import type { PlatformContext } from '../platform/contracts';
import { DmlEngine } from '../platform/dml';
import { Limits } from '../platform/limits';
import type { ProjectSchema } from '../platform/schema';
import { OrgAccessChecker } from '../platform/security';
import { RecordStore } from '../platform/store';
import type { Interpreter } from '../interpreter/interpreter';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export class Org {
  readonly store: RecordStore;
  readonly dml: DmlEngine;
  readonly access: OrgAccessChecker;
  readonly limits = new Limits();
  readonly platform: PlatformContext;
  /** Ids handed out by DML: `<prefix>Rt<10 base-62 digits>`, unlike the baseline's `Dx0`. */
  idCounter = 0;
  clock: number;

  constructor(
    readonly schema: ProjectSchema,
    baseline: BaselineRecord[],
    interpreter: Interpreter,
    startTime: number
  ) {
    this.clock = startTime;
    this.store = new RecordStore(schema);
    this.store.loadAll(baseline);
    this.access = new OrgAccessChecker(schema, this.store, () => this.now());
    const dml = () => this.dml;
    this.platform = {
      schema,
      store: this.store,
      get dml() {
        return dml();
      },
      access: this.access,
      limits: this.limits,
      runningUserId: () => interpreter.runningUser,
      now: () => this.now(),
      newId: (objectName) => this.newId(objectName)
    };
    this.dml = new DmlEngine({ ...this.platform, store: this.store });
    interpreter.platform = this.platform;
    interpreter.runningUser = BASELINE_ADMIN_USER_ID;
    interpreter.hooks = {
      beginRunAs: () => this.dml.beginRunAs(),
      endRunAs: () => this.dml.endRunAs(),
      newTransaction: () => this.dml.newTransaction()
    };
  }

  /** Time moves on a millisecond with every reading, so records get distinct stamps in order. */
  now(): number {
    return this.clock++;
  }

  newId(objectName: string): string {
    const prefix = this.schema.object(objectName)?.keyPrefix ?? '000';
    let n = ++this.idCounter;
    let digits = '';
    for (let i = 0; i < 10; i++) {
      digits = BASE62[n % 62] + digits;
      n = Math.floor(n / 62);
    }
    return toId18(`${prefix}Rt${digits}`)!;
  }
}

export function loadBaseline(schema: ProjectSchema, projectDir: string): BaselineRecord[] {
  return baselineRecords(schema, projectDir);
}
