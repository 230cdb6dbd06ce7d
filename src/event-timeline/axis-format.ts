/**
 * Axis labels for vis-timeline, in the reader's language at the precision of
 * the current scale, as `Intl` writes them. vis-timeline would otherwise format
 * with moment and its locales, which would have to ship for every language.
 *
 * The shapes a story's axis shows (years, months, days, a month with its year)
 * are written out for the interface's three locales (calendar-text.ts): the
 * axis is drawn in the timeline's first frame, and a page's first `Intl` object
 * costs 25–45 ms on the bench's machine (docs/performance.md). Any other shape
 * or locale is `Intl`'s.
 *
 * @module
 */
import { axisCalendarText, calendarText, type AxisShape } from '../model/calendar-text.js';

/** The scales vis-timeline steps through. */
type AxisScale =
  'millisecond' | 'second' | 'minute' | 'hour' | 'weekday' | 'day' | 'week' | 'month' | 'year';

/** The part of a moment object the formatter needs. */
interface MomentLike {
  valueOf(): number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formatters.set(key, cached);
  }
  return cached;
}

const MINOR: Record<AxisScale, Intl.DateTimeFormatOptions> = {
  millisecond: { second: '2-digit', fractionalSecondDigits: 3 },
  second: { minute: '2-digit', second: '2-digit' },
  minute: { hour: '2-digit', minute: '2-digit' },
  hour: { hour: '2-digit', minute: '2-digit' },
  weekday: { weekday: 'short', day: 'numeric' },
  day: { day: 'numeric' },
  week: { day: 'numeric' },
  month: { month: 'short' },
  year: { year: 'numeric' },
};

const MAJOR: Record<AxisScale, Intl.DateTimeFormatOptions | undefined> = {
  millisecond: { hour: '2-digit', minute: '2-digit', second: '2-digit' },
  second: { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' },
  minute: { day: 'numeric', month: 'short', year: 'numeric' },
  hour: { day: 'numeric', month: 'short', year: 'numeric' },
  weekday: { month: 'long', year: 'numeric' },
  day: { month: 'long', year: 'numeric' },
  week: { month: 'long', year: 'numeric' },
  month: { year: 'numeric' },
  year: undefined,
};

/** A label written without `Intl`, or undefined where `Intl` must write it. */
type WrittenLabel = (time: number, locale: string) => string | undefined;

/** A year alone, with its era before AD 1 ("2025", "2025年", "44 BC"). */
const yearText: WrittenLabel = (time, locale) => formatYearAt(time, locale);

const shapeText =
  (shape: AxisShape): WrittenLabel =>
  (time, locale) =>
    axisCalendarText(shape, time, locale);

/** The scales whose labels calendar-text.ts writes (the options above, the same text). */
const MINOR_WRITTEN = new Map<string, WrittenLabel>([
  ['day', shapeText('day')],
  ['week', shapeText('day')],
  ['month', shapeText('month')],
  ['year', yearText],
]);
const MAJOR_WRITTEN = new Map<string, WrittenLabel>([
  ['weekday', shapeText('month-year')],
  ['day', shapeText('month-year')],
  ['week', shapeText('month-year')],
  ['month', yearText],
]);

/** Formats one axis label; years below 1000 keep their digits ("926", not "0926"). */
export function formatAxisLabel(
  time: number,
  scale: string,
  locale: string,
  major: boolean,
): string {
  const table = major ? MAJOR : MINOR;
  const options = (table as Record<string, Intl.DateTimeFormatOptions | undefined>)[scale];
  if (!options) return '';
  const written = (major ? MAJOR_WRITTEN : MINOR_WRITTEN).get(scale)?.(time, locale);
  if (written !== undefined) return written;
  const date = new Date(time);
  // Intl's calendar has no year 0: before AD 1 a year needs its era ("1 BC"), or
  // the year 0 and the year 1 would both read "1".
  const before = options.year !== undefined && date.getUTCFullYear() < 1;
  return formatter(locale, before ? { ...options, era: 'short' } : options).format(date);
}

/**
 * An instant's year (and month, if asked) in words, with its era before AD 1:
 * "2025", "Mar 2025", "44 BC", "公元前169年". For the overview strip's ends and
 * the window's spoken label, and the year of a cluster's label.
 */
export function formatYearAt(time: Date | number, locale: string, withMonth = false): string {
  const date = new Date(time);
  return calendarText(
    date.getUTCFullYear(),
    withMonth ? date.getUTCMonth() + 1 : undefined,
    undefined,
    locale,
  );
}

/** The `format` option of vis-timeline; `locale` is read at each redraw. */
export function axisFormat(locale: () => string) {
  return {
    minorLabels: (date: MomentLike, scale: string) =>
      formatAxisLabel(date.valueOf(), scale, locale(), false),
    majorLabels: (date: MomentLike, scale: string) =>
      formatAxisLabel(date.valueOf(), scale, locale(), true),
  };
}
