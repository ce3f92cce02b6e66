import { LightningElement, api, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import getAccessFacts from '@salesforce/apex/WhyApiOnlyController.getAccessFacts';
import getAssigneeCounts from '@salesforce/apex/WhyApiOnlyController.getAssigneeCounts';
import currentUserId from '@salesforce/user/Id';
import LightningConfirm from 'lightning/confirm';
import { UnknownUserError, explainUser, type Explanation, type Fix } from 'c/accessEngine';
import {
  ENGINE_TEXTS,
  LABELS,
  blastText,
  errorText,
  fill,
  isNotAllowed,
  isPanelFix,
  subjectOf,
  toEngineFacts
} from 'c/whyApiOnlyShared';
import type { ApplyFixDetail } from 'c/whyApiOnlyFindings';
import { allowedFixKinds, canViewOthers } from './authority';
import { copyToClipboard } from './clipboard';
import { runFix } from './runFix';

type PanelState = 'loading' | 'empty' | 'notAllowed' | 'error' | 'ready';

/**
 * "Why am I API-only?": the engine's verdict in one sentence, each tracked permission's sources,
 * the user's MFA state, and the findings with their fixes. On a User record page it explains
 * that user; on an App Page, Tab or the utility bar the current user, or whom an admin picks.
 */
export default class WhyApiOnly extends LightningElement {
  /** The User record, on the record page. */
  @api recordId: string | undefined;

  labels = LABELS;
  /**
   * One user's facts from Apex hold only that user's assignments: group, set and profile counts
   * are known only once getAssigneeCounts answered with visible counts (not before, and not when
   * the caller may not read them); until then the fixes name the group or profile.
   */
  countsKnown = false;
  readonly allowedFixKinds = allowedFixKinds;
  /** Setup is for admins; others are told to ask one. */
  readonly canOpenSetup = canViewOthers;
  state: PanelState = 'loading';
  explanation: Explanation | null = null;
  mfa: Apex.MfaFacts | null = null;
  errorMessage = '';
  stale = false;
  fixBusy = false;
  fixNotice = '';
  fixError = '';
  copyNotice = '';
  showJsonFallback = false;
  glossaryOpen = false;
  pickedUserId: string | null = null;
  private wiredResult: unknown;
  private wiredCountsResult: unknown;
  /** The facts last shown, explained again when the counts arrive. */
  private factsData: Apex.AccessFacts | null = null;
  /** Whom the counts are asked for: set once that user's facts arrived (undefined: not yet). */
  countsUserId: string | undefined = undefined;
  /** getAssigneeCounts' answer for countsUserId; null until it arrives. */
  private counts: Apex.AssigneeCounts | null = null;
  private selectJsonOnRender = false;

  /** Who is explained: the record, else the admin's pick, else the current user. */
  get userIdToExplain(): string {
    return this.recordId ?? this.pickedUserId ?? currentUserId;
  }

  @wire(getAccessFacts, { userId: '$userIdToExplain' })
  wiredFacts(result: ApexWireResult<Apex.AccessFacts>): void {
    this.wiredResult = result;
    const { data, error } = result;
    if (data) {
      this.showFacts(data);
    } else if (error) {
      this.showLoadError(error);
    }
  }

  /**
   * The blast radius counts, asked for after the facts of the same user arrived (getAccessFacts
   * stays within its query budget without them). They only change how fixes are counted.
   */
  @wire(getAssigneeCounts, { userId: '$countsUserId' })
  wiredCounts(result: ApexWireResult<Apex.AssigneeCounts>): void {
    this.wiredCountsResult = result;
    const { data, error } = result;
    if (data) {
      this.counts = data;
    } else if (error) {
      // Not fatal: the fixes keep naming the group or profile instead of counting its users.
      this.counts = null;
    } else {
      return;
    }
    if (this.factsData && this.state === 'ready') this.explain(this.factsData);
  }

  private showFacts(data: Apex.AccessFacts): void {
    this.stale = false;
    this.factsData = data;
    this.mfa = data.mfa ?? null;
    if (this.countsUserId !== this.userIdToExplain) {
      // Another user's counts must not count this user's fixes: ask again, show none meanwhile.
      this.counts = null;
      this.countsUserId = this.userIdToExplain;
    }
    this.explain(data);
  }

  /** The engine's explanation of the facts, counted with the assignee counts when visible. */
  private explain(data: Apex.AccessFacts): void {
    const counts = this.counts?.visible === true ? (this.counts.counts ?? {}) : undefined;
    try {
      const facts = toEngineFacts(data, counts);
      this.countsKnown = counts !== undefined;
      this.explanation = explainUser(facts, subjectOf(data, this.userIdToExplain), {
        texts: ENGINE_TEXTS,
        viewerId: currentUserId
      });
      this.state = 'ready';
    } catch (error) {
      this.explanation = null;
      if (error instanceof UnknownUserError) {
        this.state = 'empty';
      } else {
        this.state = 'error';
        this.errorMessage = errorText(error);
      }
    }
  }

  private showLoadError(error: unknown): void {
    this.stale = false;
    this.explanation = null;
    this.factsData = null;
    this.state = isNotAllowed(error) ? 'notAllowed' : 'error';
    this.errorMessage = errorText(error);
  }

  get isLoading(): boolean {
    return this.state === 'loading';
  }
  get isEmpty(): boolean {
    return this.state === 'empty';
  }
  get isNotAllowed(): boolean {
    return this.state === 'notAllowed';
  }
  get isError(): boolean {
    return this.state === 'error';
  }
  get isReady(): boolean {
    return this.state === 'ready' && this.explanation !== null;
  }

  get showPicker(): boolean {
    return canViewOthers && !this.recordId;
  }
  get showOrgView(): boolean {
    return canViewOthers && !this.recordId;
  }

  get verdictText(): string {
    return this.explanation?.verdict.message ?? '';
  }
  get verdictClass(): string {
    const colour = this.explanation?.apiOnly ? 'slds-text-color_error' : 'slds-text-color_success';
    return `slds-text-heading_medium ${colour}`;
  }
  get subjectText(): string {
    const user = this.explanation?.user;
    return user ? fill(LABELS.showingUser, { user: user.Username, name: user.Name }) : '';
  }
  /** No fix while one runs or while the facts it changed are reloading. */
  get actionsBusy(): boolean {
    return this.fixBusy || this.stale;
  }
  get explainedUserId(): string {
    return this.explanation?.user.Id ?? '';
  }
  get permissions() {
    return this.explanation?.permissions ?? [];
  }
  get findings() {
    return this.explanation?.findings ?? [];
  }
  get explanationJson(): string {
    return JSON.stringify(this.explanation, null, 2);
  }

  handleUserChange(event: CustomEvent<{ recordId: string | null }>): void {
    const before = this.userIdToExplain;
    this.pickedUserId = event.detail.recordId ?? null;
    this.fixNotice = '';
    this.fixError = '';
    this.copyNotice = '';
    this.showJsonFallback = false;
    // The wire runs again only when the Id changes (picking oneself changes nothing).
    if (this.userIdToExplain !== before) this.state = 'loading';
  }

  async handleRefresh(): Promise<void> {
    this.stale = true;
    try {
      const facts = refreshApex(this.wiredResult);
      // The counts may have changed too (a fix removes assignees); they are not worth an error.
      if (this.wiredCountsResult) refreshApex(this.wiredCountsResult).catch(() => undefined);
      await facts;
    } catch (error) {
      this.showLoadError(error);
    } finally {
      this.stale = false;
    }
  }

  async handleApplyFix(event: CustomEvent<ApplyFixDetail>): Promise<void> {
    const { findingIndex, fixIndex } = event.detail;
    const fix = this.explanation?.findings[findingIndex]?.fixes[fixIndex];
    if (!fix || !isPanelFix(fix) || !allowedFixKinds.includes(fix.kind)) return;
    if (!(await this.confirm(fix))) return;
    this.fixBusy = true;
    this.fixNotice = '';
    this.fixError = '';
    try {
      const result = await runFix(fix);
      this.fixNotice = fill(LABELS.fixApplied, { message: result.message ?? fix.message });
    } catch (error) {
      this.fixError = errorText(error);
      return;
    } finally {
      this.fixBusy = false;
    }
    // What the panel showed is now out of date: reload the facts and explain again.
    await this.handleRefresh();
  }

  private confirm(fix: Fix): Promise<boolean> {
    return LightningConfirm.open({
      label: LABELS.confirmTitle,
      message: fill(LABELS.confirmMessage, {
        fix: fix.message,
        blast: blastText(fix, this.countsKnown)
      }),
      theme: 'warning'
    });
  }

  async handleCopyJson(): Promise<void> {
    const copied = await copyToClipboard(this.explanationJson);
    this.showJsonFallback = !copied;
    this.selectJsonOnRender = !copied;
    this.copyNotice = copied ? LABELS.copied : LABELS.copyFallback;
  }

  override renderedCallback(): void {
    // Fill and select the fallback box once, so Ctrl+C is all that is left to do.
    if (this.selectJsonOnRender) {
      this.selectJsonOnRender = false;
      const box = this.template?.querySelector<HTMLTextAreaElement>('textarea[data-json]');
      if (box) {
        box.value = this.explanationJson;
        box.select();
      }
    }
  }

  handleGlossaryToggle(event: Event): void {
    this.glossaryOpen = (event.currentTarget as HTMLDetailsElement).open;
  }
}
