import { describe, it } from 'node:test';
import { expect } from '@esm-bundle/chai';
import { calendarText } from './calendar-text.js';
import {
  axisMismatches,
  calendarMismatches,
  WRITTEN_OUT_LOCALES,
} from './calendar-text.test-helper.js';
import { formatEventDates, parseEventDates } from './partial-date.js';

describe('calendarText', () => {
  it("writes every year, month and day of the interface's locales as Intl does", () => {
    expect(calendarMismatches()).to.deep.equal([]);
  });

  it("writes the axis's months, days and months with their year as Intl does", () => {
    expect(axisMismatches()).to.deep.equal([]);
  });

  it('needs no Intl object for them (the first costs the first paint 25–45 ms)', () => {
    const original = Intl.DateTimeFormat;
    const made: string[] = [];
    Intl.DateTimeFormat = new Proxy(original, {
      construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
        made.push(String(args[0]));
        return new target(...args);
      },
    });
    try {
      const labels = WRITTEN_OUT_LOCALES.map((locale) =>
        formatEventDates(parseEventDates('-0043-03-15', '2025-09'), locale),
      );
      expect(labels).to.deep.equal([
        '15 Mar 44 BC–Sept 2025',
        '公元前44年3月15日–2025年9月',
        '公元前44年3月15日–2025年9月',
        '15 мар. 44 г. до н. э.–сент. 2025 г.',
        '15 мар. 44 г. до н. э.–сент. 2025 г.',
      ]);
      expect(made).to.deep.equal([]);
      // Any other locale is Intl's.
      expect(calendarText(2025, 10, 18, 'en-US')).to.equal('Oct 18, 2025');
      expect(made).to.deep.equal(['en-US']);
    } finally {
      Intl.DateTimeFormat = original;
    }
  });

  it('leaves a day its month does not have to Intl, which rolls it over', () => {
    expect(calendarText(2025, 2, 29, 'en-GB')).to.equal('1 Mar 2025');
    expect(calendarText(2024, 2, 29, 'en-GB')).to.equal('29 Feb 2024');
  });
});
