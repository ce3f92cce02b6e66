/**
 * The capture's progress on stderr: `User 12,000/100,000 …`. On a terminal one line is rewritten
 * in place; in a log (CI) a line is written per tenth of each object, so logs stay short.
 */
import type { OutputStream } from '../io';
import { visible } from '../render/terminalText';
import type { CaptureListener } from './captureSnapshot';

const STEPS = 10;

export function progressReporter(stderr: OutputStream): CaptureListener {
  let lineOpen = false;
  const printedSteps = new Map<string, number>();

  function closeLine(): void {
    if (lineOpen) stderr.write('\n');
    lineOpen = false;
  }

  return {
    onPage(objectName, fetched, total) {
      const done = fetched >= total;
      const text = `${objectName} ${count(fetched)}/${count(total)}${done ? '' : ' …'}`;
      if (stderr.isTTY) {
        stderr.write(`\r\x1b[2K${text}`);
        lineOpen = true;
        if (done) closeLine();
        return;
      }
      const step = total === 0 ? STEPS : Math.floor((fetched / total) * STEPS);
      if (step > (printedSteps.get(objectName) ?? 0)) {
        printedSteps.set(objectName, step);
        stderr.write(`${text}\n`);
      }
    },
    onNote(message) {
      closeLine();
      // The org's own messages (a field it lacks) may quote org text.
      stderr.write(`note: ${visible(message)}\n`);
    }
  };
}

function count(value: number): string {
  return value.toLocaleString('en-US');
}
