import { describe, it } from 'node:test';
import { expect } from '@esm-bundle/chai';
import { translationFor } from './quote-translation.js';

describe('translationFor', () => {
  const all = { zh: '中文译文', en: 'English translation', ru: 'Русский перевод' };

  it("gives the reader's language when the story has it", () => {
    expect(translationFor(all, 'en', 'zh')).to.deep.equal({ lang: 'zh', text: '中文译文' });
    expect(translationFor({ en: 'English', ru: 'Русский' }, 'zh', 'ru')).to.deep.equal({
      lang: 'ru',
      text: 'Русский',
    });
  });

  it("falls back to the story's first language that is not the source's", () => {
    expect(translationFor({ en: 'English' }, 'zh', 'ru')).to.deep.equal({
      lang: 'en',
      text: 'English',
    });
    // A reader of the source's own language is shown the next language.
    expect(translationFor({ en: 'English', ru: 'Русский' }, 'zh', 'zh')).to.deep.equal({
      lang: 'en',
      text: 'English',
    });
    expect(translationFor({ zh: '中文', ru: 'Русский' }, 'en', 'en')?.lang).to.equal('zh');
  });

  it("never offers the source's own language as a translation", () => {
    expect(translationFor({ en: 'Same as the source' }, 'en', 'en')).to.equal(undefined);
    expect(translationFor(undefined, 'zh', 'en')).to.equal(undefined);
  });
});
