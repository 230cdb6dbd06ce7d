/**
 * Date rules of the TimelineJS import: which dates the story format accepts,
 * how two story dates compare, and when an event is planned (after the
 * dateline).
 *
 * @module
 */
import { parsePartialDate, PartialDateError } from '../model/partial-date.js';
import { dateParts, xsdDate } from './story-date.js';
import { compareXsdDates } from './timed-graph.js';

export { isoYear } from './story-date.js';

/** Whether `date` is a partial ISO date the story format accepts today (a day that exists). */
export function isPartialDate(date: string): boolean {
  try {
    parsePartialDate(date);
    return true;
  } catch (error) {
    if (error instanceof PartialDateError) return false;
    throw error;
  }
}

/** Orders two story dates by the last day each covers. */
export function compareDates(a: string, b: string): number {
  const left = dateParts(a);
  const right = dateParts(b);
  if (!left || !right) return 0;
  return compareXsdDates(xsdDate(left, 'end'), xsdDate(right, 'end'));
}

/** Whether an event that starts on `start` starts after the dateline (its first day is later). */
export function isPlanned(start: string, dateline: string): boolean {
  const parts = dateParts(start);
  return parts !== undefined && compareXsdDates(xsdDate(parts, 'start'), dateline) > 0;
}
