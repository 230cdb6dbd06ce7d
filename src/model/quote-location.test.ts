import { describe, it } from 'node:test';
import { expect } from '@esm-bundle/chai';
import {
  describeQuoteMismatch,
  findOccurrences,
  locateQuote,
  SearchBudgetExceeded,
  TextSearch,
} from './quote-location.js';

const source = '第一行。\n2024年，甲国与乙国签署了协议。协议。';

describe('locateQuote', () => {
  it('returns the offset of a quote, and findOccurrences every place it occurs', () => {
    expect(locateQuote(source, '2024年，甲国与乙国签署了协议。')).to.deep.equal({
      found: true,
      offset: 5,
    });
    expect(findOccurrences(new TextSearch(source), '协议。')).to.deep.equal({
      offsets: [19, 22],
      count: 2,
    });
  });

  it('accepts a declared offset only where the quote is', () => {
    expect(locateQuote(source, '协议。', 22)).to.include({ found: true, offset: 22 });
    const wrong = locateQuote(source, '协议。', 3);
    expect(wrong).to.include({ found: false, field: 'offset' });
  });

  it('names the first character that differs, and where the source has the right one', () => {
    const location = locateQuote(source, '2024年，甲国与丙国签署了协议。');
    expect(location.found).to.be.false;
    if (location.found) return;
    expect(location.field).to.equal('text');
    expect(location.message).to.include('matches the source for its first 9 characters');
    expect(location.message).to.include(
      'then has "丙" where the source has "乙" (line 2, column 10)',
    );
  });

  it('shows an emoji that differs whole, with its code point, never half a surrogate pair ("\ufffd")', () => {
    const message = describeQuoteMismatch('We met 😀 in Baku.', 'We met 😃 in Baku.');
    expect(message).to.include('then has "😃" (U+1F603) where the source has "😀" (U+1F600)');
    expect(message).to.not.include('\ufffd');
    expect(message).to.not.match(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it('names NFD against NFC, and Windows line endings, instead of a character that looks the same', () => {
    expect(describeQuoteMismatch('Café Baku.', 'Cafe\u0301 Baku.')).to.include(
      'differ only in how accented characters are stored',
    );
    expect(describeQuoteMismatch('One.\nTwo.', 'One.\r\nTwo.')).to.include(
      'the quote has Windows line endings',
    );
  });

  it('lists a few places of a text found 50,000 times, and counts the rest', () => {
    const found = findOccurrences(new TextSearch('ab'.repeat(50_000)), 'ab');
    expect(found).to.deep.equal({ offsets: [0, 2, 4], count: 50_000 });
  });

  it('stops searching, with a message, once its budget is spent', () => {
    const search = new TextSearch('a'.repeat(10_000), 50_000);
    const quotes = Array.from({ length: 20 }, (_, index) => `${'a'.repeat(10)}b${index}`);
    expect(() => {
      for (const quote of quotes) locateQuote(search, quote, undefined, false);
    }).to.throw(SearchBudgetExceeded);
    expect(search.spent).to.be.at.most(60_000);
  });

  it('says so when not even the first character is in the source', () => {
    expect(describeQuoteMismatch(source, '某')).to.include('not even its first character "某"');
  });
});
