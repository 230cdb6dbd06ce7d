/**
 * Finding a quote in its source, and saying precisely why it is not there:
 * an editor who changed one character must be told which one.
 *
 * Every search goes through a {@link TextSearch}, which counts the characters
 * it reads against a budget: a quote without an offset is searched for in the
 * whole source, and a story of thousands of quotes that are not there (or are
 * only at its end) would otherwise read its source thousands of times.
 *
 * @module
 */
import { NGRAM_LENGTH, NgramIndex } from './ngram-index.js';
import { formatCount, formatPosition, shorten } from './text-position.js';

/**
 * How many characters of source text validation may read looking for quotes,
 * by default (the browser's): tens of milliseconds of searching at worst. A
 * quote at its recorded offset costs only its own length.
 */
export const QUOTE_SEARCH_BUDGET = 20_000_000;

/**
 * What one search costs at least, in characters: counting a one-character
 * quote that occurs two million times is two million searches that each read
 * one character, and it is the calls that take the time.
 */
const SEARCH_CALL_COST = 16;

/** Thrown by {@link TextSearch} when its budget is spent; validation turns it into a problem. */
export class SearchBudgetExceeded extends Error {
  constructor(readonly budget: number) {
    super(`quote search stopped after reading ${formatCount(budget)} characters`);
    this.name = 'SearchBudgetExceeded';
  }
}

/**
 * Searches in one text, counting what it reads against a budget.
 *
 * Once the searches have read the text {@link INDEX_AFTER_READS} times over,
 * the text is indexed ({@link NgramIndex}) and every later search for a
 * needle of {@link NGRAM_LENGTH} characters or more looks only at the places
 * that start like it: a story of thousands of quotes then reads its source
 * about once, not once per quote.
 */
export class TextSearch {
  #remaining: number;
  /** The first offset of each text searched for from the start: a quote is looked for once. */
  readonly #firsts = new Map<string, number>();
  /** Every offset of each needle looked up in the index, ascending. */
  readonly #indexed = new Map<string, readonly number[]>();
  #index: NgramIndex | undefined;
  readonly #indexAfter: number;

  /**
   * @param text the text searched (a story's source).
   * @param budget characters the searches may read in all; `Infinity` for no limit.
   * @param indexAfter characters read before the text is indexed (tests set 0 to index at once).
   */
  constructor(
    readonly text: string,
    readonly budget = QUOTE_SEARCH_BUDGET,
    indexAfter = INDEX_AFTER_READS * text.length,
  ) {
    this.#remaining = budget;
    this.#indexAfter = indexAfter;
  }

  /** Characters read so far. */
  get spent(): number {
    return this.budget - this.#remaining;
  }

  private charge(characters: number): void {
    if (this.#remaining <= 0) throw new SearchBudgetExceeded(this.budget);
    this.#remaining -= characters;
  }

  /** The index, built (and charged as one read of the text) once searching has cost enough. */
  private indexFor(needle: string): NgramIndex | undefined {
    if (needle.length < NGRAM_LENGTH || this.text.length < NGRAM_LENGTH) return undefined;
    if (!this.#index && this.spent >= this.#indexAfter) {
      this.charge(this.text.length);
      this.#index = new NgramIndex(this.text);
    }
    return this.#index;
  }

  /** Every offset of `needle` from the index, each place compared charged as a search call. */
  private indexedOffsets(index: NgramIndex, needle: string): readonly number[] {
    let offsets = this.#indexed.get(needle);
    if (!offsets) {
      const cost = Math.max(SEARCH_CALL_COST, 2 * needle.length);
      offsets = index.occurrences(needle, () => {
        this.charge(cost);
      });
      this.#indexed.set(needle, offsets);
    }
    return offsets;
  }

  /**
   * `text.indexOf(needle, from)`, charged for what it reads.
   *
   * @throws {SearchBudgetExceeded} when the budget was spent before this search.
   */
  indexOf(needle: string, from = 0): number {
    this.charge(0);
    const index = this.indexFor(needle);
    if (index) {
      const offsets = this.indexedOffsets(index, needle);
      this.charge(SEARCH_CALL_COST);
      return offsets[firstAtOrAfter(offsets, from)] ?? -1;
    }
    const found = this.text.indexOf(needle, from);
    const read = (found < 0 ? this.text.length - from : found - from) + needle.length;
    this.charge(Math.max(SEARCH_CALL_COST, read));
    return found;
  }

  /** The first offset of `needle` (or -1), remembered: the same quote is never searched for twice. */
  firstIndexOf(needle: string): number {
    let index = this.#firsts.get(needle);
    if (index === undefined) {
      index = this.indexOf(needle);
      this.#firsts.set(needle, index);
    }
    return index;
  }

  /** `text.startsWith(needle, at)`, charged for the needle's length. */
  startsWith(needle: string, at: number): boolean {
    this.charge(needle.length);
    return this.text.startsWith(needle, at);
  }
}

/**
 * How many times over searches read a text before it is indexed: below that,
 * reading is cheaper than indexing (a story of a few dozen quotes never pays
 * for an index); above it, each quote would read the whole text again.
 */
export const INDEX_AFTER_READS = 4;

/** The index of the first of the ascending `offsets` at or after `from` (binary search). */
function firstAtOrAfter(offsets: readonly number[], from: number): number {
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((offsets[middle] ?? 0) < from) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The first few places a text occurs at, and how many there are in all. */
export interface Occurrences {
  /** The first offsets (at most the number asked for), ascending. */
  readonly offsets: readonly number[];
  /** How many times the text occurs in all (overlaps included). */
  readonly count: number;
}

/**
 * Where `needle` occurs in the searched text (overlaps included): the first
 * `keep` offsets and the count of all. `first`, when known, is the first offset.
 */
export function findOccurrences(
  search: TextSearch,
  needle: string,
  keep = 3,
  first?: number,
): Occurrences {
  const offsets: number[] = [];
  let count = 0;
  if (needle === '') return { offsets, count };
  for (
    let index = first ?? search.firstIndexOf(needle);
    index >= 0;
    index = search.indexOf(needle, index + 1)
  ) {
    if (offsets.length < keep) offsets.push(index);
    count += 1;
  }
  return { offsets, count };
}

/** Where a quote stands in its source. */
export type QuoteLocation =
  | {
      readonly found: true;
      /** UTF-16 offset of the quote (its declared offset, else its first place). */
      readonly offset: number;
    }
  | {
      readonly found: false;
      /** The quote field that is wrong: its text, or the offset it declares. */
      readonly field: 'text' | 'offset';
      readonly message: string;
    };

/** A search in `source`; a plain string gets one without a budget (tests, tools). */
export const asSearch = (source: string | TextSearch): TextSearch =>
  typeof source === 'string' ? new TextSearch(source, Infinity) : source;

/** A character as a message shows it; invisible and look-alike ones with their code point. */
function showCharacter(char: string): string {
  if (char === '') return '""';
  const code = char.codePointAt(0) ?? 0;
  const shown = JSON.stringify(char);
  return /^[\p{L}\p{N}\p{P}]$/u.test(char)
    ? shown
    : `${shown} (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
}

/** The whole character (a surrogate pair counts as one) at `index`. */
const characterAt = (text: string, index: number): string => {
  const code = text.codePointAt(index);
  return code === undefined ? '' : String.fromCodePoint(code);
};

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/**
 * Why a quote would differ from its source for a reason invisible on screen:
 * Unicode normalisation (an accented letter as one character or as a letter
 * and a combining mark) or Windows line endings. Undefined when neither.
 */
function invisibleDifference(search: TextSearch, quote: string): string | undefined {
  const composed = quote.normalize('NFC');
  const decomposed = quote.normalize('NFD');
  if (composed !== quote && search.indexOf(composed) >= 0) {
    return (
      'the quote and the source differ only in how accented characters are stored: the quote has them decomposed ' +
      '(NFD: a letter followed by a combining mark), the source composed (NFC). Copy the sentence from the source file, ' +
      'or save the story file in NFC.'
    );
  }
  if (decomposed !== quote && search.indexOf(decomposed) >= 0) {
    return (
      'the quote and the source differ only in how accented characters are stored: the source has them decomposed ' +
      '(NFD: a letter followed by a combining mark), the quote composed (NFC). Convert the source file to NFC ' +
      '(for example `uconv -x any-nfc`) and update its sha256.'
    );
  }
  if (quote.includes('\r')) {
    const unix = quote.replace(/\r\n?/g, '\n');
    if (search.indexOf(unix) >= 0) {
      return 'the quote has Windows line endings (CRLF, "\\r\\n") where the source has plain line breaks ("\\n"); remove the "\\r" characters from the quote.';
    }
  }
  return undefined;
}

/**
 * Explains why `quote` is not in the source: how much of its beginning
 * matches, and the first character that differs, with the line and column to
 * look at. Whole characters are compared and shown (an emoji is not cut in
 * two), with the code point of anything invisible.
 */
export function describeQuoteMismatch(source: string | TextSearch, quote: string): string {
  const search = asSearch(source);
  const text = search.text;
  const invisible = invisibleDifference(search, quote);
  if (invisible) return invisible;
  // The longest prefix of the quote found in the source. Any shorter prefix of a
  // found prefix is found too, so a binary search over the length is exact.
  let low = 0;
  let high = quote.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (search.indexOf(quote.slice(0, middle)) >= 0) low = middle;
    else high = middle - 1;
  }
  // Never stop between the two halves of a character written as a surrogate pair.
  if (low > 0 && isHighSurrogate(quote.charCodeAt(low - 1))) low -= 1;
  const advice = 'Copy the sentence exactly from the source file.';
  if (low === 0) {
    return `the quote is not in the source text word for word: not even its first character ${showCharacter(characterAt(quote, 0))} is there. ${advice}`;
  }
  const at = search.indexOf(quote.slice(0, low));
  const differsAt = at + low;
  const expected = characterAt(text, differsAt);
  const found = characterAt(quote, low);
  const sourceSays =
    expected === ''
      ? 'the source ends'
      : `the source has ${showCharacter(expected)} (${formatPosition(text, differsAt)})`;
  return (
    `the quote is not in the source text word for word: it matches the source for its first ${low} characters ` +
    `("${shorten(quote.slice(Math.max(0, low - 12), low), 12)}"), then has ${showCharacter(found)} where ${sourceSays}. ${advice}`
  );
}

/** The short form, once enough quotes have been explained in detail. */
export const QUOTE_NOT_FOUND =
  'the quote is not in the source text word for word. Copy the sentence exactly from the source file.';

/**
 * Locates `quote` in the source. A declared `offset` must point at the quote;
 * without one, its first place is used (see {@link findOccurrences} for the
 * others). `explain` false skips the detailed mismatch message, which reads
 * the source a dozen times more.
 */
export function locateQuote(
  source: string | TextSearch,
  quote: string,
  declaredOffset?: number,
  explain = true,
): QuoteLocation {
  const search = asSearch(source);
  if (declaredOffset !== undefined && search.startsWith(quote, declaredOffset)) {
    return { found: true, offset: declaredOffset };
  }
  const first = search.firstIndexOf(quote);
  if (first < 0) {
    return {
      found: false,
      field: 'text',
      message: explain ? describeQuoteMismatch(search, quote) : QUOTE_NOT_FOUND,
    };
  }
  if (declaredOffset !== undefined) {
    return {
      found: false,
      field: 'offset',
      message: `the quote is not at offset ${declaredOffset} of the source (it is at ${first}); remove "offset", the build writes it`,
    };
  }
  return { found: true, offset: first };
}

/**
 * The problem a story gets when its quote searches spent their budget: where
 * checking stopped, why, and what to do.
 */
export function searchStoppedMessage(search: TextSearch, quotesChecked: number): string {
  return (
    `quote checking stopped at this quote: finding the ${formatCount(quotesChecked)} quotes before it ` +
    `read ${formatCount(search.spent)} characters of the ${formatCount(search.text.length)}-character source, ` +
    `over the limit of ${formatCount(search.budget)}. A quote with a correct "offset" is checked at once; ` +
    'one without is searched for in the whole source. Make sure the quotes come from this source, ' +
    'or load the built story (the build records every offset).'
  );
}
