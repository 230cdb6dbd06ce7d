import { expect } from '@esm-bundle/chai';
import { miniStory } from '../../test/fixtures/mini-story.js';
import { timelineView } from './timeline-view.js';

describe('timelineView', () => {
  const story = miniStory();

  it("lists the story's events in date order, in the reader's language", () => {
    const view = timelineView(story, 'zh', undefined);
    expect(view.navigableIds).to.deep.equal(['congress', 'treaty', 'roadmap', 'cable']);
    expect(view.navigable.map((item) => item.title)).to.deep.equal([
      '大会',
      '条约',
      '路线图',
      '电缆',
    ]);
    expect(view.visible).to.equal(undefined);
    expect(view.afterDateline?.start.toISOString()).to.equal('2025-10-18T00:00:00.000Z');
  });

  it('leaves the events the filters hide out of the list, not out of the items', () => {
    const view = timelineView(story, 'en', ['cable', 'treaty']);
    expect(view.navigableIds).to.deep.equal(['treaty', 'cable']);
    expect(view.itemsById.size).to.equal(4);
    expect([...view.visible!].sort()).to.deep.equal(['cable', 'treaty']);
  });

  it('keeps the items of the same story and language when only the filters change', () => {
    const all = timelineView(story, 'en', undefined);
    expect(timelineView(story, 'en', undefined, all)).to.equal(all);
    const filtered = timelineView(story, 'en', ['treaty'], all);
    expect(filtered.itemsById).to.equal(all.itemsById);
    expect(timelineView(story, 'ru', undefined, all).itemsById).not.to.equal(all.itemsById);
    expect(timelineView(miniStory(), 'en', undefined, all).itemsById).not.to.equal(all.itemsById);
  });
});
