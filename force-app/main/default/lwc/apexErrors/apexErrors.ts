/**
 * Turns whatever a failed Apex call, wire or JavaScript error gives us into readable sentences:
 * the platform's own message text, never "[object Object]".
 */
export function reduceErrors(error: unknown): string[] {
  const errors = Array.isArray(error) ? error : [error];
  return errors.flatMap(messagesOf).filter((message) => message.length > 0);
}

function messagesOf(error: unknown): string[] {
  if (error === null || error === undefined) return [];
  if (typeof error === 'string') return [error];
  if (typeof error !== 'object') return [String(error)];
  const { body, message } = error as ApexError;
  if (Array.isArray(body)) {
    return body.flatMap((entry) => messagesOf(entry));
  }
  if (body && typeof body === 'object') {
    const pageErrors = body.pageErrors?.map((e) => `${e.statusCode}: ${e.message}`) ?? [];
    const fieldErrors = Object.values(
      (body as { fieldErrors?: Record<string, { message: string }[]> }).fieldErrors ?? {}
    )
      .flat()
      .map((e) => e.message);
    const own = body.message ? [body.message] : [];
    const all = [...own, ...pageErrors, ...fieldErrors];
    if (all.length) return all;
  }
  return typeof message === 'string' ? [message] : [];
}
