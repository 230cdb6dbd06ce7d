/**
 * What "this event is in the visible window" means: the one definition that the
 * timeline (which clusters while its window holds too many events) and the graph
 * (which shows what exists in the timeline's window) share, so the two never
 * disagree about an event at the edge.
 *
 * @module
 */

/** A window of time, as the timeline shows it: from `start` to `end` (exclusive). */
export interface TimeWindow {
  readonly start: Date;
  readonly end: Date;
}

/** [start, exclusive end) of an event, in milliseconds since the epoch (UTC). */
export interface EventSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * Whether an event lies in a window: whether any part of the time its dates
 * cover falls inside it. A year-only event ("1926") is in every window that
 * holds part of 1926, wherever the timeline draws its box; a period, while any
 * part of it is in view. Both ends exclusive: a span ending where the window
 * starts is not in it.
 */
export function isInWindow(span: EventSpan, window: TimeWindow): boolean {
  return span.start < window.end.getTime() && span.end > window.start.getTime();
}
