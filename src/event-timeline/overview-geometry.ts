/**
 * The overview strip under the timeline, as numbers: where each event's mark
 * sits in the whole period, where the brush (the window shown) is, and where
 * the window goes when the reader clicks or drags the strip or moves the brush
 * with the keyboard. Positions are fractions of the strip (0 to 1). Pure: no DOM.
 *
 * @module
 */
import type { Category } from '../model/story-schema.js';
import type { TimeWindow } from '../model/time-window.js';
import type { TimelineItem } from '../model/timeline-items.js';

/** Width of the strip's drawing in viewBox units (it stretches to the strip's width). */
export const STRIP_UNITS = 1000;

const spanOf = (window: TimeWindow) => window.end.getTime() - window.start.getTime();

/** Where an instant is along the whole period, from 0 (its start) to 1 (its end), unclamped. */
export function fractionOf(extent: TimeWindow, time: number): number {
  const span = spanOf(extent);
  return span > 0 ? (time - extent.start.getTime()) / span : 0.5;
}

/** The brush: the window's left edge and width as fractions of the strip, kept on the strip. */
export function brushOf(extent: TimeWindow, window: TimeWindow): { left: number; width: number } {
  const left = Math.min(1, Math.max(0, fractionOf(extent, window.start.getTime())));
  const right = Math.min(1, Math.max(0, fractionOf(extent, window.end.getTime())));
  return { left, width: Math.max(0, right - left) };
}

/** The window of the same span centred at `fraction` of the whole period. */
export function windowCentredAt(
  extent: TimeWindow,
  window: TimeWindow,
  fraction: number,
): TimeWindow {
  const centre = extent.start.getTime() + fraction * spanOf(extent);
  const half = spanOf(window) / 2;
  return { start: new Date(centre - half), end: new Date(centre + half) };
}

/** The window moved by `fraction` of the whole period (negative: earlier). */
export function windowMovedBy(
  extent: TimeWindow,
  window: TimeWindow,
  fraction: number,
): TimeWindow {
  const shift = fraction * spanOf(extent);
  return {
    start: new Date(window.start.getTime() + shift),
    end: new Date(window.end.getTime() + shift),
  };
}

/** What a key does to the brush: a move (as a fraction of the period), or undefined. */
export function brushKeyMove(
  extent: TimeWindow,
  window: TimeWindow,
  key: string,
): TimeWindow | undefined {
  const windowFraction = spanOf(window) / Math.max(1, spanOf(extent));
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      return windowMovedBy(extent, window, -windowFraction / 4);
    case 'ArrowRight':
    case 'ArrowUp':
      return windowMovedBy(extent, window, windowFraction / 4);
    case 'PageDown':
      return windowMovedBy(extent, window, -windowFraction);
    case 'PageUp':
      return windowMovedBy(extent, window, windowFraction);
    case 'Home':
      return windowCentredAt(extent, window, windowFraction / 2);
    case 'End':
      return windowCentredAt(extent, window, 1 - windowFraction / 2);
    default:
      return undefined;
  }
}

/**
 * One SVG path per category: a short vertical tick for each event, at its
 * place in the period (a period's ticks at its start and end, joined), in
 * viewBox units `STRIP_UNITS` wide and `height` high.
 */
export function markPaths(
  items: Iterable<TimelineItem>,
  extent: TimeWindow,
  height: number,
): Map<Category, string> {
  const parts = new Map<Category, string[]>();
  const x = (time: number) => (fractionOf(extent, time) * STRIP_UNITS).toFixed(1);
  for (const item of items) {
    const list = parts.get(item.category) ?? [];
    const start = x(item.start.getTime());
    if (item.end) {
      const end = x(item.end.getTime());
      const middle = (height / 2).toFixed(1);
      list.push(`M${start} 2v${height - 4}M${start} ${middle}H${end}M${end} 2v${height - 4}`);
    } else {
      list.push(`M${start} 1v${height - 2}`);
    }
    parts.set(item.category, list);
  }
  return new Map([...parts].map(([category, list]) => [category, list.join('')]));
}

/** The window as words: "2022 – 2026", with months when it spans less than two years. */
export function windowLabel(window: TimeWindow, locale: string): string {
  const withMonths = spanOf(window) < 2 * 365.25 * 24 * 3600 * 1000;
  const format = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    ...(withMonths ? { month: 'short' } : {}),
    timeZone: 'UTC',
  });
  return `${format.format(window.start)} – ${format.format(window.end)}`;
}
