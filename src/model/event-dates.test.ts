import { describe, it } from 'node:test';
import { expect } from '@esm-bundle/chai';
import { datesOfEvent } from './event-dates.js';
import { PartialDateError } from './edtf-date.js';

describe('datesOfEvent', () => {
  it('parses an event once, and again when its dates change', () => {
    const event: { start: string; end?: string } = { start: '2001', end: '2003' };
    const first = datesOfEvent(event);
    expect(datesOfEvent(event)).to.equal(first);
    expect(first.end).to.include({ year: 2003 });
    event.end = '..';
    expect(datesOfEvent(event).end).to.deep.equal({ bound: 'open' });
    event.start = '1999-04';
    expect(datesOfEvent(event).start).to.include({ year: 1999, month: 4 });
  });

  it('refuses a date that does not exist every time it is asked', () => {
    const event = { start: '2025-13' };
    expect(() => datesOfEvent(event)).to.throw(PartialDateError, /month 13/);
    expect(() => datesOfEvent(event)).to.throw(PartialDateError, /month 13/);
  });
});
