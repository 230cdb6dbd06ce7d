/**
 * Work that waits for the next paint: what the reader asked for (a quote, a
 * list) is painted first, and the heavier follow-up (moving a drawing to it)
 * runs in a task after that frame.
 *
 * @module
 */

/** `scheduler.postTask()`, where the browser has it (Chromium 94+, Firefox 142+). */
interface PostingScheduler {
  postTask(task: () => void, options: { priority: 'background' }): Promise<void>;
}

/**
 * Runs `task` in a task of its own at the lowest priority the browser offers:
 * `scheduler.postTask` with `background` priority where it exists, so that
 * input, and any other task queued in the same frame, goes first; else
 * `setTimeout`. The follow-up of a click takes a 10,000-event story's main
 * thread for a quarter of a second; at normal priority it raced the tasks
 * queued in the same frame, and won about one time in three
 * (docs/performance.md).
 */
function inBackgroundTask(task: () => void): void {
  const scheduler = (globalThis as { scheduler?: Partial<PostingScheduler> }).scheduler;
  if (typeof scheduler?.postTask === 'function') {
    scheduler.postTask(task, { priority: 'background' }).catch(() => undefined);
    return;
  }
  setTimeout(task);
}

/**
 * `task`, wrapped: a call runs it once in a task after the next paint; calls
 * made before it has run are coalesced into that one run.
 */
export function coalescedAfterPaint(task: () => void): () => void {
  let pending = false;
  return () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      inBackgroundTask(() => {
        pending = false;
        task();
      });
    });
  };
}

/**
 * Resolves in a background task (`inBackgroundTask`) after the next paint: a
 * step of work that should neither hold up a frame nor go before input.
 */
export function afterNextPaintInBackground(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      inBackgroundTask(resolve);
    });
  });
}
