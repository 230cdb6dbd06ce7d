// The story studio as an editor uses it, end to end, on an English text it has
// never seen (test/fixtures/studio/: eight dated sentences, one relative date,
// one date after the dateline): start a story from the pasted source, make three
// events by selecting text, add two entities and a relation, exclude a mention,
// reload in the middle of an edit and restore, save; the saved files, put in a
// scratch copy of data/, pass the build, and the explorer shows the three events
// with their quotes. All under the strict CSP the site is served with.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { makeWorkspace, repoRoot, runBuild } from './helpers.mjs';
import { startSite } from './site.mjs';

const SOURCE_FILE = join(repoRoot, 'test', 'fixtures', 'studio', 'lakeside-rail.en.txt');
const SOURCE = readFileSync(SOURCE_FILE, 'utf8');
const STORY_ID = 'lakeside-rail';

/** The three events' quotes, as the editor selects them (the first spans two paragraphs). */
const FOUNDING = SOURCE.slice(
  SOURCE.indexOf('The Lakeside Rail Consortium was founded'),
  SOURCE.indexOf('another decade.') + 'another decade.'.length,
);
const TRAINS = 'Last year the consortium ordered twelve battery trains from a builder in Arden.';
const TERMINAL =
  'The new Bellport terminal is due to open in 2026, when the line will reach the ferry quay.';

let site;
const work = mkdtempSync(join(tmpdir(), 'he-studio-'));
before(async () => {
  site = await startSite({ csp: true });
});
after(async () => {
  await site?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Runs `body(root, ...args)` in the page with the studio's shadow root. */
const inStudio = (page, body, ...args) =>
  page.evaluate(
    (body, ...args) => {
      const root = document.querySelector('story-studio').shadowRoot;
      return new Function('root', 'args', `return (${body})(root, ...args)`)(root, args);
    },
    body.toString(),
    ...args,
  );

/** Sets a field's value as typing does (an `input` event per field). */
function fill(page, selector, value) {
  return inStudio(
    page,
    (root, selector, value) => {
      const field = root.querySelector(selector);
      if (!field) throw new Error(`no field ${selector}`);
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    },
    selector,
    value,
  );
}

/**
 * Fills every empty field whose path starts with `prefix` (one per story
 * language) with `text (lang)`; returns how many there were in all.
 */
function fillLabels(page, prefix, text) {
  return inStudio(
    page,
    (root, prefix, text) => {
      const fields = [...root.querySelectorAll('[data-path]')].filter((field) =>
        field.dataset.path.startsWith(prefix),
      );
      if (fields.length === 0) throw new Error(`no fields under ${prefix}`);
      for (const field of fields.filter((candidate) => candidate.value === '')) {
        field.value = `${text} (${field.lang})`;
        field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      }
      return fields.map((field) => field.dataset.path);
    },
    prefix,
    text,
  );
}

const click = (page, selector) =>
  inStudio(
    page,
    (root, selector) => {
      const element = root.querySelector(selector);
      if (!element) throw new Error(`nothing matches ${selector}`);
      element.click();
    },
    selector,
  );

/** Selects `text` in the shown source as a mouse would (a DOM selection in the shadow root). */
function selectInSource(page, text) {
  return inStudio(
    page,
    (root, text) => {
      const box = root.querySelector('.source-text');
      const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
      const nodes = [];
      let length = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes.push({ node, start: length });
        length += node.data.length;
      }
      const shown = nodes.map(({ node }) => node.data).join('');
      const start = shown.indexOf(text);
      if (start < 0) throw new Error(`the source shown does not hold ${text}`);
      const at = (offset) => {
        const hit = nodes.findLast((entry) => entry.start <= offset);
        return [hit.node, offset - hit.start];
      };
      getSelection().setBaseAndExtent(...at(start), ...at(start + text.length));
      return shown.length;
    },
    text,
  );
}

const tab = (page, name) => click(page, `.tab[data-tab="${name}"]`);

/** Makes an event from `quote` and writes what only the editor can. */
async function makeEvent(page, index, quote, title, { entities = [] } = {}) {
  await selectInSource(page, quote);
  await page.waitForFunction(
    () => !document.querySelector('story-studio').shadowRoot.querySelector('.new-event').disabled,
  );
  await click(page, '.new-event');
  await page.waitForFunction(
    (index) =>
      document
        .querySelector('story-studio')
        .shadowRoot.querySelector(`[data-path="events[${index}].title.en"]`),
    {},
    index,
  );
  const proposed = await inStudio(
    page,
    (root, index) => {
      const value = (path) => root.querySelector(`[data-path="${path}"]`)?.value;
      return {
        quote: root.querySelector('.quote').textContent,
        start: value(`events[${index}].start`),
        basis: value(`events[${index}].dateBasis.en`),
        planned: root.querySelector(`[data-path="events[${index}].planned"]`).checked,
      };
    },
    index,
  );
  await fillLabels(page, `events[${index}].title.`, title);
  await fillLabels(page, `events[${index}].summary.`, `${title}: what happened`);
  const translations = await inStudio(
    page,
    (root, index) =>
      root.querySelectorAll(`[data-path^="events[${index}].quote.translation."]`).length,
    index,
  );
  if (translations > 0) {
    await fillLabels(page, `events[${index}].quote.translation.`, `${title}: the quote`);
  }
  await fill(page, `[data-path="events[${index}].category"]`, 'transport');
  for (const [name, kind] of entities) {
    await fill(page, '.add-entity select', kind);
    await fill(page, '.add-entity input', name);
    await click(page, '.add-entity button[type="submit"]');
  }
  await click(page, '.reviewed');
  return proposed;
}

const problems = (page) =>
  inStudio(page, (root) => ({
    heading: root.querySelector('#problems-heading').textContent.trim(),
    list: [...root.querySelectorAll('.problems .problem')].map((p) => p.textContent.trim()),
  }));

/** The studio's document (story, source, file names) as the page holds it. */
const studioDocument = (page) =>
  page.evaluate(() => JSON.stringify(document.querySelector('story-studio').work));

describe('the story studio', () => {
  it('makes a story from a new English text that the build publishes and the explorer shows', async () => {
    const context = await site.browser.createBrowserContext({
      downloadBehavior: { policy: 'allow', downloadPath: work },
    });
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.evaluateOnNewDocument(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.__violations.push(`${event.violatedDirective}: ${event.blockedURI}`);
      });
    });
    await page.goto(`${site.url}studio.html`);
    await page.waitForFunction(() =>
      document.querySelector('story-studio')?.shadowRoot?.querySelector('.new-story'),
    );

    // Start from the source: pasted text, dateline, language, details.
    await fill(page, 'textarea[name="text"]', SOURCE);
    await fill(page, 'input[name="id"]', STORY_ID);
    await fill(page, 'input[name="dateline"]', '2024-06-15');
    await fill(page, 'select[name="language"]', 'en');
    await fill(page, 'input[name="title"]', 'Lakeside Rail at twenty-six');
    await fill(page, 'input[name="publisher"]', 'The Lakeside Courier');
    await fill(page, 'input[name="url"]', 'https://example.org/lakeside-rail');
    await click(page, '.start-new');
    await page.waitForFunction(() =>
      document.querySelector('story-studio').shadowRoot.querySelector('.source-text'),
    );
    const shownLength = await selectInSource(page, 'Lakeside');
    assert.equal(
      shownLength,
      SOURCE.length,
      'the source is shown exactly, character for character',
    );
    const counts = await inStudio(page, (root) => root.querySelector('.counts').textContent);
    assert.match(counts, /8 open dates/);

    // Three events by selection: a founding span of two paragraphs, a relative date, a planned one.
    const founding = await makeEvent(page, 0, FOUNDING, 'Consortium founded', {
      entities: [
        ['Lakeside Rail Consortium', 'organisation'],
        ['Bellport', 'place'],
      ],
    });
    assert.equal(founding.quote, FOUNDING, 'the quote is exactly the selected text');
    assert.equal(founding.start, '1998');
    const trains = await makeEvent(page, 1, TRAINS, 'Battery trains ordered');
    assert.equal(trains.start, '2023', 'last year, against the 2024 dateline');
    assert.match(trains.basis, /Last year.*2023/);
    assert.equal(trains.planned, false);
    const terminal = await makeEvent(page, 2, TERMINAL, 'Bellport terminal opens');
    assert.equal(terminal.start, '2026');
    assert.equal(terminal.planned, true, 'a date after the dateline is proposed as planned');

    // A relation between the two entities, supported by the founding event.
    await tab(page, 'relations');
    await fill(page, '.new-relation-type', 'located-in');
    await inStudio(page, (root) => {
      const [from, to] = root.querySelectorAll('.new-relation select:not(.new-relation-type)');
      from.value = 'lakeside-rail-consortium';
      from.dispatchEvent(new Event('change'));
      to.value = 'bellport';
      to.dispatchEvent(new Event('change'));
    });
    assert.equal(
      await inStudio(page, (root) => root.querySelector('.add-relation').disabled),
      true,
      'no relation without a supporting event',
    );
    await inStudio(page, (root) => {
      root.querySelector('.new-relation .relation-events input').click();
    });
    await click(page, '.add-relation');

    // Exclude the one date no event quotes, with its reason.
    await tab(page, 'exclusions');
    await click(page, '.open-mentions button.exclude');
    await fillLabels(page, 'coverage.exclusions[0].reason.', 'A book about the line');

    // The entities' names in the story's other languages.
    await tab(page, 'entities');
    await fillLabels(page, 'entities[0].name.', 'Lakeside Rail Consortium');
    await fillLabels(page, 'entities[1].name.', 'Bellport');

    // The story's own title and its source's details in every story language.
    await tab(page, 'story');
    await fillLabels(page, 'title.', 'Lakeside Rail at twenty-six');
    await fillLabels(page, 'source.publisher.', 'The Lakeside Courier');
    await fillLabels(page, 'source.title.', 'Lakeside Rail at twenty-six');
    await page
      .waitForFunction(
        () =>
          document.querySelector('story-studio').shadowRoot.querySelectorAll('.problems .problem')
            .length === 0,
      )
      .catch(() => undefined);
    const now = await problems(page);
    assert.deepEqual(now.list, [], 'no problem is left');
    assert.match(now.heading, /No problems/);
    assert.match(
      await inStudio(page, (root) => root.querySelector('.counts').textContent),
      /0 open dates/,
    );

    // Reload in the middle of an edit: the work comes back exactly.
    await tab(page, 'event');
    await click(page, '.event-choice');
    await fill(
      page,
      '[data-path="events[0].summary.en"]',
      'Founded by three bus operators, half-typed',
    );
    const before = await studioDocument(page);
    await page.reload();
    await page.waitForFunction(() =>
      document.querySelector('story-studio')?.shadowRoot?.querySelector('.restore-work'),
    );
    await click(page, '.restore-work');
    await page.waitForFunction(() =>
      document.querySelector('story-studio').shadowRoot.querySelector('.source-text'),
    );
    assert.equal(await studioDocument(page), before, 'the restored work is the work before reload');
    assert.equal(
      await inStudio(
        page,
        (root) => root.querySelector('[data-path="events[0].summary.en"]').value,
      ),
      'Founded by three bus operators, half-typed',
    );

    // Save: the story file and the new source file, as downloads.
    await click(page, '.save-download');
    const expected = [`${STORY_ID}.en.txt`, `${STORY_ID}.json`];
    for (let tries = 0; tries < 100; tries += 1) {
      if (expected.every((name) => readdirSync(work).includes(name))) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.deepEqual(readdirSync(work).sort(), expected);
    assert.equal(readFileSync(join(work, `${STORY_ID}.en.txt`), 'utf8'), SOURCE);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(errors, []);
    await context.close();

    // The saved files in a scratch copy of data/ pass the build ...
    const workspace = makeWorkspace(work);
    writeFileSync(
      join(workspace.data, 'stories', `${STORY_ID}.json`),
      readFileSync(join(work, `${STORY_ID}.json`)),
    );
    writeFileSync(
      join(workspace.data, 'sources', `${STORY_ID}.en.txt`),
      readFileSync(join(work, `${STORY_ID}.en.txt`)),
    );
    const build = runBuild(workspace);
    assert.equal(build.status, 0, build.stderr);
    const saved = JSON.parse(readFileSync(join(work, `${STORY_ID}.json`), 'utf8'));
    assert.equal(saved.events.length, 3);
    assert.equal(saved.entities.length, 2);
    assert.deepEqual(
      saved.relations.map(({ type, from, to, events }) => [type, from, to, events.length]),
      [['located-in', 'lakeside-rail-consortium', 'bellport', 1]],
    );
    assert.deepEqual(
      saved.coverage.exclusions.map((exclusion) => exclusion.match),
      ['2010'],
    );

    // ... and the explorer shows the three events, each with its quote.
    const server = await startStaticServer({ dir: workspace.out, csp: true });
    const reader = await site.browser.createBrowserContext();
    const readerPage = await reader.newPage();
    await readerPage.setViewport({ width: 1280, height: 800 });
    await readerPage.goto(`${server.url}embed.html?story=${STORY_ID}&lang=en`);
    const shown = [];
    for (const quote of [FOUNDING, TRAINS, TERMINAL]) {
      const story = JSON.parse(readFileSync(join(workspace.out, 'stories', `${STORY_ID}.json`)));
      const event = story.events.find((candidate) => candidate.quote.text === quote);
      assert.ok(event, `an event quotes ${quote.slice(0, 30)}`);
      await readerPage.evaluate(
        (id) => document.querySelector('history-explorer').setAttribute('selected', id),
        event.id,
      );
      const quoteShown = () =>
        readerPage.evaluate(() =>
          [
            ...(document
              .querySelector('history-explorer')
              .shadowRoot?.querySelector('source-quote')
              ?.shadowRoot?.querySelectorAll('blockquote mark') ?? []),
          ]
            .map((mark) => mark.textContent)
            .join(''),
        );
      // The quote is marked paragraph by paragraph in the source shown (no mark over the break).
      const marked = quote.replace(/\n+/g, '');
      for (let tries = 0; tries < 100 && (await quoteShown()) !== marked; tries += 1) {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      assert.equal(await quoteShown(), marked, `the explorer shows the quote of ${event.id}`);
      shown.push(event.id);
    }
    // The timeline draws its items once vis-timeline is in: wait for them.
    const wanted = ['Consortium founded', 'Battery trains ordered', 'Bellport terminal opens'];
    const timelineTitles = () =>
      readerPage.evaluate(() =>
        [
          ...(document
            .querySelector('history-explorer')
            .shadowRoot.querySelector('event-timeline')
            ?.shadowRoot?.querySelectorAll('.item-title') ?? []),
        ].map((title) => title.textContent),
      );
    let titles = await timelineTitles();
    for (let tries = 0; tries < 100; tries += 1) {
      if (wanted.every((title) => titles.some((shownTitle) => shownTitle.includes(title)))) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
      titles = await timelineTitles();
    }
    for (const title of wanted) {
      assert.ok(
        titles.some((shownTitle) => shownTitle.includes(title)),
        `the timeline shows "${title}" (it shows ${titles.join(' | ')})`,
      );
    }
    assert.equal(shown.length, 3);
    await reader.close();
    await server.close();
  });
});

/** Every violation axe-core finds in the page (shadow roots included), one line each. */
async function axeViolations(page) {
  await page.evaluate(readFileSync(join(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.help} (${JSON.stringify(violation.nodes[0]?.target)})`,
    );
  });
}

describe('the story studio, audited by axe-core', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 375, height: 800 },
  ]) {
    it(`has no violation at ${viewport.width}×${viewport.height}, at the start and while editing`, async () => {
      const context = await site.browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport(viewport);
      await page.goto(`${site.url}studio.html`);
      await page.waitForFunction(() =>
        document.querySelector('story-studio')?.shadowRoot?.querySelector('.new-story'),
      );
      assert.deepEqual(await axeViolations(page), [], 'the start');
      await fill(page, 'textarea[name="text"]', SOURCE);
      await fill(page, 'input[name="id"]', STORY_ID);
      await fill(page, 'input[name="dateline"]', '2024-06-15');
      await click(page, '.start-new');
      await page.waitForFunction(() =>
        document.querySelector('story-studio').shadowRoot.querySelector('.source-text'),
      );
      await selectInSource(page, TRAINS);
      await click(page, '.new-event');
      await page.waitForFunction(() =>
        document.querySelector('story-studio').shadowRoot.querySelector('.quote'),
      );
      for (const name of ['event', 'entities', 'relations', 'exclusions', 'story', 'publish']) {
        await tab(page, name);
        assert.deepEqual(await axeViolations(page), [], `the ${name} panel`);
      }
      await context.close();
    });
  }
});
