import { describe, it } from 'node:test';
import { expect } from '@esm-bundle/chai';
import { MINI_SOURCE } from '../../test/fixtures/mini-story.js';
import { locateQuote, quoteInContext, sourceParagraphs } from './source-text.js';

describe('source text', () => {
  it('returns the paragraph around a quote, with the quote marked', () => {
    const [paragraph] = quoteInContext(MINI_SOURCE, 'In 2005 the two states signed a treaty.')!;
    expect(paragraph!.segments).to.deep.equal([
      { text: 'In 2005 the two states signed a treaty.', quoted: true },
      { text: ' The treaty is in force.', quoted: false },
    ]);
  });

  it('prefers the recorded offset and falls back to a search', () => {
    const at = MINI_SOURCE.indexOf('The treaty is in force.');
    expect(locateQuote(MINI_SOURCE, 'The treaty is in force.', at)).to.equal(at);
    expect(locateQuote(MINI_SOURCE, 'The treaty is in force.', 3)).to.equal(at);
    expect(quoteInContext(MINI_SOURCE, 'not in the text')).to.equal(undefined);
  });

  it('splits the whole text into paragraphs and marks only the quote', () => {
    const start = MINI_SOURCE.indexOf('It was');
    const paragraphs = sourceParagraphs(MINI_SOURCE, start, 'It was a milestone.'.length);
    expect(paragraphs.map((p) => p.containsQuote)).to.deep.equal([false, true, false, false]);
    expect(paragraphs[1]!.segments.at(-1)).to.deep.equal({
      text: 'It was a milestone.',
      quoted: true,
    });
  });
});
