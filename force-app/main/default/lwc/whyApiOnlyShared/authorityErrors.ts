import { reduceErrors } from 'c/apexErrors';
import notAllowedMessage from '@salesforce/label/c.WhyApiOnly_Error_NotAllowed';

/** Apex refuses with its "not allowed" label (WhyApiOnlyErrors.notAllowed): recognise that text. */
export function isNotAllowed(error: unknown): boolean {
  return reduceErrors(error).some((message) => message === notAllowedMessage);
}

/** The platform's own words for an error, on one line. */
export function errorText(error: unknown): string {
  return reduceErrors(error).join(' ');
}
