import { LightningElement, api } from 'lwc';
import { fill } from 'c/whyApiOnlyShared';
import { LABELS, messageGroups } from 'c/mfaEditorShared';
import type { PlanBlocker, PlanMessage } from 'c/mfaEditorShared';

interface AffectedUsersView {
  readonly count: number;
  readonly sample: readonly {
    readonly id: string;
    readonly name: string;
    readonly username: string;
  }[];
}

/**
 * What every preview shows under its diff: the distinct users affected (with a sample), the
 * engine's warnings and infos (the org-wide MFA setting note among them), and the blockers.
 */
export default class MfaEditorPlanSummary extends LightningElement {
  labels = LABELS;

  @api affectedUsers: AffectedUsersView | null = null;
  @api warnings: readonly PlanMessage[] = [];
  @api blockers: readonly PlanBlocker[] = [];
  /** "Planned on a sample of N of M users", when Apex sampled the holders. */
  @api sampleNote = '';

  get groups() {
    return messageGroups(this.warnings ?? [], this.blockers ?? []);
  }

  get affectedCountText(): string {
    return fill(LABELS.affectedCount, { count: this.affectedUsers?.count ?? 0 });
  }

  get sampleUsers() {
    return (this.affectedUsers?.sample ?? []).map((user) => ({
      key: user.id,
      text: `${user.name} (${user.username})`
    }));
  }

  get hasSample(): boolean {
    return this.sampleUsers.length > 0;
  }

  get sampleHeading(): string {
    return fill(LABELS.affectedSample, { count: this.sampleUsers.length });
  }

  get hasWarnings(): boolean {
    return this.groups.warnings.length > 0;
  }

  get hasInfos(): boolean {
    return this.groups.infos.length > 0;
  }

  get hasBlockers(): boolean {
    return this.groups.blockers.length > 0;
  }
}
