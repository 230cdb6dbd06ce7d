import { describe, it } from 'node:test';
import { expect } from '@esm-bundle/chai';
import { miniStory } from '../../test/fixtures/mini-story.js';
import { fullExtent, toTimelineItems } from './timeline-items.js';

describe('toTimelineItems', () => {
  const items = toTimelineItems(miniStory(), (text) => text.en ?? '', 'en-GB');

  it('labels each date at its own precision', () => {
    expect(items.map((item) => item.dateLabel)).to.deep.equal([
      '1926',
      '2005',
      '2022–2027',
      'Dec 2026',
    ]);
  });

  it('places single dates mid-span, so a year is never pinned to 1 January', () => {
    const congress = items[0]!;
    expect(congress.type).to.equal('point');
    expect(congress.start.toISOString().slice(0, 10)).to.equal('1926-07-02');
  });

  it('makes periods ranges that end with the end of their last year', () => {
    const roadmap = items[2]!;
    expect(roadmap.type).to.equal('range');
    expect(roadmap.start.toISOString()).to.equal('2022-01-01T00:00:00.000Z');
    expect(roadmap.end?.toISOString()).to.equal('2028-01-01T00:00:00.000Z');
  });

  it('marks planned events and carries the category', () => {
    expect(items.map((item) => item.planned)).to.deep.equal([false, false, false, true]);
    expect(items[3]!.category).to.equal('digital');
  });

  it('titles items in the requested language', () => {
    expect(toTimelineItems(miniStory(), (text) => text.zh ?? '', 'zh-CN')[0]!.title).to.equal(
      '大会',
    );
  });
});

describe('fullExtent', () => {
  it('covers every event with a margin on both sides', () => {
    const extent = fullExtent(miniStory())!;
    expect(extent.start < new Date('1926-01-01T00:00:00Z')).to.equal(true);
    expect(extent.end > new Date('2028-01-01T00:00:00Z')).to.equal(true);
  });

  it('is the same object for the same story, so what is drawn from it can be kept', () => {
    const story = miniStory();
    expect(fullExtent(story)).to.equal(fullExtent(story));
    expect(fullExtent(miniStory())).not.to.equal(fullExtent(story));
  });
});
