import { describe, it } from 'node:test';
import { expect } from '@esm-bundle/chai';
import { FIXTURE_SOURCE, fixtureStory } from './story-fixture.test-helper.js';
import { validateStory } from './validate-story.js';

const problemsOf = (input: unknown, sourceText?: string) => {
  const result = validateStory(input, sourceText === undefined ? {} : { sourceText });
  return result.ok ? [] : result.problems;
};

describe('validateStory', () => {
  it('accepts the fixture story', () => {
    expect(problemsOf(fixtureStory(), FIXTURE_SOURCE)).to.deep.equal([]);
  });

  it('keeps the story it was given (no copy) and leaves its text as written', () => {
    const story = fixtureStory();
    const result = validateStory(story, { sourceText: FIXTURE_SOURCE });
    expect(result.ok && result.story).to.equal(story);
  });

  it('refuses text made only of spaces, at its path', () => {
    const story = fixtureStory();
    story.events[0] = { ...story.events[0]!, title: { ...story.events[0]!.title, en: '   ' } };
    expect(problemsOf(story, FIXTURE_SOURCE)).to.deep.include({
      path: 'events[0].title.en',
      message: 'the English text (en) must not be empty',
    });
  });

  it('refuses text made only of invisible characters (zero-width space and joiner, word joiner)', () => {
    const story = fixtureStory();
    const invisible = '\u200b\u200d\u2060\ufeff\u00a0';
    story.events[0] = { ...story.events[0]!, title: { ...story.events[0]!.title, en: invisible } };
    expect(problemsOf(story, FIXTURE_SOURCE)).to.deep.include({
      path: 'events[0].title.en',
      message: 'the English text (en) must not be empty',
    });
  });

  it('accepts a sha256 in upper case, as some tools print it', () => {
    const story = fixtureStory();
    story.source = { ...story.source, sha256: 'AB'.repeat(32) };
    expect(problemsOf(story, FIXTURE_SOURCE)).to.deep.equal([]);
  });

  it('refuses "2025-13" and an end before its start, at their paths', () => {
    const story = fixtureStory();
    story.events[0] = { ...story.events[0]!, start: '2025-13' };
    expect(problemsOf(story)[0]).to.deep.include({ path: 'events[0].start' });
    // The value and the rule it breaks (issue 15): events[0].start: "2025-13": month 13 does not exist.
    expect(problemsOf(story)[0]?.message).to.equal(
      '"2025-13": month 13 does not exist: months are 01 to 12, like 2025-12 for December',
    );
    story.events[0] = { ...story.events[0], start: '2024', end: '2023' };
    expect(problemsOf(story)).to.deep.equal([
      {
        path: 'events[0].end',
        message: 'the end "2023" is before the start "2024"; swap them or fix the date',
      },
    ]);
  });

  it('checks entity quotes against the source as it checks event quotes', () => {
    const story = fixtureStory();
    story.entities[0] = { ...story.entities[0]!, quote: { text: '不在原文里。' } };
    expect(problemsOf(story, FIXTURE_SOURCE).map((problem) => problem.path)).to.deep.equal([
      'entities[0].quote.text',
    ]);
  });

  it('never throws on values JSON cannot hold, and quotes a bad value only in part', () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    for (const value of [10n, loop, Symbol('x'), 'x'.repeat(100_000)]) {
      const story = {
        ...fixtureStory(),
        events: [{ ...fixtureStory().events[0]!, category: value }],
      };
      const problems = problemsOf(story);
      expect(problems.map((problem) => problem.path)).to.deep.equal(['events[0].category']);
      expect(problems[0]!.message).to.match(/^the category must be one of .* \(got .+\)$/);
      expect(problems[0]!.message.length).to.be.below(300);
    }
  });

  it('takes a translation in any one language, but not an empty one', () => {
    const story = JSON.parse(JSON.stringify(fixtureStory())) as Record<string, unknown> & {
      events: { quote: { translation: unknown } }[];
    };
    story.events[0]!.quote.translation = {};
    expect(problemsOf(story)[0]?.path).to.equal('events[0].quote.translation');
  });
});
