/**
 * Finding a quote in its source, and saying precisely why it is not there:
 * an editor who changed one character must be told which one.
 *
 * @module
 */
import { formatPosition, shorten } from './text-position.js';

/** Where a quote stands in its source. */
export type QuoteLocation =
  | {
      readonly found: true;
      /** UTF-16 offset of the quote (its declared offset, else its only or first place). */
      readonly offset: number;
      /** Every offset the quote occurs at; more than one means the quote is ambiguous. */
      readonly occurrences: readonly number[];
    }
  | {
      readonly found: false;
      /** The quote field that is wrong: its text, or the offset it declares. */
      readonly field: 'text' | 'offset';
      readonly message: string;
    };

/** Every offset at which `needle` starts in `text` (overlaps included). */
export function occurrencesOf(text: string, needle: string): number[] {
  const offsets: number[] = [];
  if (needle === '') return offsets;
  for (let index = text.indexOf(needle); index >= 0; index = text.indexOf(needle, index + 1)) {
    offsets.push(index);
  }
  return offsets;
}

/**
 * Explains why `quote` is not in `source`: how much of its beginning matches,
 * and the first character that differs, with the line and column to look at.
 */
export function describeQuoteMismatch(source: string, quote: string): string {
  // The longest prefix of the quote found in the source. Any shorter prefix of a
  // found prefix is found too, so a binary search over the length is exact.
  let low = 0;
  let high = quote.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (source.includes(quote.slice(0, middle))) low = middle;
    else high = middle - 1;
  }
  const advice = 'Copy the sentence exactly from the source file.';
  if (low === 0) {
    return `the quote is not in the source text word for word: not even its first character "${quote.charAt(0)}" is there. ${advice}`;
  }
  const at = source.indexOf(quote.slice(0, low));
  const differsAt = at + low;
  const expected = source.charAt(differsAt);
  const found = quote.charAt(low);
  const sourceSays =
    expected === ''
      ? 'the source ends'
      : `the source has "${expected}" (${formatPosition(source, differsAt)})`;
  return (
    `the quote is not in the source text word for word: it matches the source for its first ${low} characters ` +
    `("${shorten(quote.slice(Math.max(0, low - 12), low), 12)}"), then has "${found}" where ${sourceSays}. ${advice}`
  );
}

/**
 * Locates `quote` in `source`. A declared `offset` must point at the quote;
 * without one, the first occurrence is used and every occurrence is returned
 * so callers can refuse an ambiguous quote.
 */
export function locateQuote(source: string, quote: string, declaredOffset?: number): QuoteLocation {
  const occurrences = occurrencesOf(source, quote);
  const first = occurrences[0];
  if (first === undefined)
    return { found: false, field: 'text', message: describeQuoteMismatch(source, quote) };
  if (declaredOffset !== undefined && !occurrences.includes(declaredOffset)) {
    return {
      found: false,
      field: 'offset',
      message: `the quote is not at offset ${declaredOffset} of the source (it is at ${first}); remove "offset", the build writes it`,
    };
  }
  return { found: true, offset: declaredOffset ?? first, occurrences };
}
