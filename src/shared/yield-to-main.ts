/**
 * Gives the main thread back to the browser between two steps of a long piece
 * of work (parse, validate, first paint, library, drawing), so that input and
 * painting are never held up by all of them in one task. On a phone each step
 * takes several times longer than here, and one task of them all blocked the
 * page for about a second (docs/performance.md, "On a phone").
 *
 * @module
 */

/** `scheduler.yield()`, where the browser has it (Chromium 129+). */
interface YieldingScheduler {
  yield(): Promise<void>;
}

/**
 * Resolves in a new task: through `scheduler.yield()` where it exists (the
 * continuation keeps its place ahead of other queued work), else a
 * MessageChannel message (a task, without `setTimeout`'s clamping).
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * A slice of stepped work runs about this long before the page gets a turn, in ms.
 * Lighthouse's simulated phone counts each task four times as long and blocking above
 * 50 ms, so a task must stay under 12.5 ms here; the promise work around a slice adds a
 * few ms, and 10 ms slices made tasks of 12–22 ms (docs/performance.md).
 */
const SLICE_MS = 5;

/**
 * Runs `steps` (a generator that pauses between small steps) to its end,
 * giving the page a turn whenever a slice has run `SLICE_MS`: many short
 * tasks rather than one long one. Lighthouse's simulated phone counts a task
 * as blocking above 50 ms, four times the time it takes here.
 */
export async function finishInSlices<T>(steps: Generator<void, T, void>): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= SLICE_MS) {
      await yieldToMain();
      sliceStart = performance.now();
    }
  }
}

/** Runs `steps` to its end at once, in this task. */
export function finishNow<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How long a slice of idle work may run at most, in ms, even when the browser offers more. */
const IDLE_SLICE_MS = 5;

/**
 * Runs `steps` to its end in the page's idle time (`requestIdleCallback`, or
 * a timer where a browser lacks it), a slice of at most `IDLE_SLICE_MS` at a
 * time: work the reader may need later, done while nothing else is waiting.
 * Resolves with what the steps return.
 */
export function finishWhenIdle<T>(steps: Generator<void, T, void>): Promise<T> {
  return new Promise((resolve, reject) => {
    const slice = (deadline?: IdleDeadline) => {
      const budget = Math.min(IDLE_SLICE_MS, deadline?.timeRemaining() ?? IDLE_SLICE_MS);
      const until = performance.now() + budget;
      try {
        for (;;) {
          const step = steps.next();
          if (step.done) {
            resolve(step.value);
            return;
          }
          if (performance.now() >= until) break;
        }
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      schedule();
    };
    const schedule = () => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(slice);
      else setTimeout(slice, 50);
    };
    schedule();
  });
}
