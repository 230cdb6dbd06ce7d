// The dates of the list of events, and the axis's labels, are written out for the
// interface's three locales (src/model/calendar-text.ts) so neither the first paint
// nor the timeline's first frame needs an Intl object. Readers see them beside text
// Intl writes (other scales, other locales): in the browser's own Intl, every year,
// month and day must read the same.
import { expect } from '@esm-bundle/chai';
import { axisMismatches, calendarMismatches } from '../../src/model/calendar-text.test-helper.js';

describe("the list's dates in Chromium's Intl", () => {
  it('read as Intl writes them, in every locale of the interface', () => {
    expect(calendarMismatches()).to.deep.equal([]);
  });

  it("and the axis's months, days and months with their year too", () => {
    expect(axisMismatches()).to.deep.equal([]);
  });
});
