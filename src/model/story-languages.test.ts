import { describe, it } from 'node:test';
import { expect } from '@esm-bundle/chai';
import { checkQuotes } from './quote-checks.js';
import { reviewStory } from './review-story.js';
import { FIXTURE_SOURCE, fixtureStory } from './story-fixture.test-helper.js';
import { labelText, storyLabelLanguage, storyLanguages } from './story-languages.js';
import type { Story, TextLanguage } from './story-schema.js';
import { validateStory } from './validate-story.js';

const problemsOf = (input: unknown) => {
  const result = validateStory(input, { sourceText: FIXTURE_SOURCE });
  return result.ok ? [] : result.problems;
};

/** The fixture (a Chinese source, labels in zh and en) declaring `languages`. */
const declaring = (languages: unknown): Story =>
  ({ ...fixtureStory(), languages }) as unknown as Story;

/** The fixture as a story compiled before `languages` existed. */
function withoutLanguages(): Story {
  const story = fixtureStory();
  delete story.languages;
  return story;
}

/** The story with only the given languages left in every label (quote translations kept). */
function onlyIn(story: Story, keep: readonly TextLanguage[]): Story {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (typeof value !== 'object' || value === null) return value;
    const entries = Object.entries(value);
    const isLabel =
      entries.length > 0 && entries.every(([key]) => ['zh', 'en', 'ru'].includes(key));
    return Object.fromEntries(
      entries
        .filter(([key]) => !isLabel || keep.includes(key as TextLanguage))
        .map(([key, item]) => [key, key === 'translation' ? item : strip(item)]),
    );
  };
  return strip(story) as Story;
}

describe('a story declares its languages', () => {
  it('accepts the languages its labels give, the source language first', () => {
    expect(problemsOf(declaring(['zh', 'en']))).to.deep.equal([]);
    expect(problemsOf(declaring(['zh']))).to.deep.equal([]);
  });

  it('accepts a story whose labels are in its one language only', () => {
    expect(problemsOf(onlyIn(declaring(['zh']), ['zh']))).to.deep.equal([]);
  });

  it('refuses an empty list', () => {
    expect(problemsOf(declaring([]))).to.deep.include({
      path: 'languages',
      message: 'languages must name at least one language, the source\'s own first, like ["en"]',
    });
  });

  it('refuses an unknown code, naming it', () => {
    expect(problemsOf(declaring(['zh', 'fr']))).to.deep.include({
      path: 'languages[1]',
      message: '"fr" is not a language the stories know: use zh, en or ru',
    });
  });

  it('refuses a language listed twice', () => {
    expect(problemsOf(declaring(['zh', 'en', 'zh']))).to.deep.include({
      path: 'languages[2]',
      message: '"zh": ["zh","en","zh"] names Chinese twice; list each language once',
    });
  });

  it("refuses a first language that is not the source's, saying what to write", () => {
    expect(problemsOf(declaring(['en', 'zh']))).to.deep.include({
      path: 'languages[0]',
      message:
        '"en": the first language must be the source\'s own ("zh", source.language); write "languages": ["zh","en"]',
    });
  });

  it('requires every label in each declared language, at the missing text', () => {
    const problems = problemsOf(declaring(['zh', 'en', 'ru']));
    expect(problems).to.deep.include({
      path: 'events[0].title.ru',
      message:
        'missing: the story\'s languages ["zh","en","ru"] include Russian, so every label needs it; add "ru": "…" here, or remove "ru" from languages',
    });
    expect(problems.map((problem) => problem.path)).to.include.members([
      'title.ru',
      'source.publisher.ru',
      'entities[0].name.ru',
    ]);
  });

  it('leaves other languages optional', () => {
    const story = declaring(['zh']);
    expect(story.title.en).to.be.a('string'); // given, not declared: fine
    expect(problemsOf(story)).to.deep.equal([]);
  });

  it('refuses a label that gives no language at all', () => {
    const story = declaring(['zh']);
    story.title = {};
    expect(problemsOf(story)).to.deep.include({
      path: 'title',
      message: 'must give the text in at least one language, like {"en": "..."}',
    });
  });
});

describe('quote translations follow the declared languages', () => {
  it('requires none when the story has only the source language', () => {
    const story = onlyIn(declaring(['zh']), ['zh']);
    for (const event of story.events) delete event.quote.translation;
    expect(checkQuotes(story, FIXTURE_SOURCE).problems).to.deep.equal([]);
  });

  it("requires one into each other declared language, not the source's", () => {
    const problems = checkQuotes(declaring(['zh', 'ru']), FIXTURE_SOURCE).problems;
    expect(problems.map((problem) => problem.path)).to.include('events[0].quote.translation.ru');
    expect(problems.map((problem) => problem.path)).to.not.include(
      'events[0].quote.translation.en',
    );
    expect(problems.map((problem) => problem.path)).to.not.include(
      'events[0].quote.translation.zh',
    );
  });
});

describe('the build asks a story file for its languages', () => {
  it('reports a story without them, suggesting the list its title gives', () => {
    const story = withoutLanguages();
    expect(reviewStory(story, FIXTURE_SOURCE).problems).to.deep.include({
      path: 'languages',
      message:
        'missing: a story declares the languages of its labels, the source\'s own first; add "languages": ["zh","en"] (the languages its title gives)',
    });
  });

  it('does not once they are declared', () => {
    const paths = reviewStory(declaring(['zh', 'en']), FIXTURE_SOURCE).problems.map(
      (problem) => problem.path,
    );
    expect(paths).to.not.include('languages');
  });
});

describe('which language a reader sees the labels in', () => {
  it("is the reader's when the story has it, else the story's first", () => {
    const story = declaring(['zh', 'en']);
    expect(storyLabelLanguage(story, 'en')).to.equal('en');
    expect(storyLabelLanguage(story, 'ru')).to.equal('zh');
    expect(storyLabelLanguage(onlyIn(declaring(['zh']), ['zh']), 'en')).to.equal('zh');
  });

  it('is inferred from the title for an older story without languages', () => {
    expect(storyLanguages(withoutLanguages())).to.deep.equal(['zh', 'en']);
    expect(storyLabelLanguage(withoutLanguages(), 'ru')).to.equal('zh');
  });

  it('falls back to a language the label gives when it lacks the one asked for', () => {
    expect(labelText({ en: 'Treaty' }, 'zh')).to.equal('Treaty');
    expect(labelText({ zh: '条约', en: 'Treaty' }, 'zh')).to.equal('条约');
  });
});
