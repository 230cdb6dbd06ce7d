// What the build exports for each story beside its JSON (dist/stories/<id>.*): GEXF
// 1.3 that validates against the GEXF schema (xmllint, RELAX NG: see
// test/fixtures/gexf/README.md), GraphML that parses, and Web Annotations that expand
// as JSON-LD and whose selectors each find their quote in the source.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import jsonld from 'jsonld';
import { importTypeScript } from '../../scripts/import-ts.mjs';
import {
  expectFailedBuild,
  makeTempRoot,
  makeWorkspace,
  readJson,
  repoRoot,
  runBuild,
  STORY_NAME,
} from './helpers.mjs';

const root = makeTempRoot('he-exports-');
after(() => rmSync(root, { recursive: true, force: true }));

const id = STORY_NAME.replace(/\.json$/, '');
const fixtures = join(repoRoot, 'test', 'fixtures');
const interop = await importTypeScript(
  "export * from './src/interop/gexf.ts'; export * from './src/interop/web-annotations.ts';",
  repoRoot,
);

const hasXmllint = spawnSync('xmllint', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasXmllint) {
  console.warn(
    '\n!!! xmllint is not installed (Debian: apt-get install libxml2-utils): the GEXF and GraphML files are NOT validated !!!\n',
  );
}
const needsXmllint = hasXmllint ? {} : { skip: 'xmllint missing (libxml2-utils): NOT VALIDATED' };
const xmllint = (...args) => spawnSync('xmllint', args, { encoding: 'utf8' });
const validateGexf = (file) =>
  xmllint('--noout', '--relaxng', join(fixtures, 'gexf', 'gexf.rng'), file);

describe('exports written by the build', () => {
  const workspace = makeWorkspace(root);
  const file = (suffix) => join(workspace.out, 'stories', `${id}.${suffix}`);
  let story;
  before(() => {
    const build = runBuild(workspace);
    assert.equal(build.status, 0, build.stderr);
    story = readJson(file('json'));
  });

  it('GEXF validates against the GEXF 1.3 schema, in dynamic mode', needsXmllint, () => {
    const result = validateGexf(file('gexf'));
    assert.equal(result.status, 0, result.stderr);
    const gexf = readFileSync(file('gexf'), 'utf8');
    assert.match(gexf, /<graph mode="dynamic" defaultedgetype="directed" timeformat="date">/);
    assert.equal(gexf.match(/<node /g)?.length, story.entities.length);
  });

  it('GEXF that breaks the schema fails the validation (the check can fail)', needsXmllint, () => {
    const broken = join(root, 'broken.gexf');
    writeFileSync(
      broken,
      readFileSync(file('gexf'), 'utf8').replace(/ end="(\d{4})-\d\d-\d\d"/, ' end="$1-13-40"'),
    );
    assert.notEqual(validateGexf(broken).status, 0);
  });

  it('GEXF gives each node the span of its events: the treaty from 2005 to 2025', () => {
    const gexf = readFileSync(file('gexf'), 'utf8');
    const treaty = /<node id="strategic-partnership-treaty"[^>]*>/.exec(gexf)?.[0] ?? '';
    assert.match(treaty, /start="2005-01-01"/);
    assert.match(treaty, /end="2025-12-31"/);
  });

  it('GraphML parses, with a node per entity and an edge per relation', needsXmllint, () => {
    const count = (element) =>
      Number(xmllint('--xpath', `count(//*[local-name()='${element}'])`, file('graphml')).stdout);
    const edges = new Set(
      story.relations.map((relation) => `${relation.from}~${relation.type}~${relation.to}`),
    );
    assert.equal(count('node'), story.entities.length);
    assert.equal(count('edge'), edges.size);
  });

  it('Web Annotations expand as JSON-LD, one per quote', async () => {
    const collection = readJson(file('annotations.jsonld'));
    const context = readJson(join(fixtures, 'web-annotation', 'anno.jsonld'));
    const documentLoader = async (url) => {
      if (url.replace(/^https:/, 'http:') !== 'http://www.w3.org/ns/anno.jsonld') {
        throw new Error(`no network in tests: ${url}`);
      }
      return { contextUrl: null, documentUrl: url, document: context };
    };
    const expanded = await jsonld.expand(collection, { documentLoader, safe: true });
    const items =
      expanded[0]['http://www.w3.org/ns/activitystreams#first'][0][
        'http://www.w3.org/ns/activitystreams#items'
      ][0]['@list'];
    const quotes = story.events.length + story.entities.filter((entity) => entity.quote).length;
    assert.equal(items.length, quotes);
    for (const item of items) {
      assert.deepEqual(item['@type'], ['http://www.w3.org/ns/oa#Annotation']);
      const target = item['http://www.w3.org/ns/oa#hasTarget'][0];
      const selectors = target['http://www.w3.org/ns/oa#hasSelector'].map(
        (selector) => selector['@type'][0],
      );
      assert.deepEqual(selectors.sort(), [
        'http://www.w3.org/ns/oa#TextPositionSelector',
        'http://www.w3.org/ns/oa#TextQuoteSelector',
      ]);
    }
  });

  it('each selector finds its quote in the source, positions in code points', () => {
    const text = story.source.text;
    const codePoints = Array.from(text);
    const collection = readJson(file('annotations.jsonld'));
    for (const annotation of collection.first.items) {
      const [quote, position] = annotation.target[0].selector;
      assert.equal(codePoints.slice(position.start, position.end).join(''), quote.exact);
      assert.ok(text.includes(quote.prefix + quote.exact + quote.suffix), annotation.id);
    }
  });
});

describe('Web Annotation selectors', () => {
  const story = {
    id: 'astral',
    title: { en: 'Astral' },
    source: { text: '𠀀𠀁 says. The treaty was signed in 2005.\n', url: 'https://example.org/a' },
    events: [
      { id: 'treaty', title: { en: 'Treaty' }, quote: { text: 'The treaty was signed in 2005.' } },
    ],
    entities: [],
  };

  it('count Unicode code points, not UTF-16 units (a CJK Extension B character is one)', () => {
    const [target] = interop.storyToWebAnnotations(story, { language: 'en' }).first.items[0].target;
    const position = target.selector.find((selector) => selector.type === 'TextPositionSelector');
    // Two astral characters, a space, "says. ": 2 + 7 = 9 code points (11 UTF-16 units).
    assert.deepEqual([position.start, position.end], [9, 39]);
    assert.equal(target.selector[0].prefix, '𠀀𠀁 says. ');
  });

  it('link to the passage in the article with a text fragment when its URL is known', () => {
    const annotation = interop.storyToWebAnnotations(story, { language: 'en' }).first.items[0];
    assert.equal(
      annotation.target[1],
      'https://example.org/a#:~:text=The%20treaty%20was%20signed%20in%202005.',
    );
  });
});

describe('schema.org JSON-LD in the story pages', () => {
  const workspace = makeWorkspace(root);
  let page;
  let story;
  before(() => {
    // An entity with a Wikidata QID, and a name that tries to close the script element.
    // Both are shared entities (data/entities/), as the interview's countries are.
    const registry = join(workspace.data, 'entities', 'countries.json');
    const shared = readJson(registry);
    shared.entities.find((entity) => entity.id === 'azerbaijan').wikidata = 'Q227';
    shared.entities.find((entity) => entity.id === 'kazakhstan').name.en =
      'Kazakhstan</script><script>alert(1)</script>';
    writeFileSync(registry, JSON.stringify(shared, null, 2));
    const build = runBuild(workspace);
    assert.equal(build.status, 0, build.stderr);
    page = readFileSync(
      join(workspace.out, 'stories', STORY_NAME.replace(/\.json$/, ''), 'index.html'),
      'utf8',
    );
    story = readJson(join(workspace.out, 'stories', STORY_NAME));
  });

  const blocks = () =>
    [...page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) =>
      JSON.parse(match[1]),
    );

  it('describes the story, its entities (sameAs Wikidata) and its quotes', () => {
    const [data] = blocks();
    assert.equal(data['@type'], 'CreativeWork');
    assert.equal(data.about['@type'], 'NewsArticle');
    assert.equal(data.mentions.length, story.entities.length);
    assert.deepEqual(
      data.mentions.find((mention) => mention.name === 'Azerbaijan'),
      { '@type': 'Country', name: 'Azerbaijan', sameAs: 'https://www.wikidata.org/wiki/Q227' },
    );
    assert.equal(
      data.citation.length,
      story.events.length + story.entities.filter((entity) => entity.quote).length,
    );
    for (const quotation of data.citation) {
      assert.equal(quotation['@type'], 'Quotation');
      assert.ok(story.source.text.includes(quotation.text));
    }
  });

  it('holds story text as data: no name can close the script element', () => {
    assert.equal(blocks().length, 1);
    assert.ok(!page.includes('<script>alert(1)</script>'));
    assert.ok(
      blocks()[0].mentions.some(
        (mention) => mention.name === 'Kazakhstan</script><script>alert(1)</script>',
      ),
    );
  });
});

describe('event media in the story format', () => {
  it('refuses a media link that is not http(s), naming the event', () => {
    expectFailedBuild(root, {
      breakStory: (story) => {
        story.events[2].media = { url: 'javascript:alert(1)', caption: 'x' };
        return 'events[2].media.url';
      },
      message: /only http: and https: links are allowed|must be a full link/,
    });
  });
});
