/**
 * Copies text with the async Clipboard API. Resolves false where it is missing or refused (some
 * Lightning containers block it), so the caller can show the text to copy by hand.
 */
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
