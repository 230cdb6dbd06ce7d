/**
 * HTML reduced to plain text without a DOM (the importer runs in Node): tags
 * removed, block ends and `<br>` as line breaks, character references
 * decoded, spaces collapsed, empty lines dropped, NFC. Script and style
 * contents are dropped whole. Not a sanitiser: its output is text, never
 * markup.
 *
 * @module
 */

const NAMED_REFERENCES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  copy: '©',
  reg: '®',
  deg: '°',
  middot: '·',
  bull: '•',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  oacute: 'ó',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  szlig: 'ß',
  ccedil: 'ç',
  ntilde: 'ñ',
};

/** A numeric reference's character, or U+FFFD for one that names no character. */
function fromCodePoint(code: number): string {
  if (
    !Number.isInteger(code) ||
    code <= 0 ||
    code > 0x10ffff ||
    (code >= 0xd800 && code <= 0xdfff)
  ) {
    return '\uFFFD';
  }
  return String.fromCodePoint(code);
}

/** Decodes character references (`&amp;`, `&#39;`, `&#x2014;`); unknown names stay as written. */
export function decodeReferences(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (reference, name: string) => {
    if (name.startsWith('#')) {
      const hex = name[1] === 'x' || name[1] === 'X';
      return fromCodePoint(parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10));
    }
    return NAMED_REFERENCES[name.toLowerCase()] ?? reference;
  });
}

/** `html` as plain text, one line per block, no empty lines. */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6]|blockquote|tr|ul|ol|table|section|article)\s*>/gi, '\n')
    .replace(/<(p|div|li|h[1-6]|blockquote|tr)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '');
  return decodeReferences(text)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n')
    .normalize('NFC');
}
