/**
 * Text and attribute values escaped for XML (GEXF, GraphML, SVG). Characters
 * XML 1.0 cannot hold at all (most C0 controls, lone surrogates) are dropped:
 * story text is untrusted, and one such character makes the whole file
 * unreadable.
 *
 * @module
 */

const NOT_XML =
  // eslint-disable-next-line no-control-regex -- these are exactly the characters XML refuses
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` escaped for an XML element's content or a double-quoted attribute value. */
export function xmlText(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}
