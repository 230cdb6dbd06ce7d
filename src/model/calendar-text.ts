/**
 * The calendar part of a date label ("1926", "18 Oct 2025", "2025年3月",
 * "март 1926 г.", "44 BC"), as `Intl.DateTimeFormat` writes it with the options
 * the labels use (UTC; numeric year, short month, numeric day; the era before
 * AD 1).
 *
 * Why not always `Intl`: a page's first `Intl` object costs 25–45 ms on the
 * bench's machine (the browser loads its ICU data), and the list of events is
 * the only thing on the way to the first paint that needs one. So the
 * interface's three locales are written out here, the same text character for
 * character (calendar-text.test.ts and a browser test compare every month and
 * era with the running `Intl`); any other locale still goes to `Intl`.
 * Figures in docs/performance.md.
 *
 * @module
 */
import { daysInMonth } from './edtf-date.js';
import { utcTime } from './partial-date.js';

/** Which parts a label shows. */
type CalendarPrecision = 'year' | 'month' | 'day';

/**
 * A label from its parts: the year as it is read (1 BC, 2 BC, … when
 * `beforeAd`), the month index 0–11 and the day, each absent below the
 * label's precision.
 */
type CalendarWords = (
  year: number,
  monthIndex: number | undefined,
  day: number | undefined,
  beforeAd: boolean,
) => string;

const EN_MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec'.split(' ');

/** en-GB: "1926", "Sept 1926", "7 Sept 1926", "44 BC", "7 Sept 44 BC". */
const enGB: CalendarWords = (year, monthIndex, day, beforeAd) => {
  const month = monthIndex === undefined ? undefined : EN_MONTHS[monthIndex];
  const text = [day, month, year].filter((part) => part !== undefined).join(' ');
  return beforeAd ? `${text} BC` : text;
};

/** zh-CN: "1926年", "1926年9月", "1926年9月7日", "公元前44年9月7日". */
const zhCN: CalendarWords = (year, monthIndex, day, beforeAd) =>
  `${beforeAd ? '公元前' : ''}${year}年` +
  (monthIndex === undefined ? '' : `${monthIndex + 1}月`) +
  (day === undefined ? '' : `${day}日`);

/** Russian's short months: alone with a year (nominative), and after a day (genitive). */
const RU_MONTHS = 'янв. февр. март апр. май июнь июль авг. сент. окт. нояб. дек.'.split(' ');
const RU_MONTHS_AFTER_DAY = 'янв. февр. мар. апр. мая июн. июл. авг. сент. окт. нояб. дек.'.split(
  ' ',
);

/** ru-RU: "1926" (no "г." after a bare year), "март 1926 г.", "7 мая 1926 г.", "44 г. до н. э.". */
const ruRU: CalendarWords = (year, monthIndex, day, beforeAd) => {
  const months = day === undefined ? RU_MONTHS : RU_MONTHS_AFTER_DAY;
  const month = monthIndex === undefined ? undefined : months[monthIndex];
  const text = [day, month, year].filter((part) => part !== undefined).join(' ');
  if (beforeAd) return `${text} г. до н. э.`;
  return month === undefined ? text : `${text} г.`;
};

/**
 * The shapes of vis-timeline's axis labels beside the labels' own: a month
 * alone ("Sept", "9月", "сент."), a day alone ("7", "7日") and a month in full
 * with its year ("September 2025", "2025年9月", "сентябрь 2025 г."), as
 * `Intl.DateTimeFormat` writes `{ month: 'short' }`, `{ day: 'numeric' }` and
 * `{ month: 'long', year: 'numeric' }`. The axis is drawn with the timeline's
 * first frame, where a page's first `Intl` object would cost as much as it did
 * the list (axis-format.ts).
 */
export type AxisShape = 'month' | 'day' | 'month-year';

/** A month alone (index 0–11), a day alone, and a month in full with its year (AD). */
interface AxisWords {
  month(monthIndex: number): string;
  day(day: number): string;
  monthYear(year: number, monthIndex: number): string;
}

const EN_LONG_MONTHS =
  'January February March April May June July August September October November December'.split(
    ' ',
  );

const RU_LONG_MONTHS =
  'январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь'.split(' ');

const enAxis: AxisWords = {
  month: (monthIndex) => EN_MONTHS[monthIndex] ?? '',
  day: (day) => String(day),
  monthYear: (year, monthIndex) => `${EN_LONG_MONTHS[monthIndex] ?? ''} ${year}`,
};

const zhAxis: AxisWords = {
  month: (monthIndex) => `${monthIndex + 1}月`,
  day: (day) => `${day}日`,
  monthYear: (year, monthIndex) => `${year}年${monthIndex + 1}月`,
};

const ruAxis: AxisWords = {
  month: (monthIndex) => RU_MONTHS[monthIndex] ?? '',
  day: (day) => String(day),
  monthYear: (year, monthIndex) => `${RU_LONG_MONTHS[monthIndex] ?? ''} ${year} г.`,
};

/**
 * An axis label of `shape` for the UTC instant `time`, as `Intl` writes it, in
 * the interface's three locales; undefined for any other locale, and for a month
 * with its year before AD 1 (its era), which the caller leaves to `Intl`.
 */
export function axisCalendarText(
  shape: AxisShape,
  time: number,
  locale: string,
): string | undefined {
  const words = WRITTEN_OUT.get(locale)?.axis;
  const date = new Date(time);
  const year = date.getUTCFullYear();
  if (!words || Number.isNaN(year)) return undefined;
  if (shape === 'month') return words.month(date.getUTCMonth());
  if (shape === 'day') return words.day(date.getUTCDate());
  return year < 1 || year > 99_999 ? undefined : words.monthYear(year, date.getUTCMonth());
}

/**
 * The locales written out (the labels' words and the axis's), by the exact tag
 * the widgets pass (`localeOf` in i18n.ts) and the bare language some callers
 * use. A `Map`, so a tag like `constructor` finds nothing.
 */
const WRITTEN_OUT = new Map<string, { readonly label: CalendarWords; readonly axis: AxisWords }>([
  ['en-GB', { label: enGB, axis: enAxis }],
  ['zh-CN', { label: zhCN, axis: zhAxis }],
  ['zh', { label: zhCN, axis: zhAxis }],
  ['ru-RU', { label: ruRU, axis: ruAxis }],
  ['ru', { label: ruRU, axis: ruAxis }],
]);

/**
 * Whether the parts name one real day, month or year, which the tables write
 * as they are; anything else (day 31 of a 30-day month, a fractional year) goes
 * to `Intl`, which rolls it over as it always did.
 */
function isPlainDate(year: number, month: number | undefined, day: number | undefined): boolean {
  if (!Number.isInteger(year) || Math.abs(year) > 99_999) return false;
  if (month === undefined) return day === undefined;
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  if (day === undefined) return true;
  return Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per locale and precision: creating them is the costly part. */
function intlFormatter(
  locale: string,
  precision: CalendarPrecision,
  withEra: boolean,
): Intl.DateTimeFormat {
  const key = `${locale}|${precision}|${withEra}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
    if (precision !== 'year') options.month = 'short';
    if (precision === 'day') options.day = 'numeric';
    if (withEra) options.era = 'short';
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * A year, month or day in `locale`, as `Intl.DateTimeFormat` writes it. The
 * calendar Intl formats has no year 0: ISO's year 0000 is 1 BC, so every year
 * before 1 is given its era ("44 BC", "公元前44年", "44 г. до н. э."), or 0000
 * would read "1" like 0001.
 *
 * @param year the ISO (astronomical) year: 0 is 1 BC.
 * @param month 1–12, or undefined for a year.
 * @param day 1–31, or undefined for a year or a month.
 */
export function calendarText(
  year: number,
  month: number | undefined,
  day: number | undefined,
  locale: string,
): string {
  const precision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  const beforeAd = year < 1;
  const words = WRITTEN_OUT.get(locale)?.label;
  if (words && isPlainDate(year, month, day)) {
    return words(
      beforeAd ? 1 - year : year,
      month === undefined ? undefined : month - 1,
      day,
      beforeAd,
    );
  }
  const time = utcTime(year, (month ?? 1) - 1, day ?? 1);
  return intlFormatter(locale, precision, beforeAd).format(time);
}
