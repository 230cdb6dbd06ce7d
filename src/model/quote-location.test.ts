import { describe, it } from 'node:test';
import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
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

describe('TextSearch with its n-gram index', () => {
  it('finds exactly what String.prototype.indexOf finds, from any position', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', '年', '\n'), maxLength: 300 }),
        fc.nat(300),
        fc.nat(40),
        fc.nat(320),
        (text, start, length, from) => {
          const needle = text.slice(start, start + 8 + length);
          const indexed = new TextSearch(text, Infinity, 0);
          const read = new TextSearch(text, Infinity, Infinity);
          for (const wanted of [needle, `${needle}b`, `a${needle}`]) {
            expect(indexed.indexOf(wanted, from)).to.equal(text.indexOf(wanted, from));
            expect(findOccurrences(indexed, wanted, 5)).to.deep.equal(
              findOccurrences(read, wanted, 5),
            );
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('checks thousands of quotes over a long source reading it a few times, not once per quote', () => {
    const sentences = Array.from(
      { length: 3000 },
      (_, index) => `In ${1000 + index} the council number ${index} met again. `,
    );
    const text = sentences.join('');
    const search = new TextSearch(text, 1e12);
    for (const sentence of sentences) {
      expect(findOccurrences(search, sentence.trim()).count).to.equal(1);
    }
    // Without the index this reads the text 3,000 times (some 450 million characters).
    expect(search.spent).to.be.below(10 * text.length);
  });

  it('still stops a hostile search: one letter repeated, and a needle that almost matches everywhere', () => {
    const search = new TextSearch('a'.repeat(200_000), 5_000_000, 0);
    expect(() => findOccurrences(search, `${'a'.repeat(500)}b`)).to.throw(SearchBudgetExceeded);
  });
});
