import { describe, it } from 'node:test';
import { expect } from '@esm-bundle/chai';
import { miniStory } from '../../test/fixtures/mini-story.js';
import {
  entitiesOfEvent,
  entitiesOfEvents,
  eventsInRange,
  eventsOfEntity,
  filteredEventIds,
  indexStory,
  relationsAmong,
  searchEvents,
} from './story-index.js';

describe('indexStory', () => {
  it('orders events by date, whatever order the file lists them in', () => {
    const story = miniStory();
    story.events.reverse();
    expect(indexStory(story).chronological.map((event) => event.id)).to.deep.equal([
      'congress',
      'treaty',
      'roadmap',
      'cable',
    ]);
  });

  it('orders events that share a start by their end, then by id, in any file order', () => {
    const story = miniStory();
    const template = story.events[0];
    if (!template) throw new Error('the fixture has events');
    const dated = (id: string, start: string, end?: string) => ({ ...template, id, start, end });
    const expected = ['before', 'day', 'month', 'a-year', 'b-year', 'years', 'may', 'open'];
    const events = [
      dated('b-year', '2001'),
      dated('may', '2001-05'),
      dated('years', '2001/2003'),
      dated('before', '1999'),
      dated('open', '2001-05', '..'),
      dated('day', '2001-01-01'),
      dated('a-year', '2001'),
      dated('month', '2001-01'),
    ];
    // Each rotation and its reverse: the order never depends on the file's.
    for (let turn = 0; turn < events.length; turn++) {
      const rotated = [...events.slice(turn), ...events.slice(0, turn)];
      for (const order of [rotated, [...rotated].reverse()]) {
        const shuffled = { ...story, events: order };
        expect(indexStory(shuffled).chronological.map((event) => event.id)).to.deep.equal(expected);
      }
    }
  });

  it('is computed once per story object', () => {
    const story = miniStory();
    expect(indexStory(story)).to.equal(indexStory(story));
  });
});

describe('entity and event lookups', () => {
  const story = miniStory();

  it('gives the entities an event involves and the events of an entity', () => {
    expect([...entitiesOfEvent(story, 'treaty')]).to.deep.equal(['treaty', 'org']);
    expect(eventsOfEntity(story, 'org')).to.deep.equal(['congress', 'treaty', 'roadmap']);
    expect(eventsOfEntity(story, 'nobody')).to.deep.equal([]);
  });

  it('finds relations among a set of entities only', () => {
    expect(relationsAmong(story, new Set(['org', 'treaty'])).map((r) => r.type)).to.deep.equal([
      'party-to',
    ]);
  });

  it('finds events overlapping a window, periods included', () => {
    const inRange = eventsInRange(
      story,
      new Date('2024-01-01T00:00:00Z'),
      new Date('2025-01-01T00:00:00Z'),
    );
    expect([...inRange]).to.deep.equal(['roadmap']);
    const century = eventsInRange(
      story,
      new Date('1900-01-01T00:00:00Z'),
      new Date('2100-01-01T00:00:00Z'),
    );
    expect(century.size).to.equal(4);
  });

  it('counts both ends of relations cited by the events as present', () => {
    expect([...entitiesOfEvents(story, new Set(['congress']))].sort()).to.deep.equal([
      'baku',
      'org',
    ]);
  });
});

describe('searchEvents', () => {
  const story = miniStory();

  it('matches titles, quotes and entity names in any language, every word required', () => {
    expect([...searchEvents(story, 'baku')]).to.deep.equal(['congress']);
    expect([...searchEvents(story, '条约')]).to.deep.equal(['treaty', 'cable']);
    expect([...searchEvents(story, 'signed treaty')]).to.deep.equal(['treaty']);
    expect([...searchEvents(story, 'signed baku')]).to.deep.equal([]);
  });

  it('returns every event for an empty query', () => {
    expect(searchEvents(story, '  ').size).to.equal(4);
  });
});

describe('filteredEventIds', () => {
  it('leaves everything (undefined) when neither a search nor a filter is in force', () => {
    expect(filteredEventIds(miniStory(), '  ', new Set())).to.equal(undefined);
  });

  it('keeps the events the search finds and the filters leave, in date order', () => {
    const story = miniStory();
    expect(filteredEventIds(story, '', new Set(['culture']))).to.deep.equal([
      'treaty',
      'roadmap',
      'cable',
    ]);
    expect(filteredEventIds(story, 'congress', new Set(['culture']))).to.deep.equal([]);
    expect(filteredEventIds(story, 'congress', new Set())).to.deep.equal(['congress']);
  });
});
