/**
 * An event's dates, parsed once per event object. Validation, the story's index
 * and the timeline's date labels each need them on the way to a long story's
 * first paint, where every pass over 2,000 events runs cold
 * (docs/performance.md, "Three waits moved off the way to the first paint").
 *
 * @module
 */
import { parseEventDates, type EventDates } from './edtf-date.js';

/** The strings parsed, kept to notice an event object changed since. */
interface ParsedDates {
  readonly start: string;
  readonly end: string | undefined;
  readonly dates: EventDates;
}

const parsedByEvent = new WeakMap<object, ParsedDates>();

/**
 * `parseEventDates(event.start, event.end)`, remembered for the event object for
 * as long as its `start` and `end` stay the same. The result is shared: treat it
 * as read-only, as its type says.
 *
 * @throws {PartialDateError} as `parseEventDates` does (a refusal is not remembered).
 */
export function datesOfEvent(event: {
  readonly start: string;
  readonly end?: string | undefined;
}): EventDates {
  const known = parsedByEvent.get(event);
  if (known?.start === event.start && known.end === event.end) return known.dates;
  const dates = parseEventDates(event.start, event.end);
  parsedByEvent.set(event, { start: event.start, end: event.end, dates });
  return dates;
}
