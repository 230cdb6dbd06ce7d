// The shipped story as a newsroom would check it: the five events the product
// card names, at the right dates; every event bilingual, categorised, quoted
// and translated; every relation backed by events that exist; and a build
// with no warnings.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { importTypeScript } from '../../scripts/import-ts.mjs';
import { loadModel, readJson, repoRoot, storyFile, withSharedEntitiesOf } from './helpers.mjs';

// The story as the build compiles it: its shared entities (data/entities/) included.
const story = withSharedEntitiesOf(readJson(storyFile));
const sourceText = readFileSync(resolve(dirname(storyFile), story.source.file), 'utf8');
const eventsById = new Map(story.events.map((event) => [event.id, event]));

describe('the Azerbaijan–Kazakhstan story', () => {
  it('keeps its id, its schema link and the source metadata', () => {
    assert.equal(story.id, 'azerbaijan-kazakhstan');
    assert.equal(story.$schema, '../story.schema.json');
    assert.equal(story.source.dateline, '2025-10-18');
    assert.equal(story.source.language, 'zh');
    assert.deepEqual(story.source.credit, {
      zh: '编译：达娜',
      en: 'Compiled and translated by Dana',
      ru: 'Подготовила и перевела Дана',
    });
    assert.ok(
      sourceText.endsWith(`【${story.source.credit.zh}】`),
      'the credit is the one the source ends with',
    );
    for (const field of ['title', 'publisher']) {
      const text = field === 'title' ? story.title : story.source.publisher;
      assert.ok(text.zh && text.en, `${field} has zh and en`);
    }
  });

  it('has the five card events with the right dates', () => {
    const expected = {
      'turkological-congress-1926': { start: '1926' },
      'strategic-partnership-treaty-2005': { start: '2005' },
      'turkic-states-organisation-founded-2009': { start: '2009' },
      'middle-corridor-roadmap-2022': { start: '2022', end: '2027' },
      'caspian-cable-completion-2026': { start: '2026-12', planned: true },
    };
    for (const [id, dates] of Object.entries(expected)) {
      const event = eventsById.get(id);
      assert.ok(event, `event ${id} exists`);
      assert.deepEqual(
        { start: event.start, end: event.end, planned: event.planned },
        { end: undefined, planned: undefined, ...dates },
        id,
      );
    }
    const treaty = eventsById.get('strategic-partnership-treaty-2005');
    assert.match(treaty.dateBasis.zh, /今年/);
    assert.match(treaty.dateBasis.zh, /20周年/);
    assert.match(treaty.dateBasis.en, /2025 − 20 = 2005/);
    assert.equal(eventsById.get('caspian-cable-agreement-2025')?.start, '2025-03');
  });

  it('gives every event zh and en title and summary, a category and a translated quote', async () => {
    const { CATEGORIES } = await loadModel();
    assert.ok(story.events.length > 0, 'the story has events');
    for (const event of story.events) {
      for (const field of ['title', 'summary']) {
        assert.ok(event[field].zh?.trim() && event[field].en?.trim(), `${event.id}.${field}`);
      }
      assert.ok(CATEGORIES.includes(event.category), `${event.id}.category`);
      assert.ok(event.quote.translation?.en?.trim(), `${event.id}.quote.translation.en`);
      assert.ok(sourceText.includes(event.quote.text), `${event.id}.quote.text is in the source`);
      assert.ok(event.entities.length > 0, `${event.id} involves entities`);
    }
  });

  it('is complete in Russian: every label and every quote translation', () => {
    const missing = [];
    const latin = [];
    (function walk(node, path) {
      if (Array.isArray(node)) return node.forEach((item, i) => walk(item, `${path}[${i}]`));
      if (!node || typeof node !== 'object') return;
      // A label ({ zh, en }) or a quote's translation ({ en }).
      if (typeof node.en === 'string') {
        if (!/\p{Script=Cyrillic}/u.test(node.ru ?? '')) missing.push(path);
        // Titles and names are read in lists and on the graph: no word of them in Latin letters.
        if (/(title|name)$/.test(path) && /[A-Za-z]/.test(node.ru ?? '')) latin.push(path);
        return;
      }
      for (const [key, value] of Object.entries(node)) walk(value, `${path}.${key}`);
    })(story, 'story');
    assert.deepEqual(missing, [], 'labels without Russian');
    assert.deepEqual(latin, [], 'Russian titles and names with Latin letters');
    const names = new Map(story.entities.map((entity) => [entity.id, entity.name.ru]));
    assert.equal(names.get('kassym-jomart-tokayev'), 'Касым-Жомарт Токаев');
    assert.equal(names.get('ilham-aliyev'), 'Ильхам Алиев');
    assert.equal(names.get('baku'), 'Баку');
    assert.equal(names.get('nakhchivan'), 'Нахчыван');
    assert.equal(names.get('organization-of-turkic-states'), 'Организация тюркских государств');
    assert.equal(names.get('middle-corridor'), 'Средний коридор');
  });

  it('reads in Russian in its static fallback: every title in Cyrillic, quotes translated', async () => {
    const { storyFallbackHtml } = await importTypeScript(
      "export { storyFallbackHtml } from './src/fallback/story-fallback.ts';",
      repoRoot,
    );
    const html = storyFallbackHtml(story, { stylesheet: 'fallback.css', lang: 'ru' });
    const titles = [...html.matchAll(/<h[23] class="(?:event-)?title">([^<]*)</g)].map(
      (match) => match[1],
    );
    assert.equal(titles.length, story.events.length + 1, 'the story title and each event title');
    assert.deepEqual(
      titles.filter((title) => /[A-Za-z]/.test(title)),
      [],
    );
    assert.equal(html.match(/<p class="translation" lang="ru">/g)?.length, story.events.length);
    assert.match(html, /Источник: <cite>Интервью президента Алиева/);
  });

  it('marks exactly the events after the dateline as planned', () => {
    const planned = story.events.filter((event) => event.planned).map((event) => event.id);
    assert.deepEqual(planned.sort(), [
      'aliyev-state-visit-kazakhstan',
      'caspian-cable-completion-2026',
      'supreme-interstate-council-second-meeting',
      'turkological-congress-centenary-2026',
    ]);
  });

  it('cites existing events for every relation, and names zh and en for every entity', () => {
    assert.ok(story.relations.length > 0, 'the story has relations');
    assert.ok(story.entities.length > 0, 'the story has entities');
    for (const [index, relation] of story.relations.entries()) {
      for (const id of relation.events)
        assert.ok(eventsById.has(id), `relations[${index}] cites ${id}`);
    }
    for (const entity of story.entities) assert.ok(entity.name.zh && entity.name.en, entity.id);
  });

  it('compiles with no problems and no warnings, every quote located', async () => {
    const { compileStory } = await loadModel();
    const result = compileStory(story, sourceText);
    assert.equal(result.ok, true, JSON.stringify(result.problems, null, 2));
    assert.deepEqual(result.warnings, []);
    assert.equal(result.story.events.length, story.events.length);
    for (const event of result.story.events) {
      const { offset, text } = event.quote;
      assert.equal(sourceText.slice(offset, offset + text.length), text, event.id);
    }
  });

  it('covers every date mention of the source by an event quote or an explained exclusion', async () => {
    const { checkCoverage } = await loadModel();
    const { mentions, problems } = checkCoverage(story, sourceText);
    assert.deepEqual(problems, []);
    assert.ok(mentions.length >= 30, `${mentions.length} mentions found`);
    const years = mentions.filter(({ mention }) => /^\d{4}年$/.test(mention.text));
    assert.ok(years.length > 0, 'explicit years among the mentions');
    assert.ok(
      years.every(({ cover }) => cover?.by === 'event'),
      'every explicit year is an event',
    );
  });
});
