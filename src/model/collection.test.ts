import { describe, it } from 'node:test';
import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import * as v from 'valibot';
import { FUZZ_SEED } from '../../test/fixtures/story-mutations.js';
import { compileCollection, CompiledCollectionSchema } from './collection.js';
import { collectionAsStory, sourceOf, validateCollection } from './collection-story.js';
import { buildEntityRegistry, withSharedEntities } from './entity-registry.js';
import { FIXTURE_SOURCE, fixtureStory } from './story-fixture.test-helper.js';
import type { Story } from './story-schema.js';
import { isCollectionShaped, isStoryShaped } from './story-shape-check.generated.js';

/** Two stories over the fixture source that share ids (events and entities), as real ones do. */
function twoStories(): Map<string, Story> {
  const first = fixtureStory();
  first.source = { ...first.source, text: FIXTURE_SOURCE };
  const second: Story = {
    ...fixtureStory(),
    id: 'second',
    source: { ...first.source, title: { zh: '另一个', en: 'Another source' } },
  };
  return new Map([
    ['fixture', first],
    ['second', second],
  ]);
}

const input = { id: 'both', title: { zh: '两个', en: 'Both' }, stories: ['fixture', 'second'] };

describe('compileCollection', () => {
  it("namespaces events, merges entities by id and relations with every story's events", () => {
    const result = compileCollection(input, twoStories());
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { collection } = result;
    expect(collection.stories.map((part) => part.id)).to.deep.equal(['fixture', 'second']);
    expect(collection.entities.map((entity) => entity.id)).to.deep.equal([
      'country-a',
      'country-b',
      'agreement',
      'city-c',
    ]);
    expect(collection.relations).to.have.length(1);
    expect(collection.relations[0]?.events).to.deep.equal([
      'fixture/agreement-2024',
      'second/agreement-2024',
    ]);
  });

  it('refuses a story that does not exist, and an entity two stories define differently', () => {
    const stories = twoStories();
    const second = stories.get('second')!;
    second.entities[0] = { ...second.entities[0]!, name: { zh: '甲', en: 'A, otherwise' } };
    const result = compileCollection(
      { ...input, stories: ['fixture', 'second', 'third'] },
      stories,
    );
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.path)).to.deep.equal([
      'stories[2]',
      'stories[1]',
    ]);
    expect(result.problems[0]?.message).to.contain('no story has the id "third"');
    expect(result.problems[1]?.message).to.contain('"country-a"');
  });
});

describe('validateCollection', () => {
  it('reads a compiled collection as one story whose events keep their own source', () => {
    const result = compileCollection(input, twoStories());
    if (!result.ok) throw new Error('not compiled');
    const validation = validateCollection(JSON.parse(JSON.stringify(result.collection)));
    if (!validation.ok) throw new Error(JSON.stringify(validation.problems));
    const story = validation.story;
    expect(story.events.map((event) => event.id)).to.deep.equal([
      'fixture/agreement-2024',
      'fixture/meeting-2024',
      'second/agreement-2024',
      'second/meeting-2024',
    ]);
    expect(sourceOf(story, story.events[2]).title.en).to.equal('Another source');
    expect(sourceOf(story, story.events[0]).title.en).to.equal('Title');
    expect(collectionAsStory(result.collection).events).to.have.length(4);
  });

  it("refuses a quote that is not in its own story's source", () => {
    const result = compileCollection(input, twoStories());
    if (!result.ok) throw new Error('not compiled');
    const broken = JSON.parse(JSON.stringify(result.collection)) as {
      stories: { events: { quote: { text: string; offset?: number } }[] }[];
    };
    broken.stories[1]!.events[0]!.quote = { text: '2024年，丁国与乙国签署了协议。' };
    const validation = validateCollection(broken);
    expect(validation.ok).to.equal(false);
    if (validation.ok) return;
    expect(validation.problems[0]?.path).to.equal('stories[1].events[0].quote.text');
  });
});

describe('isCollectionShaped (generated from the schema at build time)', () => {
  const compiled = (): Record<string, unknown> => {
    const result = compileCollection(input, twoStories());
    if (!result.ok) throw new Error('not compiled');
    return JSON.parse(JSON.stringify(result.collection)) as Record<string, unknown>;
  };

  /** Every path to a value inside `value`, the value itself first. */
  function pathsIn(value: unknown, path: (string | number)[] = []): (string | number)[][] {
    const paths = [path];
    if (typeof value !== 'object' || value === null) return paths;
    for (const [key, child] of Object.entries(value)) {
      paths.push(...pathsIn(child, [...path, Array.isArray(value) ? Number(key) : key]));
    }
    return paths;
  }

  /**
   * `collection` with the value at `path` replaced by `value`; removed for undefined (an item
   * spliced out: JSON has no holes).
   */
  function changedAt(collection: unknown, path: (string | number)[], value: unknown): unknown {
    if (path.length === 0) return value;
    const copy = JSON.parse(JSON.stringify(collection)) as Record<string, unknown>;
    let parent: Record<string | number, unknown> = copy;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const last = path[path.length - 1]!;
    if (value !== undefined) parent[last] = value;
    else if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else Reflect.deleteProperty(parent, last);
    return copy;
  }

  it('says yes to a compiled collection, and a story is not one (nor a collection a story)', () => {
    const collection = compiled();
    expect(isCollectionShaped(collection)).to.equal(true);
    expect(isStoryShaped(collection)).to.equal(false);
    expect(isCollectionShaped(fixtureStory())).to.equal(false);
    expect(isStoryShaped(fixtureStory())).to.equal(true);
  });

  it('gives the same answer as valibot for the collection schema, one value changed anywhere', () => {
    const collection = compiled();
    const paths = pathsIn(collection);
    let refused = 0;
    fc.assert(
      fc.property(
        fc.nat({ max: paths.length - 1 }),
        fc.oneof(
          fc.constant(undefined),
          fc.constantFrom('', 'x', 0, -1, 1.5, Number.NaN, true, null, [], {}, ['x'], { en: '' }),
          fc.anything(),
        ),
        (index, value) => {
          const changed = changedAt(collection, paths[index]!, value);
          const valibot = v.is(CompiledCollectionSchema, changed);
          expect(isCollectionShaped(changed), JSON.stringify(paths[index])).to.equal(valibot);
          if (!valibot) refused++;
        },
      ),
      { seed: FUZZ_SEED, numRuns: 600 },
    );
    // Both answers occur: agreement is not "always no" (safe but useless) nor "always yes".
    expect(refused).to.be.within(100, 590);
  });

  it('leaves the wording of a problem to valibot, at the path where it is', () => {
    const collection = compiled();
    const broken = changedAt(collection, ['stories', 1, 'summary'], { en: '' });
    const validation = validateCollection(broken);
    expect(validation.ok).to.equal(false);
    if (validation.ok) return;
    expect(validation.problems[0]?.path).to.match(/^stories\[1\]\.summary/);
  });
});

describe('the entity registry', () => {
  const kazakhstan = {
    id: 'kazakhstan',
    kind: 'country',
    name: { zh: '哈萨克斯坦', en: 'Kazakhstan' },
    wikidata: 'Q232',
  };

  it('merges files by id and names the file that defines an id differently', () => {
    const { registry, problems } = buildEntityRegistry([
      { file: 'a.json', input: { entities: [kazakhstan] } },
      { file: 'b.json', input: { entities: [{ ...kazakhstan }] } },
      { file: 'c.json', input: { entities: [{ ...kazakhstan, wikidata: 'Q1' }] } },
    ]);
    expect([...registry.keys()]).to.deep.equal(['kazakhstan']);
    expect(problems).to.have.length(1);
    expect(problems[0]?.file).to.equal('c.json');
    expect(problems[0]?.problem.path).to.equal('entities[0].id');
    expect(problems[0]?.problem.message).to.contain('a.json (entities[0])');
  });

  it('refuses a Wikidata id that is not Q and digits', () => {
    const { problems } = buildEntityRegistry([
      { file: 'a.json', input: { entities: [{ ...kazakhstan, wikidata: 'kazakhstan' }] } },
    ]);
    expect(problems[0]?.problem.path).to.equal('entities[0].wikidata');
  });

  it('adds the shared entities a story refers to and does not define', () => {
    const { registry } = buildEntityRegistry([
      { file: 'a.json', input: { entities: [kazakhstan] } },
    ]);
    const story = fixtureStory();
    story.events[0] = {
      ...story.events[0]!,
      entities: [...story.events[0]!.entities, 'kazakhstan'],
    };
    const result = withSharedEntities(story, registry);
    expect(result.warnings).to.deep.equal([]);
    const entities = (result.input as Story).entities;
    expect(entities.map((entity) => entity.id)).to.include('kazakhstan');
    expect(withSharedEntities(fixtureStory(), registry).input).to.deep.equal(fixtureStory());
  });
});
