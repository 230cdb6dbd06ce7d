/**
 * The widgets' fonts looked up while their code downloads. A widget's first frame
 * asks the browser, synchronously, for each size and weight of the type scale it
 * shows for the first time: on Linux a font match through the browser process,
 * 2–13 ms each in Debian's Chromium 156 (docs/performance.md, "One type scale").
 * While embed.js waits for a widget's chunks the main thread has nothing to do, so
 * the same lookups are made then, by setting each font on a canvas and measuring a
 * word; the first frame finds them in the renderer's font cache.
 *
 * Imported by embed.ts only, so that it stays inside embed.js.
 *
 * @module
 */

/**
 * The sizes (rem) and weights of theme.ts's type scale that a widget's first frame
 * shows: its `--he-font-size-small` and `--he-font-size` tokens in both weights, and
 * `--he-font-size-title` in bold. Kept equal by hand (embed.js imports nothing the
 * widgets import); `type-scale.test.ts` checks it against what the explorer shows.
 */
export const FIRST_FRAME_FONTS: readonly (readonly [rem: number, weight: number])[] = [
  [0.8125, 400],
  [0.9375, 400],
  [0.8125, 700],
  [0.9375, 700],
  [1.375, 700],
];

/** The font families already looked up on this page. */
const warmedFamilies = new Set<string>();

/** Runs one font lookup later, in a task of its own. */
export type LookupScheduler = (lookup: () => void) => void;

const inTaskOfItsOwn: LookupScheduler = (lookup) => {
  setTimeout(lookup);
};

/**
 * Looks up the type scale's fonts in the family `widget` inherits from the page
 * (the widgets take the page's family: `font: inherit`). Once per family; a
 * failure (no canvas) costs nothing but the lookups saved.
 *
 * Each lookup runs in a task of its own (`schedule`): the five together took one
 * task of 17-44 ms in Debian's Chromium 150, which a phone's four-times-slower CPU
 * makes a long task (over 50 ms) that Lighthouse counts as blocking; one lookup is
 * 2-11 ms (docs/performance.md, "A new machine; a graph laid out at run time, drawn in
 * steps", its paragraph "The font lookups, one task each").
 */
export function warmTypeScaleFonts(
  widget: Element,
  schedule: LookupScheduler = inTaskOfItsOwn,
): void {
  const family = getComputedStyle(widget).fontFamily;
  if (!family || warmedFamilies.has(family)) return;
  warmedFamilies.add(family);
  const rootSize = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return;
  for (const [rem, weight] of FIRST_FRAME_FONTS) {
    schedule(() => {
      context.font = `${weight} ${rem * rootSize}px ${family}`;
      context.measureText('Timeline');
    });
  }
}
