import { describe, it } from 'node:test';
import { expect } from '@esm-bundle/chai';
import {
  describeQuoteMismatch,
  findOccurrences,
  locateQuote,
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

  it('says so when not even the first character is in the source', () => {
    expect(describeQuoteMismatch(source, '某')).to.include('not even its first character "某"');
  });
});
