/**
 * An esbuild plugin that minifies the CSS inside our Lit `css` tagged templates.
 *
 * esbuild minifies JavaScript but leaves a template literal's text as written, so
 * every comment, indentation and line break of the elements' styles reached the
 * reader (about 2.5 KB gzip of the element chunk, mostly comments). This drops
 * CSS comments and collapses whitespace in the text parts of each `css`
 * template; the `${...}` parts are left exactly as they are. Quoted CSS strings
 * are copied unchanged. Only what CSS ignores is removed: a run of whitespace
 * becomes one space, and none is kept next to `{`, `}`, `;` or `,`, after `:`
 * (never before it: `a :hover` is not `a:hover`), or at the ends of the template;
 * a space beside an interpolation is kept; a block's last semicolon goes.
 *
 * Only the build (scripts/build/bundle.mjs) applies it: the browser tests serve
 * the sources as written, and the tests of the built site (embed, CSP) run it.
 */
import { readFile } from 'node:fs/promises';

/** Our own TypeScript sources (not node_modules): where `css` templates are written. */
const SOURCE_FILE = /[\\/]src[\\/].*\.ts$/;

/** Characters next to which CSS ignores whitespace. */
const PUNCTUATION = new Set(['{', '}', ';', ',']);

/** Where a JavaScript string or template that starts at `start` (its quote) ends: after its closing quote. */
function skipJsString(source, start) {
  const quote = source[start];
  let index = start + 1;
  while (index < source.length && source[index] !== quote) {
    if (source[index] === '\\') index += 1;
    else if (quote === '`' && source.startsWith('${', index))
      index = skipExpression(source, index + 2);
    index += 1;
  }
  return index + 1;
}

/**
 * Where the `${...}` expression whose body starts at `start` ends: the index of
 * its closing brace. Strings, templates and nested braces inside are skipped.
 */
function skipExpression(source, start) {
  let depth = 0;
  let index = start;
  while (index < source.length) {
    const char = source[index];
    if (char === "'" || char === '"' || char === '`') {
      index = skipJsString(source, index);
      continue;
    }
    if (char === '{') depth += 1;
    else if (char === '}') {
      if (depth === 0) return index;
      depth -= 1;
    }
    index += 1;
  }
  throw new Error('an interpolation in a css template is not closed');
}

/** Removes the whitespace CSS ignores at the end of `output` (before punctuation or an end). */
function trimEnd(output) {
  return output.endsWith(' ') ? output.slice(0, -1) : output;
}

/**
 * The text of the `css` template whose body starts at `start` (after the
 * backtick), minified, and the index just after its closing backtick.
 *
 * @param {string} source
 * @param {number} start
 * @returns {{ text: string, end: number }}
 */
function minifyTemplate(source, start) {
  let output = '';
  // True at the template's start and after punctuation: whitespace there is dropped.
  let afterPunctuation = true;
  let index = start;
  while (index < source.length) {
    const char = source[index];
    if (char === '`') return { text: trimEnd(output), end: index + 1 };
    if (source.startsWith('${', index)) {
      const close = skipExpression(source, index + 2);
      output += source.slice(index, close + 1);
      afterPunctuation = false;
      index = close + 1;
    } else if (source.startsWith('/*', index)) {
      const close = source.indexOf('*/', index + 2);
      if (close < 0) throw new Error('a comment in a css template is not closed');
      index = close + 2;
    } else if (/\s/.test(char)) {
      while (index < source.length && /\s/.test(source[index])) index += 1;
      if (
        !afterPunctuation &&
        !output.endsWith(':') &&
        !PUNCTUATION.has(source[index]) &&
        source[index] !== '`'
      ) {
        output += ' ';
      }
    } else if (char === "'" || char === '"') {
      const end = skipJsString(source, index);
      output += source.slice(index, end);
      afterPunctuation = false;
      index = end;
    } else if (char === '\\') {
      // An escape of the template literal (`\\2014`): copied with the character it escapes.
      output += source.slice(index, index + 2);
      afterPunctuation = false;
      index += 2;
    } else {
      if (PUNCTUATION.has(char)) output = trimEnd(output);
      // The last declaration of a block needs no semicolon.
      if (char === '}' && output.endsWith(';')) output = output.slice(0, -1);
      output += char;
      afterPunctuation = PUNCTUATION.has(char);
      index += 1;
    }
  }
  throw new Error('a css template is not closed');
}

/**
 * Minifies every Lit `css` template in a module's source; the rest is unchanged.
 *
 * @param {string} source a TypeScript module
 * @param {string} file its path, for the error message
 * @returns {string}
 */
export function minifyCssTemplates(source, file) {
  let output = '';
  let index = 0;
  for (;;) {
    const found = source.indexOf('css`', index);
    if (found < 0) return output + source.slice(index);
    if (!/[\s=(,:[]/.test(source[found - 1] ?? '')) {
      // Not the `css` tag itself (`unsafeCSS`, `x.css`, a name in a comment): copied as it is.
      output += source.slice(index, found + 4);
      index = found + 4;
      continue;
    }
    try {
      const template = minifyTemplate(source, found + 4);
      output += `${source.slice(index, found)}css\`${template.text}\``;
      index = template.end;
    } catch (error) {
      throw new Error(
        `${file}: ${error.message} (the css template at character ${found}); fix the template or scripts/css-templates.mjs`,
      );
    }
  }
}

/** @returns {import('esbuild').Plugin} */
export function cssTemplatesPlugin() {
  return {
    name: 'css-templates',
    setup(build) {
      build.onLoad({ filter: SOURCE_FILE }, async (args) => {
        if (args.path.includes('node_modules')) return undefined;
        const source = await readFile(args.path, 'utf8');
        if (!source.includes('css`')) return undefined;
        return { contents: minifyCssTemplates(source, args.path), loader: 'ts' };
      });
    },
  };
}
