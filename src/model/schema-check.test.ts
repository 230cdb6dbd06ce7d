import { describe, it } from 'node:test';
import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import * as v from 'valibot';
import {
  anyCase,
  breakingCase,
  breakingWithExtrasCase,
  FUZZ_SEED,
  validCase,
  type StoryCase,
} from '../../test/fixtures/story-mutations.js';
import { compileSchemaCheck } from './schema-check.js';
import { fixtureStory } from './story-fixture.test-helper.js';
import { StorySchema } from './story-schema.js';

const isStoryShaped = compileSchemaCheck(StorySchema);

describe('compileSchemaCheck', () => {
  const agreesWithValibot = (arbitrary: fc.Arbitrary<StoryCase>, numRuns: number) => {
    let accepted = 0;
    fc.assert(
      fc.property(arbitrary, (storyCase) => {
        const valibot = v.is(StorySchema, storyCase.input);
        expect(isStoryShaped(storyCase.input), storyCase.label).to.equal(valibot);
        if (valibot) accepted++;
      }),
      { seed: FUZZ_SEED, numRuns, includeErrorInReport: true },
    );
    return accepted;
  };

  it('gives the same answer as valibot for the story schema, on fuzzed stories', () => {
    // The cases the validateStory fuzz tests use: each field broken in turn, valid changes, anything.
    expect(agreesWithValibot(breakingCase, 500)).to.be.below(500);
    expect(agreesWithValibot(breakingWithExtrasCase, 200)).to.be.below(200);
    // Both answers occur, so agreement is not "always no" (which would be safe but useless).
    expect(agreesWithValibot(validCase, 500)).to.be.above(250);
    expect(agreesWithValibot(anyCase, 1000)).to.be.within(100, 900);
  });

  it("checks the actions of a pipe nested in a pipe (the source's file must not be empty)", () => {
    const story = fixtureStory();
    story.source.file = '';
    expect(v.is(StorySchema, story)).to.equal(false);
    expect(isStoryShaped(story)).to.equal(false);
  });

  it('accepts the fixture story and refuses it once a required field is missing', () => {
    const story = fixtureStory();
    expect(isStoryShaped(story)).to.equal(true);
    delete (story.events[0] as { title?: unknown }).title;
    expect(isStoryShaped(story)).to.equal(false);
  });

  it('checks layout positions (a record) and rejects a non-finite coordinate', () => {
    const story = fixtureStory();
    const withLayout = { ...story, layout: { positions: { a: { x: 1, y: 2 } } } };
    expect(isStoryShaped(withLayout)).to.equal(true);
    withLayout.layout.positions.a.y = Infinity;
    expect(isStoryShaped(withLayout)).to.equal(false);
    expect(v.is(StorySchema, withLayout)).to.equal(false);
  });

  it('is never more lenient than valibot for schemas it does not compile', () => {
    const inputs: unknown[] = [
      undefined,
      null,
      {},
      { a: 'x' },
      { a: ' 12 ' },
      { a: 'x', b: 1 },
      { b: 1 },
      [],
      'text',
    ];
    const schemas: [string, v.GenericSchema][] = [
      // A missing key that is not optional fails even when its schema takes undefined.
      ['unknown entry', v.object({ a: v.unknown() })],
      ['strict object', v.strictObject({ a: v.string() })],
      ['transformation', v.object({ a: v.pipe(v.string(), v.trim(), v.minLength(2)) })],
      ['default', v.object({ a: v.optional(v.string(), 'd'), b: v.number() })],
      ['fallback', v.object({ a: v.fallback(v.number(), 0) })],
      ['union', v.object({ a: v.union([v.string(), v.number()]) })],
      ['nullish', v.object({ a: v.nullish(v.string()) })],
    ];
    for (const [name, schema] of schemas) {
      const check = compileSchemaCheck(schema);
      for (const input of inputs) {
        const label = `${name}: ${JSON.stringify(input)}`;
        if (check(input)) expect(v.is(schema, input), label).to.equal(true);
      }
    }
    expect(compileSchemaCheck(v.object({ a: v.unknown() }))({})).to.equal(false);
    expect(compileSchemaCheck(v.object({ a: v.unknown() }))({ a: undefined })).to.equal(true);
  });
});
