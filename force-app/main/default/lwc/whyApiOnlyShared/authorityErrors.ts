import { reduceErrors } from 'c/apexErrors';
import notAllowedMessage from '@salesforce/label/c.WhyApiOnly_Error_NotAllowed';

// Label values may be wrapped across lines in metadata; compare the words, not the layout.
const normalized = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Apex refuses with its "not allowed" label (WhyApiOnlyErrors.notAllowed): recognise that text. */
export function isNotAllowed(error: unknown): boolean {
  const expected = normalized(notAllowedMessage);
  return reduceErrors(error).some((message) => normalized(message) === expected);
}

/** The platform's own words for an error, on one line. */
export function errorText(error: unknown): string {
  return reduceErrors(error).join(' ');
}
