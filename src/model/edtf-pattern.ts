/**
 * The shape of an event's EDTF dates as regular expressions, and the schema
 * of the `start` and `end` fields built on them: what the story schema checks first and what the JSON Schema file gives editors, so that
 * autocompletion rejects "2025-13" or "1920~~" as the author types. The parser
 * (`edtf-date.ts`) then checks what a pattern cannot: that the day exists, that
 * an interval has a date at one end.
 *
 * @module
 */
import * as v from 'valibot';
import { parseEventDates, PartialDateError } from './edtf-date.js';

const EDTF_YEAR = '-?[0-9]{4}';
const EDTF_MONTH = '(?:0[1-9]|1[0-2])';
const EDTF_DAY = '(?:0[1-9]|[12][0-9]|3[01])';
/** A year, month or day, maybe approximate (~), uncertain (?) or both (%); or a season (21-24). */
const EDTF_QUALIFIED = `${EDTF_YEAR}(?:-${EDTF_MONTH}(?:-${EDTF_DAY})?)?[~?%]?|${EDTF_YEAR}-2[1-4]`;
/** Unspecified digits: 199X, 19XX, 2025-XX, 1985-04-XX, 1985-XX-XX. */
const EDTF_UNSPECIFIED = `-?[0-9]{2}(?:[0-9]X|XX)|${EDTF_YEAR}-(?:XX(?:-XX)?|${EDTF_MONTH}-XX)`;

/**
 * An event's start: an EDTF date (level 0 or 1), or an interval whose ends
 * may be open (`..`) or unknown (empty): `2022/..`, `1984~/2004-06`, `../1930`.
 * The pattern is the shape; `parseEventDates` (edtf-date.ts) also checks that
 * the day exists and that the interval has a date at one end.
 */
export const EVENT_START_PATTERN = new RegExp(
  `^(?:${EDTF_QUALIFIED}|${EDTF_UNSPECIFIED}|(?:${EDTF_QUALIFIED}|\\.\\.)?/(?:${EDTF_QUALIFIED}|\\.\\.)?)$`,
);

/** An event's end: an EDTF date, or `..` for an open end ("since 2022" is start 2022, end ..). */
export const EVENT_END_PATTERN = new RegExp(`^(?:${EDTF_QUALIFIED}|${EDTF_UNSPECIFIED}|\\.\\.)$`);

/** Why an event date is refused, in the words of the parser: `"2025-13": month 13 does not exist`. */
function edtfRule(input: unknown, parse: (text: string) => unknown): string {
  if (typeof input !== 'string' || input.length > 40) {
    const shown =
      typeof input === 'string' ? `${JSON.stringify(input.slice(0, 40))}…` : typeof input;
    return `${shown}: ${EDTF_FORMS}`;
  }
  try {
    parse(input);
  } catch (error) {
    if (error instanceof PartialDateError) return error.message;
  }
  return `${JSON.stringify(input)}: ${EDTF_FORMS}`;
}

const EDTF_FORMS =
  'write an EDTF date like 1926, 2025-03, 2025-10-18, -0043 (44 BC), 1920~ (about), 1920? (uncertain), 199X (the 1990s) or 2001-21 (spring)';

/** The schema of an event's `start` or `end`: its pattern, and the parser's rule when it fails. */
export const eventDate = (what: string, pattern: RegExp, forms: string) =>
  v.pipe(
    v.string(`${what} must be a date written as text, like "2025-03"`),
    v.regex(pattern, (issue) => edtfRule(issue.input, (text) => parseEventDates(text))),
    v.description(`${what}: ${forms}`),
  );
