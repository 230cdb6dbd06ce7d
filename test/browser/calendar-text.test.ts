// The dates of the list of events are written out for the interface's three
// locales (src/model/calendar-text.ts) so the first paint needs no Intl object.
// Readers see them beside vis-timeline's axis, which Intl labels: in the
// browser's own Intl, every year, month and day must read the same.
import { expect } from '@esm-bundle/chai';
import { calendarMismatches } from '../../src/model/calendar-text.test-helper.js';

describe("the list's dates in Chromium's Intl", () => {
  it('read as Intl writes them, in every locale of the interface', () => {
    expect(calendarMismatches()).to.deep.equal([]);
  });
});
