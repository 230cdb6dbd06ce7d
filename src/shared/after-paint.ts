/**
 * Work that waits for the next paint: what the reader asked for (a quote, a
 * list) is painted first, and the heavier follow-up (moving a drawing to it)
 * runs in a task after that frame.
 *
 * @module
 */

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
      setTimeout(() => {
        pending = false;
        task();
      });
    });
  };
}
