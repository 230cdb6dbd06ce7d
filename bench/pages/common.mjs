// Shared by both benchmark harnesses (ours and raw), so that both detect paint,
// record frames and report results in exactly the same way. Runs in the page.

/** Query parameters of the page. */
export const params = new URLSearchParams(location.search);

/**
 * Resolves (with the time) once the frame now being prepared has been painted: a
 * task posted from a frame callback runs right after that frame. The elements
 * use the same technique for `story-render`.
 */
export function afterPaint() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve(performance.now());
      };
      channel.port2.postMessage(null);
    });
  });
}

/**
 * Resolves (with the time) once the frame now being drawn has been painted:
 * to be called from a frame callback (cytoscape's 'render' event is emitted in
 * one), where a posted task runs right after that frame's paint. Our graph
 * announces its first frame this way too (story-element.ts), so neither side's
 * figure takes in cytoscape's next frame, where it goes on caching textures.
 */
export function afterThisFrame() {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve(performance.now());
    };
    channel.port2.postMessage(null);
  });
}

/**
 * A story's events; a compiled collection's, each under its collection id
 * (`<story>/<event>`) with its own `source` (the harnesses look quotes up here).
 */
export function eventsOf(story) {
  if (story.type !== 'collection') return story.events;
  return story.stories.flatMap((part) =>
    part.events.map((event) => ({ ...event, id: `${part.id}/${event.id}`, source: part.source })),
  );
}

/** Fetches and parses a story file (before the measured part starts). */
export async function fetchStory(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/** The URLs fetched so far, with the time their response ended (ms since navigation). */
export function resources() {
  return performance
    .getEntriesByType('resource')
    .map((entry) => ({ url: entry.name, end: entry.responseEnd }));
}

/** Resolves once `condition()` is true, checking after every DOM change under `root` and every frame. */
export function until(condition, root) {
  return new Promise((resolve) => {
    if (condition()) {
      resolve();
      return;
    }
    let frame = 0;
    const observer = new MutationObserver(() => check());
    const check = () => {
      if (!condition()) return false;
      observer.disconnect();
      cancelAnimationFrame(frame);
      resolve();
      return true;
    };
    const onFrame = () => {
      if (!check()) frame = requestAnimationFrame(onFrame);
    };
    observer.observe(root, { subtree: true, childList: true, characterData: true });
    frame = requestAnimationFrame(onFrame);
  });
}

/** Records requestAnimationFrame deltas between start() and stop(). */
export function frameRecorder() {
  let times = [];
  let running = false;
  const tick = (time) => {
    if (!running) return;
    times.push(time);
    requestAnimationFrame(tick);
  };
  return {
    start() {
      times = [];
      running = true;
      requestAnimationFrame(tick);
    },
    stop() {
      running = false;
      const deltas = [];
      for (let index = 1; index < times.length; index += 1)
        deltas.push(times[index] - times[index - 1]);
      return deltas;
    },
  };
}

/** Waits for a few frames so that the page is idle before the next measurement. */
export async function settle(frames = 3) {
  for (let index = 0; index < frames; index += 1) await afterPaint();
  await new Promise((resolve) => setTimeout(resolve, 50));
}

/**
 * The shared result object the Node side polls: `window.__bench`. Timings are
 * `performance.now()` values (ms since navigation start).
 */
export function benchState(view) {
  const state = {
    view,
    t0: undefined,
    render: undefined,
    graphRender: undefined,
    resourcesAtRender: undefined,
    done: false,
    error: undefined,
  };
  window.__bench = state;
  window.__benchSettle = settle;
  window.__benchResources = resources;
  window.addEventListener('error', (event) => {
    state.error ??= String(event.message);
  });
  window.addEventListener('unhandledrejection', (event) => {
    state.error ??= String(event.reason?.stack ?? event.reason);
  });
  return state;
}

/** A rectangle as plain numbers (it crosses to Node). */
export function rectOf(element) {
  const rect = element.getBoundingClientRect();
  return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
}
