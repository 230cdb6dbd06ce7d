// The elements' CSS, minified as it is bundled (scripts/css-templates.mjs): comments and
// the whitespace CSS ignores go; selectors, values, quoted strings and interpolations stay.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { minifyCssTemplates } from '../../scripts/css-templates.mjs';

const minified = (source) => minifyCssTemplates(source, 'x.styles.ts');

describe('css templates', () => {
  it('drop comments and the whitespace CSS ignores', () => {
    const source = [
      'export const s = css`',
      '  /* The frame: it\'s "natural" height. */',
      '  :host {',
      '    display: block;',
      '    gap: 6px  12px;',
      '  }',
      '  .a :hover,',
      '  .b > .c {',
      '    width: calc(100% - 2px);',
      '  }',
      '`;',
    ].join('\n');
    assert.equal(
      minified(source),
      'export const s = css`:host{display:block;gap:6px 12px}.a :hover,.b > .c{width:calc(100% - 2px)}`;',
    );
  });

  it('keep quoted strings, escapes and interpolations exactly, with the space beside them', () => {
    const source =
      "const s = css`\n  .x::before { content: '  /* kept */  '; }\n  .y { content: '\\\\2014'; }\n" +
      "  ${unsafeCSS(list.map((c) => `.cat-${c} { color: red; }`).join('\\n'))}\n" +
      '  :host { ${light} --r: 6px; }\n`;';
    assert.equal(
      minified(source),
      "const s = css`.x::before{content:'  /* kept */  '}.y{content:'\\\\2014'}" +
        "${unsafeCSS(list.map((c) => `.cat-${c} { color: red; }`).join('\\n'))}" +
        ' :host{${light} --r:6px}`;',
    );
  });

  it('leave the rest of the module as written, unsafeCSS and names in comments included', () => {
    const source = [
      '/** Lit `css` templates are minified; `html` ones are not. */',
      'const h = html`<p>  two  spaces  </p>`;',
      'const u = unsafeCSS`a  b`;',
      'const s = css` a { color: red; } `;',
    ].join('\n');
    const lines = minified(source).split('\n');
    assert.deepEqual(lines.slice(0, 3), source.split('\n').slice(0, 3));
    assert.equal(lines[3], 'const s = css`a{color:red}`;');
  });

  it('make the styles of every element smaller, keeping each rule', () => {
    const file = 'src/event-timeline/event-timeline.styles.ts';
    const source = readFileSync(file, 'utf8');
    const result = minifyCssTemplates(source, file);
    assert.ok(result.length < source.length * 0.75, `${result.length} of ${source.length}`);
    assert.ok(source.includes('The natural height, never a scroller'), 'a CSS comment');
    assert.ok(!result.includes('The natural height, never a scroller'), 'gone');
    const rules = (text) => text.match(/\{/g).length;
    assert.equal(rules(result), rules(source), 'as many blocks');
  });

  it('fail naming the file when a template is not closed', () => {
    assert.throws(
      () => minifyCssTemplates('const s = css` a { /* open ', 'src/x.styles.ts'),
      (error) => error.message.includes('src/x.styles.ts') && error.message.includes('not closed'),
    );
  });
});
