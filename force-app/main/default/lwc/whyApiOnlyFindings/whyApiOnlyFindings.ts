import { LightningElement, api } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import type { Finding, Fix, Severity } from 'c/accessEngine';
import { LABELS, blastText, fill, isPanelFix, setupPageForFix } from 'c/whyApiOnlyShared';

const SEVERITY: Readonly<Record<Severity, { text: string; className: string }>> = {
  error: { text: LABELS.severityError, className: 'slds-badge slds-theme_error' },
  warning: { text: LABELS.severityWarning, className: 'slds-badge slds-theme_warning' },
  info: { text: LABELS.severityInfo, className: 'slds-badge slds-badge_lightest' }
};

/** Detail of the `applyfix` event: which fix of which finding the user asked for. */
export interface ApplyFixDetail {
  readonly findingIndex: number;
  readonly fixIndex: number;
}

/**
 * The engine's findings with their fixes. A fix the panel can make, and the user may, is a
 * button (the parent confirms and calls Apex, via the `applyfix` event); any other fix links to
 * Setup for admins, and says to ask an admin for everyone else.
 */
export default class WhyApiOnlyFindings extends NavigationMixin(LightningElement) {
  @api findings: readonly Finding[] = [];
  /** The explained user, for Setup links about their assignments and sessions. */
  @api userId = '';
  /** True when the facts count every user a fix touches (not only the explained user's). */
  @api countsKnown = false;
  /** The panel fixes the running user holds the permission for. */
  @api allowedFixKinds: readonly string[] = [];
  /** False for users who cannot use Setup: they are told to ask an admin instead. */
  @api canOpenSetup = false;
  /** True while a fix runs: buttons are disabled so a fix is not sent twice. */
  @api busy = false;

  labels = LABELS;

  get hasFindings(): boolean {
    return this.findings.length > 0;
  }

  get rows() {
    return this.findings.map((finding, findingIndex) => ({
      key: `${finding.code}-${findingIndex}`,
      severity: SEVERITY[finding.severity],
      message: finding.message,
      hasFixes: finding.fixes.length > 0,
      fixes: finding.fixes.map((fix, fixIndex) => this.fixRow(fix, findingIndex, fixIndex))
    }));
  }

  private fixRow(fix: Fix, findingIndex: number, fixIndex: number) {
    const applicable = isPanelFix(fix) && this.allowedFixKinds.includes(fix.kind);
    const inSetup = !applicable && this.canOpenSetup;
    return {
      key: `${findingIndex}-${fixIndex}`,
      findingIndex,
      fixIndex,
      message: fix.message,
      blast: blastText(fix, this.countsKnown),
      applicable,
      inSetup,
      ariaLabel: fill(applicable ? LABELS.applyFixAria : LABELS.setupOnlyAria, {
        fix: fix.message
      }),
      setupUrl: inSetup ? String(setupPageForFix(fix, this.userId).attributes?.url ?? '') : ''
    };
  }

  handleApply(event: MouseEvent): void {
    const { findingIndex, fixIndex } = (event.currentTarget as HTMLElement).dataset;
    const detail: ApplyFixDetail = {
      findingIndex: Number(findingIndex),
      fixIndex: Number(fixIndex)
    };
    this.dispatchEvent(new CustomEvent('applyfix', { detail }));
  }

  handleSetup(event: MouseEvent): void {
    event.preventDefault();
    const url = (event.currentTarget as HTMLElement).dataset.url;
    this[NavigationMixin.Navigate]({ type: 'standard__webPage', attributes: { url } });
  }
}
