import { expect } from '@esm-bundle/chai';
import { miniStory } from '../../test/fixtures/mini-story.js';
import { neighboursOf, readingOrder } from './reading-order.js';

const story = miniStory();
const ids = (events: readonly { id: string }[]) => events.map((event) => event.id);

describe('readingOrder', () => {
  it('walks every event in date order', () => {
    expect(ids(readingOrder(story))).to.deep.equal(['congress', 'treaty', 'roadmap', 'cable']);
  });

  it('walks only what the search and filters leave', () => {
    expect(ids(readingOrder(story, ['cable', 'congress']))).to.deep.equal(['congress', 'cable']);
  });
});

describe('neighboursOf', () => {
  const order = readingOrder(story);

  it('names the events before and after the selected one, and its place', () => {
    const around = neighboursOf(order, 'treaty');
    expect(around.previous?.id).to.equal('congress');
    expect(around.next?.id).to.equal('roadmap');
    expect(around.position).to.equal(2);
    expect(around.total).to.equal(4);
  });

  it('has nothing before the first event and nothing after the last', () => {
    expect(neighboursOf(order, 'congress').previous).to.equal(undefined);
    expect(neighboursOf(order, 'cable').next).to.equal(undefined);
  });

  it('starts from the first event when the selected one is not in the order', () => {
    const around = neighboursOf(readingOrder(story, ['roadmap', 'cable']), 'congress');
    expect(around.previous).to.equal(undefined);
    expect(around.next?.id).to.equal('roadmap');
    expect(around.position).to.equal(0);
  });
});
