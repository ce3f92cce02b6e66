// The preview server's Apex stand-in: an in-memory org loaded from a snapshot, the stand-in
// controllers, and what the page needs to know about the running user.
import { STAND_INS } from './controllers';
import { InMemoryOrg } from './org';
import type { OrgRecord, OrgSnapshot } from './org';
import { Labels, toLwcError } from './platform';
import type { LwcApexError } from './platform';
import { effectiveSets, userHasCustomPermission } from './selector';
import { transaction } from './services';

/**
 * One action's answer. Like Aura, the HTTP status is 200 either way: a failed call is an
 * answer with `error` (what LWC code then receives), not a failed request.
 */
export interface ApexCallResult {
  readonly status: number;
  readonly body: { returnValue: unknown } | { error: LwcApexError };
}

export interface SessionInfo {
  readonly userId: string;
  readonly userName: string;
  readonly customPermissions: string[];
  readonly userPermissions: string[];
}

export interface UserSummary {
  readonly id: string;
  readonly name: string;
  readonly username: string;
  readonly profile: string | null;
  readonly active: boolean;
  readonly note: string | null;
}

export interface StandInOptions {
  readonly snapshot: OrgSnapshot;
  readonly labels: ReadonlyMap<string, string>;
  readonly groupRecalculationMs?: number;
  /** Notes shown beside users in the "running as" list (demo org only). */
  readonly notes?: Readonly<Record<string, string>>;
}

export class ApexStandIn {
  private org: InMemoryOrg;
  private readonly labels: Labels;

  constructor(private readonly options: StandInOptions) {
    this.labels = new Labels(options.labels);
    this.org = this.load();
  }

  private load(): InMemoryOrg {
    return new InMemoryOrg(this.options.snapshot, {
      groupRecalculationMs: this.options.groupRecalculationMs
    });
  }

  /** Back to the snapshot as loaded: every write undone. */
  reset(): void {
    this.org.dispose();
    this.org = this.load();
  }

  dispose(): void {
    this.org.dispose();
  }

  methods(): string[] {
    return Object.keys(STAND_INS);
  }

  /** One @AuraEnabled call by one user; answers like the platform, errors included. */
  call(method: string, params: Record<string, unknown>, callerId: string): ApexCallResult {
    const standIn = Object.entries(STAND_INS).find(
      ([name]) => name.toLowerCase() === method.toLowerCase()
    )?.[1];
    if (!standIn) {
      return {
        status: 500,
        body: {
          error: toLwcError(
            new Error(
              `The preview has no stand-in for @salesforce/apex/${method}: add one to preview/apex/controllers.ts.`
            )
          )
        }
      };
    }
    const caller = this.org.byId('User', callerId);
    if (!caller || caller.IsActive !== true) {
      return {
        status: 401,
        body: {
          error: toLwcError(new Error(`No active user ${callerId} to run as in this snapshot.`))
        }
      };
    }
    const tx = transaction(this.org, this.labels, caller.Id, this.currentSessionOf(caller.Id));
    try {
      // JSON round trip: what Aura sends back is a copy, never the org's own objects.
      const value = standIn(tx, params ?? {});
      return {
        status: 200,
        body: { returnValue: value === undefined ? null : JSON.parse(JSON.stringify(value)) }
      };
    } catch (e) {
      return { status: 500, body: { error: toLwcError(e) } };
    }
  }

  /** The running user's newest session stands for "this browser's" session. */
  private currentSessionOf(userId: string): string | null {
    const sessions = this.org
      .whereId('AuthSession', 'UsersId', userId)
      .sort((a, b) => String(b.CreatedDate ?? '').localeCompare(String(a.CreatedDate ?? '')));
    return sessions[0]?.Id ?? null;
  }

  users(): UserSummary[] {
    const notes = this.options.notes ?? {};
    return this.org.all('User').map((u) => ({
      id: u.Id,
      name: String(u.Name),
      username: String(u.Username),
      profile:
        (this.org.byId('Profile', u.ProfileId as string)?.Name as string | undefined) ?? null,
      active: u.IsActive === true,
      note: notes[u.Id] ?? null
    }));
  }

  /**
   * What lightning-record-picker finds for the running user (in an org: a UI API GraphQL
   * search on Name). Users only; `id:<Id>` looks one record up (to show a preset value).
   */
  searchRecords(
    objectApiName: string,
    query: string,
    callerId: string
  ): { id: string; name: string; subtitle: string }[] {
    if (objectApiName !== 'User' || !this.org.byId('User', callerId)) return [];
    const q = query.trim().toLowerCase();
    const rows = q.startsWith('id:')
      ? [this.org.byId('User', query.trim().slice(3))].filter((u): u is OrgRecord => u !== null)
      : this.org.where(
          'User',
          (u) =>
            String(u.Name).toLowerCase().includes(q) || String(u.Username).toLowerCase().includes(q)
        );
    return rows
      .sort(
        (a, b) =>
          Number(b.IsActive === true) - Number(a.IsActive === true) ||
          String(a.Name).localeCompare(String(b.Name))
      )
      .slice(0, 20)
      .map((u) => ({ id: u.Id, name: String(u.Name), subtitle: String(u.Username) }));
  }

  /** What @salesforce/user/Id, customPermission/* and userPermission/* give this user's page. */
  session(userId: string): SessionInfo | null {
    const user = this.org.byId('User', userId);
    if (!user) return null;
    const now = new Date();
    const customPermissions = this.org
      .all('CustomPermission')
      .map((c) => String(c.DeveloperName))
      .filter((name) => userHasCustomPermission(this.org, user.Id, name, now));
    const userPermissions = new Set<string>();
    for (const set of effectiveSets(this.org, user.Id, now)) {
      for (const [field, value] of Object.entries(set)) {
        if (field.startsWith('Permissions') && value === true)
          userPermissions.add(field.slice('Permissions'.length));
      }
    }
    return {
      userId: user.Id,
      userName: String(user.Name),
      customPermissions,
      userPermissions: [...userPermissions].sort()
    };
  }
}
