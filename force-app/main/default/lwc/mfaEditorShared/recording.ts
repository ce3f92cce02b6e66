// The history record of a write is written by a Queueable a moment after the write (retried by
// its Transaction Finalizer, recorded as Unrecorded after the last attempt): the screen asks a
// few times where it stands, then says plainly that it is late. The change is applied either way.
import getChangeSetRecording from '@salesforce/apex/MfaEditorController.getChangeSetRecording';

/** Waits before each ask, in milliseconds: at once, then for about half a minute in all. */
export const RECORDING_DELAYS: readonly number[] = [0, 2000, 4000, 8000, 15000];

export type RecordingState =
  | { readonly status: 'pending' }
  | { readonly status: 'recorded'; readonly changeSetId: string; readonly name: string }
  | { readonly status: 'unrecorded'; readonly error: string }
  | { readonly status: 'late' };

/**
 * Asks for the record of a key after each delay until it is recorded or unrecorded; reports
 * every state. Returns a function that stops asking (the result was replaced or removed).
 */
export function watchRecording(
  key: string,
  report: (state: RecordingState) => void,
  delays: readonly number[] = RECORDING_DELAYS
): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const ask = (attempt: number): void => {
    // eslint-disable-next-line @lwc/lwc/no-async-operation
    timer = setTimeout(async () => {
      if (stopped) return;
      let answer: Apex.MfaEditorRecording | null = null;
      try {
        answer = await getChangeSetRecording({ key });
      } catch {
        // A failed ask counts as not yet: the next one, or "late", follows.
      }
      if (stopped) return;
      if (answer?.status === 'recorded' && answer.changeSetId) {
        report({ status: 'recorded', changeSetId: answer.changeSetId, name: answer.name ?? '' });
      } else if (answer?.status === 'unrecorded') {
        report({ status: 'unrecorded', error: answer.recordingError ?? '' });
      } else if (attempt + 1 < delays.length) {
        ask(attempt + 1);
      } else {
        report({ status: 'late' });
      }
    }, delays[attempt]);
  };
  report({ status: 'pending' });
  ask(0);
  return () => {
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
  };
}
