import { describe, it } from 'node:test';
import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import {
  comparePartialDates,
  endOf,
  formatPartialDate,
  formatPartialDateRange,
  parsePartialDate,
  PartialDateError,
  startOf,
  tryParsePartialDate,
} from './partial-date.js';

describe('parsePartialDate', () => {
  it('keeps the precision the text gives', () => {
    expect(parsePartialDate('1926')).to.deep.equal({ year: 1926, precision: 'year' });
    expect(parsePartialDate('2025-03')).to.deep.equal({ year: 2025, month: 3, precision: 'month' });
    expect(parsePartialDate('2025-10-18')).to.deep.equal({
      year: 2025,
      month: 10,
      day: 18,
      precision: 'day',
    });
  });

  it('refuses month 13 and days that do not exist, saying why', () => {
    expect(() => parsePartialDate('2025-13')).to.throw(
      PartialDateError,
      '"2025-13" is not a valid date',
    );
    expect(() => parsePartialDate('2025-02-29')).to.throw(
      PartialDateError,
      'month 2 of 2025 has 28 days',
    );
    expect(parsePartialDate('2024-02-29').day).to.equal(29);
    expect(() => parsePartialDate('25-03')).to.throw(PartialDateError);
  });

  it('knows the leap years of years 0-99 (JS reads them as 1900-1999 unless told not to)', () => {
    // Year 0 is a leap year in the proleptic Gregorian calendar; 1900 is not.
    expect(parsePartialDate('0000-02-29').day).to.equal(29);
    expect(() => parsePartialDate('0100-02-29')).to.throw(PartialDateError, 'has 28 days');
    expect(() => parsePartialDate('0001-02-29')).to.throw(PartialDateError, 'has 28 days');
  });
});

describe('startOf / endOf', () => {
  it('spans the whole year, month or day in UTC', () => {
    expect(startOf(parsePartialDate('1926')).toISOString()).to.equal('1926-01-01T00:00:00.000Z');
    expect(endOf(parsePartialDate('1926')).toISOString()).to.equal('1927-01-01T00:00:00.000Z');
    expect(endOf(parsePartialDate('2026-12')).toISOString()).to.equal('2027-01-01T00:00:00.000Z');
    expect(endOf(parsePartialDate('2025-10-18')).toISOString()).to.equal(
      '2025-10-19T00:00:00.000Z',
    );
  });

  it('does not shift years before 100 into the 1900s', () => {
    expect(startOf(parsePartialDate('0050')).getUTCFullYear()).to.equal(50);
  });

  it("agrees with the browser's own calendar for every kind of date from 0000 to 9999", () => {
    // The spans are computed with arithmetic; Date (with setUTCFullYear, which
    // reads years 0-99 as written) is the reference.
    const reference = (year: number, monthIndex: number, day: number) => {
      const date = new Date(0);
      date.setUTCFullYear(year, monthIndex, day);
      return date.toISOString();
    };
    const pad = (value: number, width: number) => String(value).padStart(width, '0');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          const yearText = pad(year, 4);
          expect(startOf(parsePartialDate(yearText)).toISOString()).to.equal(reference(year, 0, 1));
          expect(endOf(parsePartialDate(yearText)).toISOString()).to.equal(
            reference(year + 1, 0, 1),
          );
          const monthText = `${yearText}-${pad(month, 2)}`;
          expect(endOf(parsePartialDate(monthText)).toISOString()).to.equal(
            reference(year, month, 1),
          );
          const dayText = `${monthText}-${pad(day, 2)}`;
          const date = tryParsePartialDate(dayText);
          if (!date) return;
          expect(startOf(date).toISOString(), dayText).to.equal(reference(year, month - 1, day));
          expect(endOf(date).toISOString(), dayText).to.equal(reference(year, month - 1, day + 1));
        },
      ),
      { seed: 20251018, numRuns: 2000 },
    );
  });
});

describe('comparePartialDates', () => {
  it('orders chronologically and puts a year before the months inside it', () => {
    const dates = ['2025-10-18', '2025', '1926', '2025-03', '2009'].map(parsePartialDate);
    const sorted = [...dates]
      .sort(comparePartialDates)
      .map((d) => [d.year, d.month, d.day].filter(Boolean).join('-'));
    expect(sorted).to.deep.equal(['1926', '2009', '2025', '2025-3', '2025-10-18']);
  });
});

describe('formatPartialDate', () => {
  it('shows a year as a year, never as 1 January', () => {
    expect(formatPartialDate(parsePartialDate('1926'), 'en')).to.equal('1926');
    expect(formatPartialDate(parsePartialDate('1926'), 'zh')).to.equal('1926年');
  });

  it('shows months and days at their precision in each language', () => {
    expect(formatPartialDate(parsePartialDate('2025-03'), 'en')).to.equal('Mar 2025');
    expect(formatPartialDate(parsePartialDate('2025-03'), 'zh')).to.equal('2025年3月');
    expect(formatPartialDate(parsePartialDate('2025-10-18'), 'en-GB')).to.equal('18 Oct 2025');
    expect(formatPartialDate(parsePartialDate('2025-10-18'), 'zh')).to.equal('2025年10月18日');
  });

  it('tells the year 0000 (1 BC) from the year 0001, which Intl would both show as "1"', () => {
    const yearZero = formatPartialDate(parsePartialDate('0000'), 'en');
    const yearOne = formatPartialDate(parsePartialDate('0001'), 'en');
    expect(yearZero).to.not.equal(yearOne);
    expect(yearZero).to.match(/^1 BC$/);
    expect(yearOne).to.equal('1');
  });

  it('joins a range with an en dash', () => {
    expect(
      formatPartialDateRange(parsePartialDate('2022'), parsePartialDate('2027'), 'en'),
    ).to.equal('2022–2027');
    expect(formatPartialDateRange(parsePartialDate('2025-03'), undefined, 'en')).to.equal(
      'Mar 2025',
    );
  });
});
