/** @jest-environment node */
import { progressReporter } from './progressReporter';

function log(isTTY: boolean) {
  const stream = { text: '', isTTY, write: (chunk: string) => (stream.text += chunk) };
  return stream;
}

describe('progressReporter', () => {
  it('writes a line per tenth of an object in a log, with thousands separators', () => {
    const stderr = log(false);
    const progress = progressReporter(stderr);
    for (let fetched = 2000; fetched <= 100_000; fetched += 2000) {
      progress.onPage('User', fetched, 100_000);
    }
    const lines = stderr.text.trimEnd().split('\n');
    expect(lines).toHaveLength(10);
    expect(lines[0]).toBe('User 10,000/100,000 …');
    expect(lines[9]).toBe('User 100,000/100,000');
  });

  it('reports an empty object once', () => {
    const stderr = log(false);
    progressReporter(stderr).onPage('MutingPermissionSet', 0, 0);
    expect(stderr.text).toBe('MutingPermissionSet 0/0\n');
  });

  it('rewrites one line on a terminal and ends it before a note', () => {
    const stderr = log(true);
    const progress = progressReporter(stderr);
    progress.onPage('User', 2000, 12_000);
    progress.onNote('TwoFactorMethodsInfo not captured: INSUFFICIENT_ACCESS: no access');
    expect(stderr.text).toBe(
      '\r\x1b[2KUser 2,000/12,000 …\nnote: TwoFactorMethodsInfo not captured: INSUFFICIENT_ACCESS: no access\n'
    );
  });
});
