import { expect } from '@esm-bundle/chai';
import { formatAxisLabel, formatYearAt } from './axis-format.js';

/** The `Intl` options of the scales a story's axis shows (axis-format.ts's tables). */
const SCALES: readonly { scale: string; major: boolean; options: Intl.DateTimeFormatOptions }[] = [
  { scale: 'day', major: false, options: { day: 'numeric' } },
  { scale: 'week', major: false, options: { day: 'numeric' } },
  { scale: 'month', major: false, options: { month: 'short' } },
  { scale: 'year', major: false, options: { year: 'numeric' } },
  { scale: 'weekday', major: true, options: { month: 'long', year: 'numeric' } },
  { scale: 'day', major: true, options: { month: 'long', year: 'numeric' } },
  { scale: 'week', major: true, options: { month: 'long', year: 'numeric' } },
  { scale: 'month', major: true, options: { year: 'numeric' } },
];

const LOCALES = ['en-GB', 'zh-CN', 'ru-RU'];

/** Each month's first day and a few days of 2025, and years around AD 1. */
const TIMES = [
  ...Array.from({ length: 12 }, (_, month) => Date.UTC(2025, month, 1)),
  Date.UTC(2025, 9, 18),
  Date.UTC(1926, 1, 26),
  Date.UTC(926, 5, 30),
  new Date('0001-03-01T00:00:00Z').getTime(),
];

/** Records the `Intl.DateTimeFormat`s made while `run` runs. */
function intlMadeWhile(run: () => void): string[] {
  const original = Intl.DateTimeFormat;
  const made: string[] = [];
  Intl.DateTimeFormat = new Proxy(original, {
    construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      made.push(`${String(args[0])} ${JSON.stringify(args[1])}`);
      return new target(...args);
    },
  });
  try {
    run();
  } finally {
    Intl.DateTimeFormat = original;
  }
  return made;
}

describe('axis labels', () => {
  it("read as Intl writes them at each scale a story's axis shows, with no Intl object made", () => {
    const labels: string[] = [];
    const made = intlMadeWhile(() => {
      for (const locale of LOCALES)
        for (const { scale, major } of SCALES)
          for (const time of TIMES) labels.push(formatAxisLabel(time, scale, locale, major));
    });
    expect(made).to.deep.equal([]);
    const expected: string[] = [];
    for (const locale of LOCALES)
      for (const { options } of SCALES)
        for (const time of TIMES)
          expected.push(
            new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(time),
          );
    expect(labels).to.deep.equal(expected);
    // As a reader sees them: a month, a day, a month with its year, a year.
    expect(formatAxisLabel(Date.UTC(2025, 8, 1), 'month', 'ru-RU', false)).to.equal('сент.');
    expect(formatAxisLabel(Date.UTC(2025, 9, 18), 'day', 'zh-CN', false)).to.equal('18日');
    expect(formatAxisLabel(Date.UTC(2025, 8, 1), 'day', 'en-GB', true)).to.equal('September 2025');
    expect(formatAxisLabel(Date.UTC(926, 0, 1), 'year', 'en-GB', false)).to.equal('926');
  });

  it('gives a year before AD 1 its era, and leaves other scales and locales to Intl', () => {
    const bc44 = new Date('-000043-03-15T00:00:00Z').getTime();
    expect(formatAxisLabel(bc44, 'year', 'en-GB', false)).to.equal('44 BC');
    expect(formatAxisLabel(bc44, 'day', 'ru-RU', true)).to.equal('март 44 г. до н. э.');
    expect(formatYearAt(bc44, 'zh-CN')).to.equal('公元前44年');
    expect(formatYearAt(Date.UTC(2025, 2, 1), 'en-GB', true)).to.equal('Mar 2025');
    const made = intlMadeWhile(() => {
      expect(formatAxisLabel(Date.UTC(2025, 9, 18), 'month', 'en-US', false)).to.equal('Oct');
      expect(formatAxisLabel(Date.UTC(2025, 9, 18, 14, 5), 'hour', 'en-GB', false)).to.equal(
        '14:05',
      );
    });
    expect(made.length).to.equal(2);
  });
});
