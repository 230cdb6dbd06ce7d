import { expect } from '@esm-bundle/chai';
import { linkTarget, PAGE_MESSAGE, parentPageUrl } from './frame-link.js';

describe('linkTarget', () => {
  it('reads a copied link (#event=…&lang=…) and an embed snippet (?event=…)', () => {
    expect(linkTarget('?story=s', '#event=cable&lang=ru')).to.deep.equal({
      eventId: 'cable',
      lang: 'ru',
    });
    expect(linkTarget('?story=s&event=congress&lang=zh', '')).to.deep.equal({
      eventId: 'congress',
      lang: 'zh',
    });
  });

  it('prefers the fragment, and takes an empty value as none', () => {
    expect(linkTarget('?event=congress&lang=en', '#event=cable')).to.deep.equal({
      eventId: 'cable',
      lang: 'en',
    });
    expect(linkTarget('?event=congress', '#event=')).to.deep.equal({ eventId: 'congress' });
    expect(linkTarget('', '')).to.deep.equal({});
  });
});

describe('parentPageUrl', () => {
  it("accepts the handshake's answer with an http(s) address", () => {
    expect(parentPageUrl({ type: PAGE_MESSAGE, url: 'https://news.example/a#event=x' })).to.equal(
      'https://news.example/a#event=x',
    );
  });

  it('ignores other messages and other schemes', () => {
    expect(parentPageUrl({ type: PAGE_MESSAGE, url: 'javascript:alert(1)' })).to.equal(undefined);
    expect(parentPageUrl({ type: 'other', url: 'https://news.example/' })).to.equal(undefined);
    expect(parentPageUrl('https://news.example/')).to.equal(undefined);
    expect(parentPageUrl(null)).to.equal(undefined);
  });
});
