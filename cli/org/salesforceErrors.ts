/**
 * Recognises errors coming back from the org. jsforce turns Salesforce's `[{ message, errorCode }]`
 * into an Error whose errorCode (and name) is the platform's code; Node's network failures carry
 * an `E…` code; @salesforce/core's own errors are SfErrors with a descriptive name.
 */
import { CliError, BadInputError, errorMessage, OrgError, oneLine } from '../errors';

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_SOCKET'
]);

/** The platform's error code (INVALID_FIELD, INVALID_SESSION_ID, …), if this came from the org. */
export function salesforceErrorCode(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const { errorCode } = error as { errorCode?: unknown };
  if (typeof errorCode === 'string' && /^[A-Z][A-Z_]+$/.test(errorCode)) return errorCode;
  return /^[A-Z][A-Z_]+$/.test(error.name) && !NETWORK_CODES.has(error.name)
    ? error.name
    : undefined;
}

function networkCode(error: Error): string | undefined {
  const candidates = [
    (error as { code?: unknown }).code,
    (error.cause as { code?: unknown } | undefined)?.code,
    error.name
  ];
  return candidates.find((c): c is string => typeof c === 'string' && NETWORK_CODES.has(c));
}

/** Turns anything thrown while talking to the org into a one-line error with its exit code. */
export function orgFailure(error: unknown, targetOrg: string): CliError {
  if (error instanceof CliError) return error;
  if (!(error instanceof Error))
    return new OrgError(`Reading ${targetOrg} failed: ${String(error)}`);
  const message = oneLine(error.message);
  if (error.name === 'NamedOrgNotFoundError' || error.name === 'NoAuthInfoFound') {
    return new BadInputError(
      `No Salesforce CLI login for "${targetOrg}": log in first with \`sf org login web --alias ${targetOrg}\`.`
    );
  }
  const code = salesforceErrorCode(error);
  if (code === 'INVALID_SESSION_ID' || error.name === 'RefreshTokenAuthError') {
    return new OrgError(
      `The session for ${targetOrg} has expired or is invalid (${message}): log in again with \`sf org login web --alias ${targetOrg}\`.`
    );
  }
  const network = networkCode(error);
  if (network || error.name === 'DomainNotFoundError') {
    // fetch says only "fetch failed"; its cause names the host and port.
    const cause =
      typeof error.cause === 'object' && error.cause !== null
        ? errorMessage(error.cause)
        : undefined;
    // node-fetch (jsforce on Node 20) says "request to <url> failed, reason: <cause>".
    const reason = /^request to \S+ failed, reason: (.+)$/.exec(message)?.[1];
    const detail = oneLine(cause || reason || message);
    const code = network ?? error.name;
    return new OrgError(
      `Cannot reach ${targetOrg}: ${detail.includes(code) ? detail : `${code}: ${detail}`}`
    );
  }
  return new OrgError(`Reading ${targetOrg} failed: ${code ? `${code}: ` : ''}${message}`);
}
