import { describe, it } from 'node:test';
import { expect } from '@esm-bundle/chai';
import { isInWindow } from './time-window.js';

const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const window = (start: string, end: string) => ({
  start: new Date(at(start)),
  end: new Date(at(end)),
});
/** The span of the year 1926, as the story index gives it: [1 Jan 1926, 1 Jan 1927). */
const year1926 = { start: at('1926-01-01'), end: at('1927-01-01') };

describe('isInWindow', () => {
  it('holds an event while any part of the time its date covers is in view', () => {
    // The timeline draws "1926" mid-year; it is in the window from January on.
    expect(isInWindow(year1926, window('1925-06-01', '1926-02-01'))).to.equal(true);
    expect(isInWindow(year1926, window('1926-12-01', '1928-01-01'))).to.equal(true);
    expect(isInWindow(year1926, window('1926-03-01', '1926-04-01'))).to.equal(true);
    expect(isInWindow(year1926, window('1900-01-01', '2000-01-01'))).to.equal(true);
  });

  it('leaves out an event outside the window, and one that only touches an edge', () => {
    expect(isInWindow(year1926, window('1930-01-01', '1940-01-01'))).to.equal(false);
    expect(isInWindow(year1926, window('1900-01-01', '1926-01-01'))).to.equal(false);
    expect(isInWindow(year1926, window('1927-01-01', '1930-01-01'))).to.equal(false);
  });
});
