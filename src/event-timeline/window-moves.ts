/**
 * Where the timeline's window goes when the widget moves it: to show one event
 * on its own, to bring an event into view, to open a cluster. Pure: no DOM.
 *
 * @module
 */
import type { TimeWindow } from '../model/time-window.js';
import type { TimelineItem } from '../model/timeline-items.js';

const DAY_MS = 24 * 3600 * 1000;

/**
 * A window around one event, wide enough to see it beside its neighbours but
 * narrow enough that it stands outside any cluster: its span and 15 % more on
 * each side, at least 400 days.
 */
export function windowAround(item: TimelineItem): TimeWindow {
  const start = item.start.getTime();
  const end = (item.end ?? item.start).getTime();
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

/** The window after a click on a cluster: a quarter as wide, centred where it was clicked. */
export function zoomedInto(window: TimeWindow, at: Date): TimeWindow {
  const span = (window.end.getTime() - window.start.getTime()) / 4;
  const time = at.getTime();
  return { start: new Date(time - span / 2), end: new Date(time + span / 2) };
}
