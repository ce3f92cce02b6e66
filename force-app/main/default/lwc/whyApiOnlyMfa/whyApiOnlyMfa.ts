import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/whyApiOnlyShared';

/** The methods TwoFactorMethodsInfo reports, in the order shown, with their labels. */
const METHODS: readonly (readonly [keyof Apex.MfaMethods, string])[] = [
  ['hasSalesforceAuthenticator', LABELS.methodSalesforceAuthenticator],
  ['hasTotp', LABELS.methodTotp],
  ['hasSecurityKey', LABELS.methodSecurityKey],
  ['hasBuiltInAuthenticator', LABELS.methodBuiltIn],
  ['hasTempCode', LABELS.methodTempCode],
  ['hasUserVerifiedMobileNumber', LABELS.methodMobile],
  ['hasUserVerifiedEmailAddress', LABELS.methodEmail]
];

/**
 * What can be read about the user's MFA: registered methods, recent logins, open sessions. A
 * part the caller may not read says so (Apex's message, else "not visible to you").
 */
export default class WhyApiOnlyMfa extends LightningElement {
  @api mfa: Apex.MfaFacts | null = null;

  labels = LABELS;

  get methodsVisible(): boolean {
    return this.mfa?.methodsVisible === true;
  }

  get methodsMessage(): string {
    return this.mfa?.methodsMessage ?? LABELS.mfaNotVisible;
  }

  get methods(): { key: string; label: string }[] {
    const registered = this.mfa?.methods;
    return METHODS.filter(([key]) => registered?.[key] === true).map(([key, label]) => ({
      key,
      label
    }));
  }

  get hasMethods(): boolean {
    return this.methods.length > 0;
  }

  get loginsVisible(): boolean {
    return this.mfa?.loginsVisible === true;
  }

  get loginsMessage(): string {
    return this.mfa?.loginsMessage ?? LABELS.mfaNotVisible;
  }

  get logins() {
    return (this.mfa?.recentLogins ?? []).map((login, index) => ({
      key: login.Id ?? String(index),
      time: String(login.LoginTime ?? ''),
      type: [login.LoginType, login.LoginSubType].filter(Boolean).join(' · '),
      status: String(login.Status ?? ''),
      application: String(login.Application ?? '')
    }));
  }

  get hasLogins(): boolean {
    return this.logins.length > 0;
  }

  get sessionsText(): string {
    const count = this.mfa?.openSessionCount;
    return this.mfa?.sessionsVisible === true && typeof count === 'number'
      ? String(count)
      : (this.mfa?.sessionsMessage ?? LABELS.mfaNotVisible);
  }
}
