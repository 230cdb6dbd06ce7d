/**
 * calendar-text.ts against the running `Intl`, for the Node test and the
 * browser test: every year from 9999 BC+1 to AD 9999, every month of years
 * around the edges (1 BC, AD 1, two-digit years), every day of leap and common
 * years. Returns the labels that differ, so a failure names them.
 */
import { axisCalendarText, calendarText, type AxisShape } from './calendar-text.js';
import { daysInMonth } from './edtf-date.js';
import { utcTime } from './partial-date.js';

/** The tags the widgets and the model's callers pass. */
export const WRITTEN_OUT_LOCALES = ['en-GB', 'zh-CN', 'zh', 'ru-RU', 'ru'] as const;

const MONTH_YEARS = [-9999, -1000, -44, -1, 0, 1, 5, 99, 100, 999, 1000, 1582, 1926, 2025, 9999];
const DAY_YEARS = [-44, 0, 5, 1900, 2000, 2024, 2025, 9999];

/** Every `[year, month, day]` compared. */
export function* calendarCases(): Generator<[number, number | undefined, number | undefined]> {
  for (let year = -9999; year <= 9999; year++) yield [year, undefined, undefined];
  for (const year of MONTH_YEARS)
    for (let month = 1; month <= 12; month++) yield [year, month, undefined];
  for (const year of DAY_YEARS) {
    for (let month = 1; month <= 12; month++) {
      for (let day = 1; day <= daysInMonth(year, month); day++) yield [year, month, day];
    }
  }
}

/** `"locale year-month-day: ours ≠ Intl's"` for each label that differs; empty when all agree. */
export function calendarMismatches(): string[] {
  const mismatches: string[] = [];
  for (const locale of WRITTEN_OUT_LOCALES) {
    // One Intl formatter per precision and era, not per date: 20,000 years each.
    const cache = new Map<string, Intl.DateTimeFormat>();
    for (const [year, month, day] of calendarCases()) {
      const key = `${month === undefined}|${day === undefined}|${year < 1}`;
      let formatter = cache.get(key);
      if (!formatter) {
        formatter = new Intl.DateTimeFormat(locale, {
          timeZone: 'UTC',
          year: 'numeric',
          ...(month === undefined ? {} : { month: 'short' }),
          ...(day === undefined ? {} : { day: 'numeric' }),
          ...(year < 1 ? { era: 'short' } : {}),
        });
        cache.set(key, formatter);
      }
      const expected = formatter.format(utcTime(year, (month ?? 1) - 1, day ?? 1));
      const ours = calendarText(year, month, day, locale);
      if (ours !== expected) {
        mismatches.push(
          `${locale} ${[year, month, day].filter((part) => part !== undefined).join('-')}: ${JSON.stringify(ours)} ≠ ${JSON.stringify(expected)}`,
        );
      }
    }
  }
  return mismatches;
}

/** The `Intl` options each axis shape stands for (axis-format.ts's tables). */
const AXIS_OPTIONS: Record<AxisShape, Intl.DateTimeFormatOptions> = {
  month: { month: 'short' },
  day: { day: 'numeric' },
  'month-year': { month: 'long', year: 'numeric' },
};

/**
 * `axisCalendarText` against the running `Intl`: every month of the years above
 * (and every day of 31-day January) in each shape; a shape it leaves to `Intl`
 * (undefined: a month with its year before AD 1) is not compared. Returns the
 * labels that differ.
 */
export function axisMismatches(): string[] {
  const mismatches: string[] = [];
  for (const locale of WRITTEN_OUT_LOCALES) {
    for (const shape of Object.keys(AXIS_OPTIONS) as AxisShape[]) {
      const formatter = new Intl.DateTimeFormat(locale, {
        timeZone: 'UTC',
        ...AXIS_OPTIONS[shape],
      });
      const times = MONTH_YEARS.flatMap((year) =>
        Array.from({ length: 12 }, (_, month) => utcTime(year, month, 1)),
      );
      for (let day = 1; day <= 31; day++) times.push(utcTime(2025, 0, day));
      for (const time of times) {
        const ours = axisCalendarText(shape, time, locale);
        if (ours === undefined) continue;
        const expected = formatter.format(time);
        if (ours !== expected) {
          mismatches.push(
            `${locale} ${shape} ${new Date(time).toISOString().slice(0, 10)}: ${JSON.stringify(ours)} ≠ ${JSON.stringify(expected)}`,
          );
        }
      }
    }
  }
  return mismatches;
}
