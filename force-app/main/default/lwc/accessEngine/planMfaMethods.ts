// Who has a registered MFA method, from TwoFactorMethodsInfo (readable with Manage MFA in API).
import type { Facts, RecordId, TwoFactorMethodsInfoRecord } from './types';

/** Factors that satisfy MFA; verified email/phone and temporary codes do not. */
function hasMfaMethod(info: TwoFactorMethodsInfoRecord | undefined): boolean {
  return (
    info !== undefined &&
    (info.HasTotp === true ||
      info.HasSalesforceAuthenticator === true ||
      info.HasSecurityKey === true ||
      info.HasBuiltInAuthenticator === true)
  );
}

/** null when TwoFactorMethodsInfo was not captured. */
export function mfaMethodLookup(facts: Facts): ((userId: RecordId) => boolean) | null {
  const rows = facts.records.TwoFactorMethodsInfo;
  if (rows === undefined) return null;
  const registered = new Set(rows.filter(hasMfaMethod).map((row) => row.UserId));
  return (userId) => registered.has(userId);
}
