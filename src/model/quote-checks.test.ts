import { describe, it } from 'node:test';
import { expect } from '@esm-bundle/chai';
import { checkQuotes } from './quote-checks.js';
import { FIXTURE_SOURCE, fixtureEvent, fixtureStory } from './story-fixture.test-helper.js';
import type { Story } from './story-schema.js';

function withFirstEvent(overrides: Parameters<typeof fixtureEvent>[0]): Story {
  const story = fixtureStory();
  story.events = [fixtureEvent(overrides), ...story.events.slice(1)];
  return story;
}

describe('checkQuotes', () => {
  it('passes whole, unique, translated quotes', () => {
    expect(checkQuotes(fixtureStory(), FIXTURE_SOURCE)).to.deep.equal({
      problems: [],
      warnings: [],
    });
  });

  it('refuses a quote that starts or stops inside a sentence, showing the rest of it', () => {
    const translation = { en: 'x' };
    const late = withFirstEvent({ quote: { text: '甲国与乙国签署了协议。', translation } });
    const problems = checkQuotes(late, FIXTURE_SOURCE).problems;
    expect(problems.filter((problem) => problem.path === 'events[0].quote.text')).to.deep.equal([
      {
        path: 'events[0].quote.text',
        message:
          'the quote starts in the middle of a sentence (line 5, column 9); the sentence begins "2024年，". Quote whole sentences, so the reader sees the full statement.',
      },
    ]);
    const early = withFirstEvent({ quote: { text: '2024年，甲国与乙国', translation } });
    expect(checkQuotes(early, FIXTURE_SOURCE).problems[0]?.message).to.include(
      'the quote stops in the middle of a sentence (line 5, column 14); the sentence goes on "签署了协议。"',
    );
  });

  it('accepts a quote that ends at the end of a paragraph without punctuation', () => {
    const story = fixtureStory();
    story.entities[0] = {
      ...story.entities[0]!,
      quote: { text: ' date 2025-10-18 全文：', translation: { en: 'x' } },
    };
    expect(checkQuotes(story, FIXTURE_SOURCE).problems).to.deep.equal([]);
  });

  it('refuses a quote that occurs more than once, since readers would be shown the wrong one', () => {
    const story = fixtureStory();
    const source = `${FIXTURE_SOURCE}\n\n2024年，甲国与乙国签署了协议。`;
    expect(checkQuotes(story, source).problems[0]?.message).to.match(
      /^the quote appears 2 times in the source \(line 5, column 3; line 9, column 1\)/,
    );
  });

  it('needs the English translation of a Chinese quote, and warns about a Chinese one', () => {
    const story = withFirstEvent({
      quote: { text: '2024年，甲国与乙国签署了协议。', translation: { zh: '重复' } },
    });
    const result = checkQuotes(story, FIXTURE_SOURCE);
    expect(result.problems.map((problem) => problem.path)).to.deep.equal([
      'events[0].quote.translation.en',
    ]);
    expect(result.problems[0]?.message).to.include(
      'the quote is in Chinese; add its English translation',
    );
    expect(result.warnings.map((warning) => warning.path)).to.deep.equal([
      'events[0].quote.translation.zh',
    ]);
  });

  it('needs a dateBasis when the quote does not state the event year', () => {
    const story = fixtureStory();
    story.events[1] = { ...story.events[1]!, dateBasis: undefined };
    expect(checkQuotes(story, FIXTURE_SOURCE).problems).to.deep.equal([
      {
        path: 'events[1].dateBasis',
        message:
          'the quote does not state the year 2024, so the date must be explained: add "dateBasis": { "zh": "…", "en": "…" } saying how it was worked out from the text and the dateline (for example "20th anniversary in 2025 → 2025 − 20 = 2005")',
      },
    ]);
    const ranged = withFirstEvent({ end: '2027' });
    expect(checkQuotes(ranged, FIXTURE_SOURCE).problems[0]?.message).to.include(
      'does not state the year 2027',
    );
  });

  it('asks first whether a date the quote does not state is a typo of the year it states', () => {
    // The quote says 2024年; the editor typed 2042.
    const typo = withFirstEvent({ start: '2042', planned: true });
    expect(checkQuotes(typo, FIXTURE_SOURCE).problems).to.deep.equal([
      {
        path: 'events[0].dateBasis',
        message:
          'the quote does not state the year 2042 (it states 2024): if the date should be 2024, fix "start"; else explain it: add "dateBasis": { "zh": "…", "en": "…" } saying how it was worked out from the text and the dateline (for example "20th anniversary in 2025 → 2025 − 20 = 2005")',
      },
    ]);
  });

  it("asks for the date's explanation in the story's own languages", () => {
    const story = fixtureStory();
    story.languages = ['en'];
    story.events[1] = { ...story.events[1]!, dateBasis: undefined };
    const message = checkQuotes(story, FIXTURE_SOURCE).problems.find(
      (problem) => problem.path === 'events[1].dateBasis',
    )?.message;
    expect(message).to.include('add "dateBasis": { "en": "…" } saying how');
  });
});
