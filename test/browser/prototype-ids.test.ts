/**
 * Stories whose ids are keys of every plain object (`constructor`) or the
 * widgets' and the layout's own ids (`n0`, `e0`, `he`, `future`, `option-…`,
 * `help`) draw in Chromium: the timeline shows every event, the graph its
 * entities, and nothing fails. Ids drawn by fast-check from that pool (the ones
 * the id pattern allows: `__proto__` and `toString` are refused by validation,
 * see test/node/prototype-ids.test.mjs).
 */
import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import '../../src/event-graph/define.js';
import '../../src/event-timeline/define.js';
import type { Story } from '../../src/model/story-schema.js';
import type { StoryElement } from '../../src/shared/story-element.js';
import { miniStory } from '../fixtures/mini-story.js';
import { withRenamedIds } from '../fixtures/renamed-ids.js';
import { cleanup, failOnUncaught, mount, nextEvent } from '../helpers/browser.js';

const AWKWARD_IDS = [
  ...Object.getOwnPropertyNames(Object.prototype).filter((name) => /^[a-z]+$/.test(name)),
  'prototype',
  'n0',
  'n1',
  'e0',
  'he',
  'future',
  'event',
  'option-treaty',
  'help',
];

/**
 * The mini story's ids, entities' and events' (its entity "treaty" and event
 * "treaty" share one: both are renamed to the same new id, which is allowed).
 */
const MINI_IDS = ['baku', 'org', 'treaty', 'congress', 'roadmap', 'cable'];

/** The mini story with its ids renamed, in turn, to `ids`. */
const renamed = (ids: readonly string[]): Story =>
  withRenamedIds(miniStory(), new Map(ids.map((id, index) => [MINI_IDS[index]!, id])));

describe('ids that are keys of every object, or the widgets’ own, draw', () => {
  failOnUncaught();
  afterEach(cleanup);

  const ids = fc.uniqueArray(fc.constantFrom(...AWKWARD_IDS), {
    minLength: MINI_IDS.length,
    maxLength: MINI_IDS.length,
  });

  it('in the timeline (every event drawn) and the graph (every entity listed)', async () => {
    await fc.assert(
      fc.asyncProperty(ids, async (newIds) => {
        const story = renamed(newIds);
        const timeline = mount<StoryElement>('<event-timeline></event-timeline>');
        const drawn = nextEvent(timeline, 'timeline-draw', 15000);
        timeline.story = story;
        await drawn;
        const titles = [...timeline.shadowRoot!.querySelectorAll('.vis-item')].map(
          (item) => item.textContent,
        );
        for (const event of story.events) {
          expect(
            titles.some((title) => title.includes(event.title.en!)),
            `"${event.id}" drawn`,
          ).to.equal(true);
        }

        const graph = mount<StoryElement>('<event-graph></event-graph>');
        const rendered = nextEvent(graph, 'story-render', 15000);
        graph.story = story;
        await rendered;
        await graph.updateComplete;
        expect(graph.shadowRoot!.querySelector('[role=alert]'), 'no error shown').to.equal(null);
        const listed = [...graph.shadowRoot!.querySelectorAll('[data-entity]')].map((node) =>
          node.getAttribute('data-entity'),
        );
        expect(listed).to.include.members(story.entities.map((entity) => entity.id));
        cleanup();
      }),
      { numRuns: 6, seed: 20 },
    );
  });
});
