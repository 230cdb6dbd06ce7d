/**
 * Sentence edges in a source text, so a quote can be checked to hold whole
 * sentences: a fragment can drop the word that changes the meaning ("计划",
 * "planned"), and readers are promised the sentence that dates an event.
 *
 * Sentences are the platform's: `Intl.Segmenter` (Unicode's sentence rules,
 * UAX #29) knows the terminators of every script, the closing quotation marks
 * and brackets that belong to a sentence, that "3.5 million" and "1926 г. в
 * Баку" are one sentence, and that a line break ends one. Two rules are our
 * own: in an interview, the words after the speaker label that opens a
 * paragraph ("记者：", "Reporter:") start a sentence; and an opening quotation
 * mark or bracket right after a sentence opens the next one ("？“中间走廊”"),
 * where UAX #29, written for scripts that put a space there, gives it to the
 * sentence before.
 *
 * White space between sentences belongs to neither: a sentence starts at its
 * first character or in the space before it, and ends after its last one or in
 * the space after it when a line break follows.
 *
 * @module
 */
import type { TextLanguage } from './story-schema.js';

/** Where the sentences of a text start and end, each list ascending. */
interface SentenceEdges {
  /** Offsets of each sentence's first character. */
  readonly starts: readonly number[];
  /** Offsets just after each sentence's last character (white space excluded). */
  readonly ends: readonly number[];
}

const isHorizontalSpace = (char: string): boolean =>
  char === ' ' || char === '\t' || char === '\u00a0' || char === '\u3000';

const isLineBreak = (char: string): boolean => char === '\n' || char === '\r';

/** The longest speaker label an interview paragraph opens with ("记者：", "Reporter:"). */
const SPEAKER_LABEL_MAX = 20;

/** A run of text at the start of a line, without punctuation, ended by a colon. */
const SPEAKER_LABEL = /^([^\r\n，,。．.！!？?；;：:]*)[：:]/gm;

/** Where the words after each speaker label start. */
function speakerLabelEnds(text: string): number[] {
  const offsets: number[] = [];
  for (const match of text.matchAll(SPEAKER_LABEL)) {
    const label = (match[1] ?? '').trim();
    if (label.length === 0 || label.length > SPEAKER_LABEL_MAX) continue;
    let offset = match.index + match[0].length;
    while (offset < text.length && isHorizontalSpace(text.charAt(offset))) offset += 1;
    offsets.push(offset);
  }
  return offsets;
}

/** Opening brackets and quotation marks (Unicode's Ps and Pi). */
const OPENING = /[\p{Ps}\p{Pi}]/u;

/**
 * The most text handed to the segmenter at once. Its time grows with the square
 * of the text it is given (V8 / ICU; see docs/performance.md), so it is given
 * one line at a time, and a long line in windows of a few sentences.
 */
const SEGMENT_WINDOW = 4096;

/** Where each sentence of `text` starts and ends, white space included: `[start, end]` pairs. */
function* segmentSpans(text: string, language: TextLanguage): Generator<[number, number]> {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  for (let lineStart = 0; lineStart < text.length;) {
    const lineBreak = text.indexOf('\n', lineStart);
    const lineEnd = lineBreak === -1 ? text.length : lineBreak + 1;
    for (let from = lineStart, window = SEGMENT_WINDOW; from < lineEnd;) {
      const to = Math.min(lineEnd, from + window);
      const segments = [...segmenter.segment(text.slice(from, to))];
      if (to < lineEnd && segments.length < 2) {
        window *= 2; // one sentence longer than the window: look further
        continue;
      }
      // The window may cut the last sentence short: it is segmented again with what follows.
      const kept = to === lineEnd ? segments : segments.slice(0, -1);
      for (const { index, segment } of kept) yield [from + index, from + index + segment.length];
      const last = kept.at(-1);
      from += last ? last.index + last.segment.length : to - from;
      window = SEGMENT_WINDOW;
    }
    lineStart = lineEnd;
  }
}

/** Finds every sentence of `text` once: linear in its length. */
function findSentenceEdges(text: string, language: TextLanguage): SentenceEdges {
  const starts: number[] = [];
  const ends: number[] = [];
  let openedEarly: number | undefined; // where the openers the last sentence ended with are
  for (const [spanStart, spanEnd] of segmentSpans(text, language)) {
    let first = spanStart;
    while (first < spanEnd && /\s/.test(text.charAt(first))) first += 1;
    if (first === spanEnd) continue; // white space only: no sentence
    let last = spanEnd;
    while (/\s/.test(text.charAt(last - 1))) last -= 1;
    starts.push(openedEarly ?? first);
    openedEarly = undefined;
    if (last === spanEnd) {
      // The next sentence follows without a space: openers at the end are its own.
      let opener = last;
      while (opener > first + 1 && OPENING.test(text.charAt(opener - 1))) opener -= 1;
      if (opener < last) openedEarly = opener;
      last = opener;
    }
    ends.push(last);
  }
  const labelEnds = speakerLabelEnds(text);
  if (labelEnds.length === 0) return { starts, ends };
  return { starts: [...starts, ...labelEnds].sort((a, b) => a - b), ends };
}

/**
 * The edges of the text last asked about. The quote checks ask about one
 * source for every quote; segmenting it once keeps a large story linear.
 */
let cached: { text: string; language: TextLanguage; edges: SentenceEdges } | undefined;

function edgesOf(text: string, language: TextLanguage): SentenceEdges {
  if (cached?.text !== text || cached.language !== language) {
    cached = { text, language, edges: findSentenceEdges(text, language) };
  }
  return cached.edges;
}

/** How many of `sorted` are at most `offset` (binary search). */
function countAtMost(sorted: readonly number[], offset: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? 0) <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

const contains = (sorted: readonly number[], offset: number): boolean =>
  sorted[countAtMost(sorted, offset) - 1] === offset;

/**
 * Whether a sentence starts at `offset`, or only white space on its line comes
 * between `offset` and the sentence: at a paragraph's start, after a speaker
 * label, or after a sentence end.
 */
export function isSentenceStart(text: string, offset: number, language: TextLanguage): boolean {
  let before = offset;
  while (before > 0 && isHorizontalSpace(text.charAt(before - 1))) before -= 1;
  if (before === 0 || isLineBreak(text.charAt(before - 1))) return true;
  const { starts, ends } = edgesOf(text, language);
  if (contains(ends, before)) return true;
  let after = offset;
  while (after < text.length && isHorizontalSpace(text.charAt(after))) after += 1;
  return contains(starts, after);
}

/** Whether a sentence ends at `offset` (exclusive): after a sentence, or at a paragraph's end. */
export function isSentenceEnd(text: string, offset: number, language: TextLanguage): boolean {
  let after = offset;
  while (after < text.length && isHorizontalSpace(text.charAt(after))) after += 1;
  if (after === text.length || isLineBreak(text.charAt(after))) return true;
  return contains(edgesOf(text, language).ends, offset);
}

/** The offset where the sentence holding `offset` begins. */
export function sentenceStartBefore(text: string, offset: number, language: TextLanguage): number {
  if (isSentenceStart(text, offset, language)) return offset;
  const { starts } = edgesOf(text, language);
  return starts[countAtMost(starts, offset) - 1] ?? 0;
}

/** The offset (exclusive) where the sentence holding `offset - 1` ends. */
export function sentenceEndAfter(text: string, offset: number, language: TextLanguage): number {
  if (isSentenceEnd(text, offset, language)) return offset;
  const { ends } = edgesOf(text, language);
  return ends[countAtMost(ends, offset)] ?? text.length;
}
