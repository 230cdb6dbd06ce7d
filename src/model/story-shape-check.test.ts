import { readFileSync } from 'node:fs';
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
import { fixtureStory } from './story-fixture.test-helper.js';
import { StorySchema } from './story-schema.js';
import { isStoryShaped } from './story-shape-check.generated.js';

describe('isStoryShaped (generated from the schema at build time)', () => {
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

  it('counts a minimum length in characters, also where it skips counting (two code units or more)', () => {
    // A quote must not be empty; one astral character is two UTF-16 units.
    for (const [text, valid] of [
      ['', false],
      ['a', true],
      ['\u{1F30D}', true],
      ['\uD83C', true], // a lone surrogate is a character to valibot too
    ] as const) {
      const story = fixtureStory();
      story.events[0]!.quote.text = text;
      expect(isStoryShaped(story), JSON.stringify(text)).to.equal(valid);
      expect(v.is(StorySchema, story), JSON.stringify(text)).to.equal(valid);
    }
  });

  it('counts the characters of no string that is at least twice its minimum length', () => {
    // Every minimum length is guarded by the string's length, so a long text is never scanned.
    const generated = readFileSync(
      new URL('./story-shape-check.generated.ts', import.meta.url),
      'utf8',
    );
    const minimums = [...generated.matchAll(/stringLength\(([^)]+)\) < (\d+)/g)];
    expect(minimums.length).to.be.above(0);
    for (const [check, value, minimum] of minimums) {
      const guarded = `(${value!}.length < ${2 * Number(minimum)} && ${check}`;
      expect(generated.includes(guarded), check).to.equal(true);
    }
  });

  it('checks layout positions (a record) and rejects a non-finite coordinate', () => {
    const story = fixtureStory();
    const withLayout = { ...story, layout: { positions: { a: { x: 1, y: 2 } } } };
    expect(isStoryShaped(withLayout)).to.equal(true);
    withLayout.layout.positions.a.y = Infinity;
    expect(isStoryShaped(withLayout)).to.equal(false);
    expect(v.is(StorySchema, withLayout)).to.equal(false);
  });

  it('agrees with valibot where JSON Schema has no words of its own', () => {
    const cases: [string, (story: ReturnType<typeof fixtureStory>) => void][] = [
      ['blank text', (story) => (story.title.en = ' \n\u3000')],
      ['a NaN offset', (story) => (story.events[0]!.quote.offset = NaN)],
      ['a NaN coordinate', (story) => (story.layout = { positions: { a: { x: NaN, y: 0 } } })],
      ['a link that does not parse', (story) => (story.source.url = 'https://exa mple.org/')],
      ['a link in capitals', (story) => (story.source.url = 'HTTPS://EXAMPLE.ORG/')],
      ['a script link', (story) => (story.source.url = 'javascript:alert(1)')],
      ['a translation of no language', (story) => (story.events[0]!.quote.translation = {})],
      [
        'a translation of an unknown language only',
        (story) => (story.events[0]!.quote.translation = { de: 'x' } as never),
      ],
    ];
    for (const [label, change] of cases) {
      const story = fixtureStory();
      change(story);
      expect(isStoryShaped(story), label).to.equal(v.is(StorySchema, story));
    }
    const capitals = fixtureStory();
    capitals.source.url = 'HTTPS://EXAMPLE.ORG/';
    expect(isStoryShaped(capitals), 'a link in capitals is a link').to.equal(true);
  });
});
