/**
 * A story date (`1926`, `2025-03`, `2025-10-18`, or with EDTF a negative or
 * qualified year like `-0043`, `2025-03~`) as the parts other formats write,
 * and as the first or last day it covers (GEXF's `xsd:date`).
 *
 * @module
 */

/** A date's parts as written, without leading zeros; month and day only when given. */
export interface DateParts {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

const DATE_PARTS = /^(-?\d+)(?:-(\d{2}))?(?:-(\d{2}))?$/;

/**
 * The parts of a story date, or `undefined` for a date these formats cannot
 * hold (an EDTF interval or unspecified digits such as `19XX`). Uncertainty
 * marks (`?`, `~`, `%`) are dropped: the formats have no place for them.
 */
export function dateParts(date: string): DateParts | undefined {
  const match = DATE_PARTS.exec(date.replace(/[?~%]/g, ''));
  if (!match) return undefined;
  const year = Number(match[1]);
  if (!Number.isSafeInteger(year)) return undefined;
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  return { year, ...(month !== undefined && { month }), ...(day !== undefined && { day }) };
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** A year as XML Schema and EDTF write it: at least four digits, `-` before a year BCE. */
export function isoYear(year: number): string {
  return year < 0 ? `-${pad(-year, 4)}` : pad(year, 4);
}

/** Days in a month of the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * The first (`'start'`) or last (`'end'`) day a date covers, as `xsd:date`:
 * `2025-03` starts on `2025-03-01` and ends on `2025-03-31`.
 */
export function xsdDate(parts: DateParts, edge: 'start' | 'end'): string {
  const month = parts.month ?? (edge === 'start' ? 1 : 12);
  const day = parts.day ?? (edge === 'start' ? 1 : daysInMonth(parts.year, month));
  return `${isoYear(parts.year)}-${pad(month, 2)}-${pad(day, 2)}`;
}
