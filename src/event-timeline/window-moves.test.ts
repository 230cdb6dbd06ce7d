import { expect } from '@esm-bundle/chai';
import type { TimelineItem } from '../model/timeline-items.js';
import {
  revealCentre,
  windowAround,
  windowAroundAll,
  zoomAnchor,
  zoomedAround,
} from './window-moves.js';

const DAY_MS = 24 * 3600 * 1000;
const utc = (year: number, month = 0, day = 1) => new Date(Date.UTC(year, month, day));
const point = (start: Date): TimelineItem => ({
  id: 'point',
  start,
  type: 'point',
  category: 'politics',
  planned: false,
  dateLabel: '',
  title: '',
});
const period = (start: Date, end: Date): TimelineItem => ({ ...point(start), end, type: 'range' });

describe('windowAroundAll', () => {
  it('spans from the first start to the last end, with margins', () => {
    const start = utc(1926);
    const end = utc(2027);
    const margin = (end.getTime() - start.getTime()) * 0.15;
    const window = windowAroundAll([point(utc(2005)), point(start), period(utc(2022), end)]);
    expect(window.start.getTime()).to.equal(start.getTime() - margin);
    expect(window.end.getTime()).to.equal(end.getTime() + margin);
  });
});

describe('windowAround', () => {
  it('shows a single date with at least 400 days on each side', () => {
    const at = utc(2005, 6, 2);
    const window = windowAround(point(at));
    expect(window.start.getTime()).to.equal(at.getTime() - 400 * DAY_MS);
    expect(window.end.getTime()).to.equal(at.getTime() + 400 * DAY_MS);
  });

  it('shows a long period with 15 % of its length on each side', () => {
    const start = utc(1900);
    const end = utc(2000);
    const margin = (end.getTime() - start.getTime()) * 0.15;
    const window = windowAround(period(start, end));
    expect(window.start.getTime()).to.equal(start.getTime() - margin);
    expect(window.end.getTime()).to.equal(end.getTime() + margin);
  });
});

describe('revealCentre', () => {
  const window = { start: utc(1900), end: utc(2000) };

  it('leaves the window alone when the event is well inside it', () => {
    expect(revealCentre(point(utc(1950)), window)).to.equal(undefined);
  });

  it('centres on an event outside the window or in its outer tenth', () => {
    expect(revealCentre(point(utc(2020)), window)).to.deep.equal(utc(2020));
    expect(revealCentre(point(utc(1905)), window)).to.deep.equal(utc(1905));
    const roadmap = period(utc(1990), utc(2010));
    expect(revealCentre(roadmap, window)!.getTime()).to.equal(
      (utc(1990).getTime() + utc(2010).getTime()) / 2,
    );
  });
});

describe('zoomedAround', () => {
  it('zooms by the factor and keeps the anchor where it was on screen', () => {
    const window = { start: utc(1900), end: utc(2000) };
    const at = utc(1930).getTime();
    const zoomed = zoomedAround(window, at, 2);
    const span = zoomed.end.getTime() - zoomed.start.getTime();
    expect(span).to.equal((window.end.getTime() - window.start.getTime()) / 2);
    const before = (at - window.start.getTime()) / (window.end.getTime() - window.start.getTime());
    expect((at - zoomed.start.getTime()) / span).to.be.closeTo(before, 1e-9);
  });
});

describe('zoomAnchor', () => {
  const window = { start: utc(1900), end: utc(2000) };
  const events = [utc(1905), utc(1962), utc(2050)].map((date) => date.getTime());

  it('holds the selected event still when it is in view', () => {
    expect(zoomAnchor(window, events, utc(1905).getTime())).to.equal(utc(1905).getTime());
  });

  it('otherwise holds the event nearest the centre, never the empty middle', () => {
    expect(zoomAnchor(window, events, utc(2050).getTime())).to.equal(utc(1962).getTime());
    expect(zoomAnchor(window, events, undefined)).to.equal(utc(1962).getTime());
  });

  it('falls back to the centre when no event is in view', () => {
    const empty = { start: utc(1920), end: utc(1940) };
    const centre = (empty.start.getTime() + empty.end.getTime()) / 2;
    expect(zoomAnchor(empty, events, undefined)).to.equal(centre);
  });
});
