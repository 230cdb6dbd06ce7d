// Harness for Knight Lab TimelineJS (global `TL`, loaded by the page's head as its
// embed page loads it) on the real story converted to its JSON (bench/timelinejs-story.mjs).
// The timeline JSON is fetched and parsed before the clock starts, as on our page.
// First paint: from `new TL.Timeline` (and from navigation) to the frame painted after
// its `loaded` event, when its timenav markers and slides are built ("render": the
// markers stand stacked in one place), and on to the first painted frame in which every
// marker stands where it stays ("markersInPlace": TimelineJS spreads them to their
// dates in an animation of about half a second). A click: a click
// on the event's timenav marker until its slide is the active one and a frame has been
// painted ("active": TimelineJS's first response, the slide still out of sight), then
// on to the first painted frame in which the slide's headline lies wholly inside the
// slider's visible area ("shown": its text can be read; the slider animates there for
// 1 s, easing out) and the end of that animation ("in place").
import { afterPaint, benchState, fetchStory, params, resources } from './common.mjs';

const state = benchState('timelinejs');
state.blocked = [];
const notify = () => window.__benchNotify?.();

// Everything TimelineJS tried to fetch from elsewhere (the page's policy blocks it).
document.addEventListener('securitypolicyviolation', (event) => {
  state.blocked.push(`${event.violatedDirective} ${event.blockedURI}`);
});

/** Longer than TimelineJS's slide animation (1 s) by far: a wait this long is a failure. */
const GIVE_UP_MS = 10_000;

/** Resolves with the time the frame is painted in which `condition()` first holds. */
function frameWhen(condition, what) {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const tick = () => {
      if (condition()) afterPaint().then(resolve);
      else if (performance.now() - started > GIVE_UP_MS)
        reject(new Error(`TimelineJS: ${what} did not happen within ${GIVE_UP_MS} ms`));
      else requestAnimationFrame(tick);
    };
    tick();
  });
}

/** How long the markers must stand still to count as in place. */
const STILL_MS = 500;

/**
 * The painted time of the first frame from which the `elements` in sight (inside
 * `frame`) stand where they stay (their rounded boxes unchanged for {@link STILL_MS}),
 * watched frame by frame. Markers moving out of sight do not count.
 */
function whenStill(elements, frame) {
  const boxes = () => {
    const bounds = frame.getBoundingClientRect();
    return elements
      .map((element) => {
        const box = element.getBoundingClientRect();
        const inSight = box.right > bounds.left && box.left < bounds.right;
        return inSight ? `${Math.round(box.left)},${Math.round(box.top)}` : '';
      })
      .join(' ');
  };
  const started = performance.now();
  return new Promise((resolve, reject) => {
    let since;
    let last;
    const tick = () => {
      const now = boxes();
      if (now !== last) {
        last = now;
        since = undefined;
        afterPaint().then((painted) => {
          if (last === now) since = painted;
        });
      }
      if (since !== undefined && performance.now() - since >= STILL_MS) resolve(since);
      else if (performance.now() - started > GIVE_UP_MS)
        reject(new Error(`TimelineJS: the markers still moved after ${GIVE_UP_MS} ms`));
      else requestAnimationFrame(tick);
    };
    tick();
  });
}

/** Whether `inner` lies wholly inside `outer`, horizontally (to a pixel). */
function whollyInside(inner, outer) {
  const a = inner.getBoundingClientRect();
  const b = outer.getBoundingClientRect();
  return a.width > 0 && a.left >= b.left - 1 && a.right <= b.right + 1;
}

async function main() {
  const timeline = await fetchStory(params.get('story'));
  const host = document.getElementById('timeline-embed');
  host.style.height = `${Number(params.get('th') ?? 650)}px`;
  const options = {
    // The local copy of its files, not cdn.knightlab.com.
    script_path: new URL('./lib/timelinejs/js/', location.href).href,
    // No web font: its stylesheet's own stacks (Helvetica Neue, Georgia), as ours uses
    // system-ui. The default "default" font loads PT Sans and PT Serif from Google Fonts.
    font: null,
    // English is built in: no locale file is fetched.
    language: 'en',
    hash_bookmark: false,
  };

  state.t0 = performance.now();
  const instance = new window.TL.Timeline(host, timeline, options);
  await new Promise((resolve) => instance.on('loaded', resolve));
  const markers = host.querySelectorAll('.tl-timenav .tl-timemarker');
  if (markers.length === 0) throw new Error('TimelineJS fired loaded with no timenav marker');
  state.render = await afterPaint();
  state.markers = markers.length;
  state.resourcesAtRender = resources();
  state.markersInPlace = await whenStill([...markers], host);
  const mask = host.querySelector('.tl-slider-container-mask');

  /** Clicks the event's marker; resolves with the times until its slide is active, shown, in place. */
  window.__benchSelect = async (id) => {
    const marker = document.getElementById(`${id}-marker`);
    const slide = document.getElementById(id);
    if (!marker || !slide) throw new Error(`no TimelineJS marker or slide for event ${id}`);
    const headline = slide.querySelector('.tl-headline');
    if (!headline) throw new Error(`TimelineJS slide ${id} has no headline`);
    const start = performance.now();
    marker.click();
    const active = await frameWhen(() => !slide.hasAttribute('inert'), `slide ${id} active`);
    const shown = await frameWhen(() => whollyInside(headline, mask), `slide ${id} headline shown`);
    const inPlace = await frameWhen(
      () => Math.abs(slide.getBoundingClientRect().left - mask.getBoundingClientRect().left) < 1,
      `slide ${id} in place`,
    );
    return { active: active - start, shown: shown - start, inPlace: inPlace - start };
  };
  state.done = true;
  notify();
}

main().catch((error) => {
  state.error ??= String(error?.stack ?? error);
  notify();
});
