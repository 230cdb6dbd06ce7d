// Shared entities, collections and the site's pages, as the build makes them
// from data/: the home page lists every story and collection; a story added as
// data files appears there, with its own page, after a build; an entity that
// exists nowhere, and two registries that define one id differently, fail the
// build with `file: path: message` and leave the out folder as it was.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import {
  expectFailedBuild,
  makeTempRoot,
  makeWorkspace,
  readJson,
  repoRoot,
  runBuild,
  snapshot,
} from './helpers.mjs';

const root = makeTempRoot('he-collections-');
after(() => rmSync(root, { recursive: true, force: true }));

const storyIds = (data) =>
  readdirSync(join(data, 'stories'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => readJson(join(data, 'stories', name)).id);

/** The ids and titles the home page lists, with the page each links to. */
function homeEntries(html) {
  return [
    ...html.matchAll(
      /<li class="entry (story|collection)" data-id="([^"]+)"><h3><a href="([^"]+)">([^<]+)</g,
    ),
  ].map(([, kind, id, href, title]) => ({ kind, id, href, title }));
}

describe('the site the build makes', () => {
  it('compiles the three stories and the collection, and the home page lists every one', () => {
    const workspace = makeWorkspace(root);
    const result = runBuild(workspace);
    assert.equal(result.status, 0, result.stderr);
    const collection = readJson(join(workspace.out, 'collections/caspian-crossroads.json'));
    assert.deepEqual(
      collection.stories.map((story) => story.id),
      ['azerbaijan-kazakhstan', 'middle-corridor-titr', 'baku-tbilisi-ceyhan-pipeline'],
    );
    // Sources once, each with its text; entities merged by id (Kazakhstan once).
    for (const story of collection.stories) assert.equal(typeof story.source.text, 'string');
    assert.equal(collection.entities.filter((entity) => entity.id === 'kazakhstan').length, 1);
    // Relations merged: Kazakhstan's membership of the OTS is backed by events of the interview.
    assert.ok(
      collection.relations.every((relation) =>
        relation.events.every((id) => /^[a-z0-9-]+\/[a-z0-9-]+$/.test(id)),
      ),
    );
    const entries = homeEntries(readFileSync(join(workspace.out, 'index.html'), 'utf8'));
    const ids = storyIds(workspace.data);
    assert.equal(ids.length, 3);
    for (const id of ids) {
      const entry = entries.find((item) => item.kind === 'story' && item.id === id);
      assert.ok(entry, `the home page lists the story "${id}"`);
      assert.equal(entry.href, `./stories/${id}/`);
      const page = readFileSync(join(workspace.out, 'stories', id, 'index.html'), 'utf8');
      assert.match(page, new RegExp(`<history-explorer src="\\.\\./${id}\\.json"`));
      assert.match(page, /<template shadowrootmode="open">/, 'the page reads without JavaScript');
    }
    assert.ok(
      entries.some((item) => item.kind === 'collection' && item.id === 'caspian-crossroads'),
    );
    assert.ok(existsSync(join(workspace.out, 'collections/caspian-crossroads/index.html')));
    for (const file of ['index.zh.html', 'index.ru.html']) {
      assert.equal(homeEntries(readFileSync(join(workspace.out, file), 'utf8')).length, 4, file);
    }
  });

  it('lists a story added as data files only, with its own page, after a build', () => {
    const workspace = makeWorkspace(root);
    const story = readJson(join(workspace.data, 'stories/middle-corridor-titr.json'));
    story.id = 'middle-corridor-copy';
    story.title = {
      zh: '抄本',
      en: 'A scratch story about the Middle Corridor',
      ru: 'Черновая история',
    };
    writeFileSync(
      join(workspace.data, 'stories/middle-corridor-copy.json'),
      `${JSON.stringify(story, null, 2)}\n`,
    );
    const result = runBuild(workspace);
    assert.equal(result.status, 0, result.stderr);
    const entries = homeEntries(readFileSync(join(workspace.out, 'index.html'), 'utf8'));
    const entry = entries.find((item) => item.id === 'middle-corridor-copy');
    assert.ok(entry, 'the new story is on the home page');
    assert.equal(entry.title, 'A scratch story about the Middle Corridor');
    assert.equal(entry.href, './stories/middle-corridor-copy/');
    const page = readFileSync(
      join(workspace.out, 'stories/middle-corridor-copy/index.html'),
      'utf8',
    );
    assert.match(page, /A scratch story about the Middle Corridor/);
  });

  it('fails on a story that refers to an entity that exists nowhere', () => {
    expectFailedBuild(root, {
      breakStory: (story) => {
        story.events[0].entities.push('atlantis');
        return `events[0].entities[${story.events[0].entities.length - 1}]`;
      },
      message: /no entity has the id "atlantis"/,
    });
  });

  it('fails on two registries that define one id differently, naming both', () => {
    const workspace = makeWorkspace(root);
    const registry = readJson(join(workspace.data, 'entities/countries.json'));
    const kazakhstan = registry.entities.find((entity) => entity.id === 'kazakhstan');
    writeFileSync(
      join(workspace.data, 'entities/zz-other.json'),
      `${JSON.stringify({ entities: [{ ...kazakhstan, wikidata: 'Q1' }] }, null, 2)}\n`,
    );
    const before = snapshot(workspace.out);
    const result = runBuild(workspace);
    assert.notEqual(result.status, 0, 'the build must fail');
    const line = result.stderr
      .split('\n')
      .find((text) => text.includes('entities/zz-other.json: '));
    assert.ok(line, result.stderr);
    assert.match(
      line,
      /entities\/zz-other\.json: entities\[0\]\.id: the entity "kazakhstan" is already defined differently in .*entities\/countries\.json \(entities\[\d+\]\)/,
    );
    assert.match(result.stderr, /dist\/ was left unchanged\./);
    assert.deepEqual(snapshot(workspace.out), before, 'the out folder is untouched');
  });

  it('warns about a story that defines a shared entity its own way, and a collection refuses it', () => {
    const workspace = makeWorkspace(root);
    const file = join(workspace.data, 'stories/middle-corridor-titr.json');
    const story = readJson(file);
    story.entities.push({
      id: 'baku',
      kind: 'place',
      name: { zh: '巴库', en: 'Baku city', ru: 'Баку' },
    });
    writeFileSync(file, JSON.stringify(story));
    const before = snapshot(workspace.out);
    const result = spawnSync(
      process.execPath,
      ['build.mjs', '--data', workspace.data, '--out', workspace.out],
      {
        cwd: repoRoot,
        encoding: 'utf8',
      },
    );
    assert.notEqual(result.status, 0, 'the collection refuses the two meanings of "baku"');
    assert.match(
      result.stdout,
      /warning: .*stories\/middle-corridor-titr\.json: entities\[\d+\]\.id: the entity "baku" is defined differently in .*entities\/places\.json/,
    );
    assert.match(
      result.stderr,
      /collections\/caspian-crossroads\.json: stories\[1\]: the entity "baku" means one thing in story "azerbaijan-kazakhstan" and another in "middle-corridor-titr"/,
    );
    assert.deepEqual(snapshot(workspace.out), before);
  });

  it('fails on a collection that names a story that does not exist', () => {
    const workspace = makeWorkspace(root);
    const file = join(workspace.data, 'collections/caspian-crossroads.json');
    const collection = readJson(file);
    collection.stories.push('no-such-story');
    writeFileSync(file, JSON.stringify(collection));
    const before = snapshot(workspace.out);
    const result = runBuild(workspace);
    assert.notEqual(result.status, 0);
    assert.match(
      result.stderr,
      /collections\/caspian-crossroads\.json: stories\[3\]: no story has the id "no-such-story"/,
    );
    assert.deepEqual(snapshot(workspace.out), before);
  });
});

// The source files are the texts as published: copied byte for byte from the research.
describe('the sources of the two encyclopedia stories', () => {
  it('are verbatim, with their licence and attribution recorded with the story', () => {
    for (const [story, file] of [
      ['middle-corridor-titr', 'middle-corridor-wikipedia.en.txt'],
      ['baku-tbilisi-ceyhan-pipeline', 'btc-pipeline-ruwiki.ru.txt'],
    ]) {
      const data = readJson(join(repoRoot, 'data/stories', `${story}.json`));
      const provenance = readJson(
        join(repoRoot, 'data/sources/provenance', file.replace(/\.\w+\.txt$/, '.provenance.json')),
      );
      assert.equal(
        data.source.sha256,
        provenance.text_stats.sha256,
        `${story}: the text as stored`,
      );
      assert.deepEqual(data.source.licence, provenance.licence);
      assert.ok(data.source.attribution.en.includes('CC BY-SA 4.0'));
    }
    // Kept exactly as the mirror stored it, missing spaces included.
    assert.match(
      readFileSync(join(repoRoot, 'data/sources/btc-pipeline-ruwiki.ru.txt'), 'utf8'),
      /августа2002/,
    );
  });
});
