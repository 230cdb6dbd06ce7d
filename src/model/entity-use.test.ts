import { describe, it } from 'node:test';
import { expect } from '@esm-bundle/chai';
import { checkEntityUse } from './entity-use.js';
import { fixtureStory } from './story-fixture.test-helper.js';

describe('checkEntityUse', () => {
  it('is silent when every entity is in an event', () => {
    expect(checkEntityUse(fixtureStory())).to.deep.equal([]);
  });

  it('warns about an entity nothing ties to the source, unless it has its own quote', () => {
    const story = fixtureStory();
    story.entities.push({ id: 'nowhere', kind: 'place', name: { zh: '无处', en: 'Nowhere' } });
    expect(checkEntityUse(story).map((warning) => warning.path)).to.deep.equal(['entities[4]']);
    story.entities[4] = { ...story.entities[4]!, quote: { text: '正如此前所说，合作很重要。' } };
    expect(checkEntityUse(story)).to.deep.equal([]);
  });

  it('warns about a repeated entity in an event and an id shared with an event', () => {
    const story = fixtureStory();
    story.events[0] = {
      ...story.events[0]!,
      entities: ['country-a', 'country-b', 'agreement', 'country-a'],
    };
    story.entities.push({
      id: 'meeting-2024',
      kind: 'meeting',
      name: { zh: '会议', en: 'Meeting' },
      quote: { text: '答：' },
    });
    expect(checkEntityUse(story).map((warning) => warning.path)).to.deep.equal([
      'entities[4].id',
      'events[0].entities[3]',
    ]);
  });
});
