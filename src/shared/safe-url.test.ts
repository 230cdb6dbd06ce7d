import { expect } from '@esm-bundle/chai';
import { safeHttpUrl } from './safe-url.js';

describe('safeHttpUrl', () => {
  it('keeps http and https links', () => {
    expect(safeHttpUrl('https://kazinform.kz/news?id=1')).to.equal(
      'https://kazinform.kz/news?id=1',
    );
    expect(safeHttpUrl('http://example.org')).to.equal('http://example.org/');
  });

  it('refuses script, data and relative links', () => {
    expect(safeHttpUrl('javascript:alert(1)')).to.equal(undefined);
    expect(safeHttpUrl(' JavaScript:alert(1)')).to.equal(undefined);
    expect(safeHttpUrl('data:text/html,<script>alert(1)</script>')).to.equal(undefined);
    expect(safeHttpUrl('/relative')).to.equal(undefined);
    expect(safeHttpUrl(undefined)).to.equal(undefined);
  });
});
