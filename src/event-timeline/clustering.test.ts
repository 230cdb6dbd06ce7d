import { expect } from '@esm-bundle/chai';
import { miniStory } from '../../test/fixtures/mini-story.js';
import { indexStory } from '../model/story-index.js';
import { clusterThreshold, countInWindow, shouldCluster } from './clustering.js';

const years = (from: number, to: number) => ({
  start: new Date(Date.UTC(from, 0, 1)),
  end: new Date(Date.UTC(to, 0, 1)),
});

describe('clusterThreshold', () => {
  it('keeps the threshold on a wide timeline, or before it has a width', () => {
    expect(clusterThreshold(1600, 24)).to.equal(24);
    expect(clusterThreshold(0, 24)).to.equal(24);
  });

  it('lowers it to about one event per 55 px on a narrow one, never below 4', () => {
    expect(clusterThreshold(1166, 24)).to.equal(21);
    expect(clusterThreshold(375, 24)).to.equal(6);
    expect(clusterThreshold(100, 24)).to.equal(4);
  });
});

describe('countInWindow', () => {
  const { spans } = indexStory(miniStory());

  it('counts the events in the window, periods that reach into it included', () => {
    expect(countInWindow(spans, years(1900, 2100))).to.equal(4);
    // The roadmap (2022-2027) reaches into 2024; nothing else happens then.
    expect(countInWindow(spans, years(2024, 2025))).to.equal(1);
    expect(countInWindow(spans, years(1930, 1940))).to.equal(0);
  });

  it('counts only the events the filters leave', () => {
    expect(countInWindow(spans, years(1900, 2100), new Set(['treaty', 'cable']))).to.equal(2);
  });
});

describe('shouldCluster', () => {
  it('clusters only above the threshold', () => {
    expect(shouldCluster(25, 24)).to.equal(true);
    expect(shouldCluster(24, 24)).to.equal(false);
  });
});
