import { describe, it } from 'node:test';
import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import edtf, { parse as oracleParse } from 'edtf';
import {
  daysInMonth,
  formatEdtfDate,
  formatEdtfDates,
  isDate,
  parseEventDates,
  parsePartialDate,
  PartialDateError,
  type DateBound,
} from './edtf-date.js';
import { endTime, spanOfDates, startTime } from './partial-date.js';

const yearText = (year: number) =>
  `${year < 0 ? '-' : ''}${String(Math.abs(year)).padStart(4, '0')}`;
const pad2 = (value: number) => String(value).padStart(2, '0');

const year = fc.integer({ min: -9999, max: 9999 });
const month = fc.integer({ min: 1, max: 12 });
const qualifier = fc.constantFrom('', '~', '?', '%');

/** A day that exists in its month: a fraction of the month's length. */
const dayText = fc
  .tuple(
    year.filter((y) => y !== 0),
    month,
    fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
    qualifier,
  )
  .map(
    ([y, m, fraction, q]) =>
      `${yearText(y)}-${pad2(m)}-${pad2(1 + Math.floor(fraction * daysInMonth(y, m)))}${q}`,
  );

/**
 * Years 1 to 9999: the edtf package miscounts seasons and XX months of years
 * BC, ends 0000-02-XX a day late and refuses 0000 as an interval's upper end
 * (tested below, on their own).
 */
const yearAD = fc.integer({ min: 1, max: 9999 });
const yearNotZero = year.filter((y) => y !== 0);

/** Dates with no X digits and no season: what may stand at an end of an interval. */
const intervalDate = fc.oneof(
  fc.tuple(yearNotZero, qualifier).map(([y, q]) => `${yearText(y)}${q}`),
  fc.tuple(yearNotZero, month, qualifier).map(([y, m, q]) => `${yearText(y)}-${pad2(m)}${q}`),
  dayText,
);

/** Years with their last one or two digits unspecified: 199X, 19XX, -004X. */
const unspecifiedYear = fc
  .tuple(fc.integer({ min: -999, max: 999 }), fc.constantFrom(1, 2))
  .filter(([prefix, hidden]) => prefix !== 0 && (hidden === 1 || Math.abs(prefix) < 100))
  .map(([prefix, hidden]) => {
    const digits = String(Math.abs(prefix)).padStart(4 - hidden, '0');
    return `${prefix < 0 ? '-' : ''}${digits}${'X'.repeat(hidden)}`;
  });

/** Every single date of every form levels 0 and 1 write, that the oracle counts right. */
const anyDate = fc.oneof(
  intervalDate,
  fc.tuple(yearAD, fc.integer({ min: 21, max: 24 })).map(([y, s]) => `${yearText(y)}-${s}`),
  unspecifiedYear,
  yearAD.map((y) => `${yearText(y)}-XX`),
  yearAD.map((y) => `${yearText(y)}-XX-XX`),
  fc.tuple(yearAD, month).map(([y, m]) => `${yearText(y)}-${pad2(m)}-XX`),
);

/** An end of an interval: a date, open (..) or unknown (empty). */
const intervalEnd = fc.oneof({ weight: 3, arbitrary: intervalDate }, fc.constantFrom('..', ''));
const interval = fc
  .tuple(intervalEnd, intervalEnd)
  .filter(([first, last]) => !['..', ''].includes(first) || !['..', ''].includes(last))
  .map(([first, last]) => `${first}/${last}`);

const RUNS = { seed: 20261130, numRuns: 3000 };

/** The oracle's instants for one end, as ours are written: open is ±Infinity, unknown null. */
function oracleEnd(bound: DateBound, side: 'min' | 'max'): number | null {
  if (isDate(bound)) return side === 'min' ? startTime(bound) : endTime(bound) - 1;
  if (bound.bound === 'unknown') return null;
  return side === 'min' ? -Infinity : Infinity;
}

describe('parsePartialDate against the edtf package (the oracle)', () => {
  it('accepts what the oracle accepts at level 1, and covers the same instants', () => {
    fc.assert(
      fc.property(anyDate, (text) => {
        const ours = parsePartialDate(text);
        const oracle = edtf(text, { level: 1 });
        expect(startTime(ours), `${text} starts`).to.equal(oracle.min);
        expect(endTime(ours) - 1, `${text} ends`).to.equal(oracle.max);
        const tree = oracleParse(text, { level: 1 });
        expect(ours.approximate === true, `${text} approximate`).to.equal(
          tree.approximate === true,
        );
        expect(ours.uncertain === true, `${text} uncertain`).to.equal(tree.uncertain === true);
      }),
      RUNS,
    );
  });

  it('reads intervals with open and unknown ends as the oracle does', () => {
    fc.assert(
      fc.property(interval, (text) => {
        const ours = parseEventDates(text);
        // The oracle refuses an upper end that does not begin after the lower one
        // (validateStory refuses an end before its start: validate-story.test.ts).
        const { start, end } = ours;
        fc.pre(!isDate(start) || !isDate(end) || startTime(end) > startTime(start));
        const oracle = edtf(text, { level: 1 });
        expect(ours.end, text).to.not.equal(undefined);
        if (ours.end === undefined) return;
        expect(oracleEnd(ours.start, 'min'), `${text} starts`).to.equal(oracle.min);
        expect(oracleEnd(ours.end, 'max'), `${text} ends`).to.equal(oracle.max);
      }),
      RUNS,
    );
  });

  it('refuses months, days and shapes the oracle refuses, naming the rule', () => {
    const badMonth = fc
      .tuple(year, fc.integer({ min: 0, max: 99 }))
      .filter(([, m]) => m === 0 || (m > 12 && (m < 21 || m > 24)))
      .map(([y, m]) => `${yearText(y)}-${pad2(m)}`);
    const badDay = fc
      .tuple(year, month, fc.constantFrom(0, 32, 40, 99))
      .map(([y, m, d]) => `${yearText(y)}-${pad2(m)}-${pad2(d)}`);
    const badShape = fc.constantFrom(
      '922',
      '12345',
      '1XXX',
      '199X~',
      '2001-21~',
      '2004-XX~',
      '1985-XX-12',
      '-0000',
      '2025-1',
      '2025/13',
      '2001-21/2002',
    );
    fc.assert(
      fc.property(fc.oneof(badMonth, badDay, badShape), (text) => {
        expect(() => oracleParse(text, { level: 1 }), `oracle on ${text}`).to.throw();
        expect(() => parseEventDates(text), text).to.throw(PartialDateError);
      }),
      RUNS,
    );
  });

  it('counts seasons and XX months of years BC where the oracle does not', () => {
    // The oracle gives -0043-21 a span of 86 years, and -0001-XX one that ends before it starts.
    expect(edtf('-0001-XX').min).to.be.greaterThan(edtf('-0001-XX').max ?? 0);
    const spring = parsePartialDate('-0043-21');
    expect([startTime(spring), endTime(spring)]).to.deep.equal([
      edtf('-0043-01').min,
      edtf('-0043-04').min,
    ]);
    const february = parsePartialDate('0000-02-XX'); // year 0 is a leap year
    expect(endTime(february)).to.equal(edtf('0000-03').min);
    expect(parseEventDates('0000-01-01/0000').end).to.deep.include({ year: 0 });
    const someMonth = parsePartialDate('-0001-XX');
    expect([startTime(someMonth), endTime(someMonth)]).to.deep.equal([
      edtf('-0001').min,
      edtf('0000').min,
    ]);
  });

  it('is stricter than the oracle where the day does not exist (the oracle rolls 2025-02-29 over to March)', () => {
    expect(edtf('2025-02-29').min).to.equal(Date.UTC(2025, 2, 1));
    expect(() => parsePartialDate('2025-02-29')).to.throw(
      PartialDateError,
      '"2025-02-29": month 2 of 2025 has 28 days',
    );
  });
});

describe('format → parse', () => {
  it('gives back every valid date unchanged', () => {
    fc.assert(
      fc.property(anyDate, (text) => {
        const date = parsePartialDate(text);
        expect(formatEdtfDate(date), text).to.equal(text);
        expect(parsePartialDate(formatEdtfDate(date))).to.deep.equal(date);
      }),
      RUNS,
    );
  });

  it('gives back every interval unchanged', () => {
    fc.assert(
      fc.property(interval, (text) => {
        const dates = parseEventDates(text);
        expect(formatEdtfDates(dates)).to.equal(text);
        expect(parseEventDates(formatEdtfDates(dates))).to.deep.equal(dates);
      }),
      RUNS,
    );
  });
});

describe('parsePartialDate', () => {
  it('reads each level 1 form into what it says', () => {
    expect(parsePartialDate('-0043')).to.deep.equal({ year: -43, precision: 'year' });
    expect(parsePartialDate('1920~')).to.deep.equal({
      year: 1920,
      precision: 'year',
      approximate: true,
    });
    expect(parsePartialDate('1920%')).to.deep.include({ approximate: true, uncertain: true });
    expect(parsePartialDate('199X')).to.deep.equal({
      year: 1990,
      precision: 'decade',
      unspecifiedYearDigits: 1,
    });
    expect(parsePartialDate('19XX').precision).to.equal('century');
    expect(parsePartialDate('2025-XX')).to.deep.equal({
      year: 2025,
      precision: 'year',
      unspecifiedMonth: true,
    });
    expect(parsePartialDate('2001-21')).to.deep.equal({
      year: 2001,
      season: 21,
      precision: 'season',
    });
  });

  /** The message a date is refused with, or "accepted". */
  const rule = (text: string) => {
    try {
      parseEventDates(text);
    } catch (error) {
      return (error as Error).message;
    }
    return 'accepted';
  };

  it('says what to write for a month or day that does not exist', () => {
    // Written day first: the "month" is the day.
    expect(rule('2025-13-03')).to.equal(
      '"2025-13-03": month 13 does not exist: write the year, the month, then the day, like 2025-03-13',
    );
    expect(rule('2025-00-03')).to.equal(
      '"2025-00-03": month 0 does not exist: months are 01 to 12, like 2025-12 for December',
    );
    expect(rule('2025-03-00')).to.equal(
      '"2025-03-00": day 00 does not exist: days start at 01; write 2025-03 for the month alone',
    );
    expect(rule('2024-04-31')).to.equal(
      '"2024-04-31": month 4 of 2024 has 30 days: write 2024-04-30 at the latest, or 2024-04 for the month alone',
    );
  });

  it('names the value and the rule it breaks', () => {
    expect(rule('2025-13')).to.equal(
      '"2025-13": month 13 does not exist: months are 01 to 12, like 2025-12 for December',
    );
    expect(rule('-0000')).to.equal('"-0000": there is no year -0000: 1 BC is 0000, 2 BC is -0001');
    expect(rule('1985-04-12T10:00')).to.include('a time of day is not supported');
    expect(rule('Y170000002')).to.include('more than four digits');
    expect(rule('../..')).to.include('needs a date at one end');
    expect(rule('199X/2005')).to.include('X digits cannot end an interval');
  });

  it('says how to write a date written as a sentence writes one', () => {
    // Not "the year must have four digits": 2019 has four.
    expect(rule('March 2019')).to.equal(
      '"March 2019": write the date in digits, year first: 2019-03 for March 2019, 2019-03-12 for 12 March 2019',
    );
    expect(rule('2019 March')).to.include('in digits, year first');
    expect(rule('12.03.2019')).to.include('year first, with hyphens: 2019-03-12');
    // A slash makes an interval: "03" was quoted as if it were the date.
    expect(rule('03/2021')).to.equal(
      '"03/2021": "03" is not a year: a slash makes an interval (2019/2021, from one date to another); write a month as 2021-03, year first',
    );
    expect(rule('199X')).to.equal('accepted');
  });
});

describe('parseEventDates', () => {
  it('reads "since 2022" written as an interval or as start and end alike', () => {
    expect(parseEventDates('2022/..')).to.deep.equal(parseEventDates('2022', '..'));
    expect(parseEventDates('2022', '..').end).to.deep.equal({ bound: 'open' });
    expect(() => parseEventDates('2022/..', '2023')).to.throw(
      PartialDateError,
      'the start is already an interval',
    );
  });

  it('spans an open end to the dateline and sorts it last (latest is Infinity)', () => {
    const dateline = Date.UTC(2025, 9, 19);
    const span = spanOfDates(parseEventDates('2022/..'), dateline);
    expect([span.start, span.end, span.latest]).to.deep.equal([
      Date.UTC(2022, 0, 1),
      dateline,
      Infinity,
    ]);
    const unknown = spanOfDates(parseEventDates('2022/'), dateline);
    expect(unknown.end).to.equal(Date.UTC(2023, 0, 1));
  });
});
