// The collection's explorer page, as a reader uses it in headless Chromium: the
// events of its three stories on one timeline; each event's quote highlighted
// in its own source with its own citation; a shared entity lighting up events
// of several stories; the source filter hiding and showing a story's events in
// the timeline and the graph. And the old single page's links still open.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openPage, startSite, waitInExplorer } from './site.mjs';

let site;
let collection;
before(async () => {
  site = await startSite();
  collection = JSON.parse(
    readFileSync(join(site.dir, 'collections/caspian-crossroads.json'), 'utf8'),
  );
});
after(async () => {
  await site?.close();
});

const PAGE = 'collections/caspian-crossroads/';
const storyOf = (eventId) => eventId.slice(0, eventId.indexOf('/'));

async function openCollection(hash = '', viewport = { width: 1280, height: 800 }) {
  const opened = await openPage(site, viewport);
  await opened.page.goto(`${site.url}${PAGE}${hash}`);
  await waitInExplorer(opened.page, 'event-timeline', '.vis-item');
  return opened;
}

/** Scrolls to the graph (drawn when the reader reaches it) and waits until it lists `selector`. */
async function graphListing(page, selector) {
  await page.evaluate(() => {
    document
      .querySelector('history-explorer')
      .shadowRoot.querySelector('event-graph')
      .scrollIntoView();
  });
  await waitInExplorer(page, 'event-graph', selector);
}

/** The ids of the events the timeline lists (its options), in its order. */
function timelineEvents(page) {
  return page.evaluate(() =>
    [
      ...document
        .querySelector('history-explorer')
        .shadowRoot.querySelector('event-timeline')
        .shadowRoot.querySelectorAll('[role=option]'),
    ].map((option) => option.id.replace(/^option-/, '')),
  );
}

/** What the quote panel shows: the highlighted text, its language and the citation. */
function quotePanel(page) {
  return page.evaluate(() => {
    const quote = document
      .querySelector('history-explorer')
      .shadowRoot.querySelector('source-quote').shadowRoot;
    return {
      highlighted: [...quote.querySelectorAll('blockquote mark')].map((mark) => mark.textContent),
      language: quote.querySelector('blockquote')?.getAttribute('lang'),
      citation: quote.querySelector('.citation')?.textContent.replace(/\s+/g, ' ').trim(),
      licence: quote.querySelector('.citation .licence a')?.getAttribute('href') ?? null,
    };
  });
}

describe('the collection page', () => {
  it('shows the events of all three stories on one timeline', async () => {
    const { page, errors } = await openCollection();
    const ids = await timelineEvents(page);
    const stories = collection.stories.map((story) => story.id);
    assert.equal(stories.length, 3);
    const total = collection.stories.reduce((sum, story) => sum + story.events.length, 0);
    assert.equal(ids.length, total);
    for (const story of stories) {
      assert.ok(
        ids.some((id) => storyOf(id) === story),
        `the timeline lists events of "${story}"`,
      );
    }
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("shows each story's event quoted and highlighted in its own source, with its own citation", async () => {
    const expected = {
      'azerbaijan-kazakhstan/caspian-cable-agreement-2025': { lang: 'zh', cites: 'Kazinform' },
      'middle-corridor-titr/baku-tbilisi-kars-railway-2017': {
        lang: 'en',
        cites: 'Wikipedia (English)',
      },
      'baku-tbilisi-ceyhan-pipeline/btc-co-founded-2002': {
        lang: 'ru',
        cites: 'Wikipedia (Russian)',
      },
    };
    const { page } = await openCollection();
    for (const [eventId, { lang, cites }] of Object.entries(expected)) {
      const part = collection.stories.find((story) => story.id === storyOf(eventId));
      const event = part.events.find((item) => `${part.id}/${item.id}` === eventId);
      // The reader picks the event in the timeline's list (keyboard and screen readers use it).
      await page.evaluate((id) => {
        const timeline = document
          .querySelector('history-explorer')
          .shadowRoot.querySelector('event-timeline');
        timeline.dispatchEvent(
          new CustomEvent('event-select', {
            detail: { eventId: id },
            bubbles: true,
            composed: true,
          }),
        );
      }, eventId);
      await page.waitForFunction(
        (text) =>
          document
            .querySelector('history-explorer')
            .shadowRoot.querySelector('source-quote')
            .shadowRoot.querySelector('blockquote mark')
            ?.textContent.includes(text.slice(0, 12)),
        { timeout: 10000 },
        event.quote.text,
      );
      const shown = await quotePanel(page);
      assert.equal(shown.highlighted.join(''), event.quote.text, `${eventId}: the quote`);
      assert.equal(shown.language, lang, `${eventId}: the quote is in its source's language`);
      assert.match(shown.citation, new RegExp(cites.replace(/[()]/g, '\\$&')), eventId);
      assert.ok(shown.citation.includes(part.source.title.en), `${eventId}: the source's title`);
      if (part.source.licence) {
        assert.equal(shown.licence, part.source.licence.url, `${eventId}: the licence link`);
        assert.ok(shown.citation.includes(part.source.attribution.en), `${eventId}: attribution`);
      } else {
        assert.equal(shown.licence, null, `${eventId}: no licence of another source`);
      }
    }
    await page.close();
  });

  it('opens an event of any story from its deep link', async () => {
    const { page } = await openCollection(
      '#event=baku-tbilisi-ceyhan-pipeline/btc-in-service-2005',
    );
    await waitInExplorer(page, 'source-quote', 'blockquote mark');
    const shown = await quotePanel(page);
    assert.equal(
      shown.highlighted.join(''),
      'Нефтепровод вступил в строй 25 мая, когда был открыт его азербайджанский участок.',
    );
    await page.close();
  });

  it('lights up the events of Kazakhstan from at least two stories when it is selected', async () => {
    const { page } = await openCollection();
    await graphListing(page, '[data-entity="kazakhstan"] .entity-button');
    await page.evaluate(() => {
      document
        .querySelector('history-explorer')
        .shadowRoot.querySelector('event-graph')
        .shadowRoot.querySelector('[data-entity="kazakhstan"] .entity-button')
        .click();
    });
    await waitInExplorer(page, 'event-graph', '.chosen-event');
    const lit = await page.evaluate(() => {
      const explorer = document.querySelector('history-explorer').shadowRoot;
      const graph = explorer.querySelector('event-graph').shadowRoot;
      const timeline = explorer.querySelector('event-timeline');
      return {
        listed: [...graph.querySelectorAll('.chosen-event')].map((button) => button.dataset.event),
        highlighted: [...timeline.highlighted],
        drawn: timeline.shadowRoot.querySelectorAll('.vis-item.is-highlighted').length,
        status: explorer.querySelector('.entity-status')?.textContent ?? '',
      };
    });
    const stories = new Set(lit.listed.map(storyOf));
    assert.ok(stories.size >= 2, `Kazakhstan's events come from ${[...stories].join(', ')}`);
    assert.deepEqual(new Set(lit.highlighted.map(storyOf)), stories);
    assert.ok(lit.drawn > 0, 'the timeline draws the lit events');
    assert.match(lit.status, /Kazakhstan/);
    await page.close();
  });

  it("hides and shows a story's events in the timeline and the graph with the source filter", async () => {
    const { page } = await openCollection();
    await graphListing(page, '[data-entity="btc-pipeline"]');
    const state = () =>
      page.evaluate(() => {
        const explorer = document.querySelector('history-explorer').shadowRoot;
        const options = explorer
          .querySelector('event-timeline')
          .shadowRoot.querySelectorAll('[role=option]');
        const graph = explorer.querySelector('event-graph').shadowRoot;
        const button = explorer.querySelector(
          '[part=source-filter] [data-story="baku-tbilisi-ceyhan-pipeline"]',
        );
        return {
          events: [...options].map((option) => option.id.replace(/^option-/, '')),
          pipelineInGraph: graph.querySelector('[data-entity="btc-pipeline"]') !== null,
          pressed: button.getAttribute('aria-pressed'),
          label: button.textContent.trim(),
        };
      });
    const toggle = () =>
      page.evaluate(() => {
        document
          .querySelector('history-explorer')
          .shadowRoot.querySelector(
            '[part=source-filter] [data-story="baku-tbilisi-ceyhan-pipeline"]',
          )
          .click();
      });
    const before = await state();
    assert.equal(before.pressed, 'true');
    assert.equal(before.label, 'Wikipedia (Russian)');
    assert.ok(before.events.some((id) => storyOf(id) === 'baku-tbilisi-ceyhan-pipeline'));
    assert.ok(before.pipelineInGraph);

    await toggle();
    await page.waitForFunction(
      () =>
        document
          .querySelector('history-explorer')
          .shadowRoot.querySelector('event-timeline')
          .shadowRoot.querySelector('[role=option][id^="option-baku-tbilisi-ceyhan-pipeline/"]') ===
        null,
      { timeout: 10000 },
    );
    const hidden = await state();
    assert.equal(hidden.pressed, 'false');
    assert.ok(!hidden.events.some((id) => storyOf(id) === 'baku-tbilisi-ceyhan-pipeline'));
    assert.equal(hidden.events.length, before.events.length - 6);
    assert.ok(!hidden.pipelineInGraph, "the pipeline's node leaves the graph");

    await toggle();
    await page.waitForFunction(
      (count) =>
        document
          .querySelector('history-explorer')
          .shadowRoot.querySelector('event-timeline')
          .shadowRoot.querySelectorAll('[role=option]').length === count,
      { timeout: 10000 },
      before.events.length,
    );
    const shownAgain = await state();
    assert.deepEqual(shownAgain.events, before.events);
    assert.ok(shownAgain.pipelineInGraph);
    await page.close();
  });
});

describe("the old single page's links", () => {
  it("index.html#event=<id> opens the event on its story's page", async () => {
    const { page } = await openPage(site);
    await page.goto(`${site.url}index.html#event=strategic-partnership-treaty-2005&lang=ru`);
    await page.waitForFunction(
      () => location.pathname.endsWith('/stories/azerbaijan-kazakhstan/'),
      {
        timeout: 10000,
      },
    );
    assert.equal(new URL(page.url()).hash, '#event=strategic-partnership-treaty-2005&lang=ru');
    await waitInExplorer(page, 'source-quote', 'blockquote mark');
    await page.close();
  });
});
