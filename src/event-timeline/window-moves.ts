/**
 * Where the timeline's window goes when the widget moves it: to show one event
 * on its own, to bring an event into view, to open a cluster. Pure: no DOM.
 *
 * @module
 */
import { isInWindow, type TimeWindow } from '../model/time-window.js';
import type { TimelineItem } from '../model/timeline-items.js';

const DAY_MS = 24 * 3600 * 1000;

/**
 * A window around one event, wide enough to see it beside its neighbours but
 * narrow enough that it stands outside any cluster: its span and 15 % more on
 * each side, at least 400 days.
 */
export function windowAround(item: TimelineItem): TimeWindow {
  return windowAroundAll([item]);
}

/**
 * A window around several events (a chosen name's): from the first start to
 * the last end, with the margins of `windowAround`.
 */
export function windowAroundAll(items: readonly TimelineItem[]): TimeWindow {
  const start = Math.min(...items.map((item) => item.start.getTime()));
  const end = Math.max(...items.map((item) => (item.end ?? item.start).getTime()));
  const margin = Math.max((end - start) * 0.15, 400 * DAY_MS);
  return { start: new Date(start - margin), end: new Date(end + margin) };
}

/**
 * Where to move the window's centre so that an event is in view, keeping the
 * zoom; undefined when it already is, clear of the outer tenth on either side.
 */
export function revealCentre(item: TimelineItem, window: TimeWindow): Date | undefined {
  const start = item.start.getTime();
  const end = (item.end ?? item.start).getTime();
  const margin = (window.end.getTime() - window.start.getTime()) * 0.1;
  if (start >= window.start.getTime() + margin && end <= window.end.getTime() - margin)
    return undefined;
  return new Date((start + end) / 2);
}

/**
 * Whether each event is drawn in `window`: a point's date in it, or any part of
 * a period (its box held at the left edge); never without a window or for an
 * unknown id.
 */
export function drawnIn(
  itemsById: ReadonlyMap<string, TimelineItem> | undefined,
  window: TimeWindow | undefined,
): (id: string) => boolean {
  return (id) => {
    const item = itemsById?.get(id);
    if (!item || !window) return false;
    const start = item.start.getTime();
    return isInWindow({ start, end: item.end?.getTime() ?? start + 1 }, window);
  };
}

/**
 * The window zoomed by `factor` (2: half as wide) around the instant `at`,
 * which keeps its place on screen, as under a pinch.
 */
export function zoomedAround(window: TimeWindow, at: number, factor: number): TimeWindow {
  const start = window.start.getTime();
  const end = window.end.getTime();
  return {
    start: new Date(at - (at - start) / factor),
    end: new Date(at + (end - at) / factor),
  };
}

/**
 * Where "zoom in" should hold still: the selected event when it is in view;
 * otherwise the event in view nearest the window's centre, so that zooming in
 * never lands on an empty stretch between events; the centre when none is.
 *
 * @param instants where the events the timeline shows are (ms), in any order.
 */
export function zoomAnchor(
  window: TimeWindow,
  instants: Iterable<number>,
  selected: number | undefined,
): number {
  const start = window.start.getTime();
  const end = window.end.getTime();
  if (selected !== undefined && selected >= start && selected <= end) return selected;
  const centre = (start + end) / 2;
  let best: number | undefined;
  for (const instant of instants) {
    if (instant < start || instant > end) continue;
    if (best === undefined || Math.abs(instant - centre) < Math.abs(best - centre)) best = instant;
  }
  return best ?? centre;
}

/** The instant (ms) in the middle of `window`. */
export function centreOf(window: TimeWindow): number {
  return (window.start.getTime() + window.end.getTime()) / 2;
}
