/**
 * Proposing events from a source text, for `npm run draft` and the studio:
 * the quote is a span of the source taken by offset (never retyped), its date
 * proposed from the date mentions inside it (see `date-proposal.ts`).
 *
 * @module
 */
import { findDateMentions, mentionsWithin, type DateMention } from './date-mentions.js';
import { proposeDate, type DateProposal } from './date-proposal.js';
import { parsePartialDate, type PartialDate } from './partial-date.js';
import { sentenceEndAfter, sentenceStartBefore } from './sentences.js';
import type { TextLanguage } from './story-schema.js';

/** What proposals are made against: the source's dateline and language. */
export interface ProposalOptions {
  /** The dateline as the story writes it (`"2025-10-18"`), or parsed. */
  readonly dateline: string | PartialDate;
  readonly language: TextLanguage;
}

/** A span of the source: UTF-16 offsets, `end` exclusive. */
export interface SourceSpan {
  readonly start: number;
  readonly end: number;
}

/** An event proposed from a span of the source. */
export interface EventProposal {
  /** The span's text exactly as it stands in the source, and where. */
  readonly quote: { readonly text: string; readonly offset: number };
  /** The date mentions inside the quote, in reading order. */
  readonly mentions: readonly DateMention[];
  /**
   * The date proposed for the event: the first mention that can be dated.
   * Absent when no mention in the quote can be dated without reading it.
   */
  readonly date?: DateProposal;
  /** The dates of the quote's other datable mentions: a sentence can date two facts. */
  readonly otherDates: readonly DateProposal[];
}

/** A speaker label opening a line: "记者：", "Reporter: " (no sentence punctuation in it). */
const SPEAKER_LABEL =
  /^[^\s，,。．.！!？?；;：:][^\r\n，,。．.！!？?；;：:]{0,19}[：:][ \t\u3000]*$/;

const datelineOf = (options: ProposalOptions): PartialDate =>
  typeof options.dateline === 'string' ? parsePartialDate(options.dateline) : options.dateline;

/**
 * The whole sentences holding `span`: from the start of the sentence its
 * first character is in to the end of the sentence its last character is in.
 * A speaker label that opens the line ("记者：") is taken with the sentence it
 * introduces: it says who is speaking.
 */
export function sentencesAround(
  source: string,
  span: SourceSpan,
  language: TextLanguage,
): SourceSpan {
  let start = sentenceStartBefore(source, span.start, language);
  const end = sentenceEndAfter(source, Math.max(span.end, start + 1), language);
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  if (lineStart < start && SPEAKER_LABEL.test(source.slice(lineStart, start))) start = lineStart;
  return { start, end };
}

/**
 * Proposes an event whose quote is exactly `source.slice(start, end)`, less
 * the white space at either end (a sloppy mouse selection): the offsets are
 * the editor's selection, the text is read from the source, never retyped.
 *
 * @throws {RangeError} when the span is outside the source or holds only white space.
 */
export function proposeEventFromSpan(
  source: string,
  start: number,
  end: number,
  options: ProposalOptions,
): EventProposal {
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end)) {
    throw new RangeError(`the span ${start}–${end} is not a span of offsets`);
  }
  if (end > source.length) {
    throw new RangeError(`the span ${start}–${end} ends after the source (${source.length})`);
  }
  let first = start;
  let last = end;
  while (first < last && /\s/.test(source.charAt(first))) first += 1;
  while (last > first && /\s/.test(source.charAt(last - 1))) last -= 1;
  if (first === last) throw new RangeError(`the span ${start}–${end} is empty or white space`);
  const all = findDateMentions(source, options.language);
  return proposalFor(
    source,
    { start: first, end: last },
    all,
    datelineOf(options),
    options.language,
  );
}

function proposalFor(
  source: string,
  span: SourceSpan,
  allMentions: readonly DateMention[],
  dateline: PartialDate,
  language: TextLanguage,
): EventProposal {
  const mentions = mentionsWithin(allMentions, span.start, span.end);
  const sentence = sentencesAround(source, span, language);
  const context = {
    dateline,
    language,
    sentence,
    mentions: mentionsWithin(allMentions, sentence.start, sentence.end),
  };
  const dates: DateProposal[] = [];
  for (const mention of mentions) {
    const date = proposeDate(source, mention, context);
    if (date) dates.push(date);
  }
  const [date, ...otherDates] = dates;
  return {
    quote: { text: source.slice(span.start, span.end), offset: span.start },
    mentions,
    ...(date ? { date } : {}),
    otherDates,
  };
}

/** The sentences of one line of the source (a paragraph), in reading order. */
function sentencesOfLine(
  source: string,
  lineStart: number,
  lineEnd: number,
  language: TextLanguage,
): SourceSpan[] {
  const sentences: SourceSpan[] = [];
  let position = lineStart;
  for (;;) {
    while (position < lineEnd && /\s/.test(source.charAt(position))) position += 1;
    if (position >= lineEnd) return sentences;
    const end = Math.min(sentenceEndAfter(source, position + 1, language), lineEnd);
    let last = end;
    while (last > position && /\s/.test(source.charAt(last - 1))) last -= 1;
    sentences.push({ start: position, end: last });
    position = Math.max(end, position + 1);
  }
}

/**
 * The spans `npm run draft` proposes events for, paragraph by paragraph (a
 * paragraph is a line of the source). Each sentence with a datable mention
 * starts a span; the sentences after it without one (context: "这一文件…",
 * "This made…") go with it, and those that open the paragraph go with its first
 * dated sentence, as editors quote them ("在重点项目方面，…。该项目于2025年3月…").
 * In a paragraph where no mention can be dated without reading ("近年来",
 * "since then"), the sentences with a mention start the spans instead, for the
 * editor to date or exclude.
 */
function draftSpans(
  source: string,
  mentions: readonly DateMention[],
  isDatable: (mention: DateMention) => boolean,
  language: TextLanguage,
): SourceSpan[] {
  const spans: SourceSpan[] = [];
  let next = 0; // the first mention not yet placed in a line
  for (let lineStart = 0; lineStart < source.length;) {
    const newline = source.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? source.length : newline;
    const inLine: DateMention[] = [];
    for (; next < mentions.length; next += 1) {
      const mention = mentions[next];
      if (!mention || mention.start >= lineEnd) break;
      inLine.push(mention);
    }
    if (inLine.length > 0) {
      spans.push(
        ...paragraphSpans(sentencesOfLine(source, lineStart, lineEnd, language), inLine, isDatable),
      );
    }
    lineStart = lineEnd + 1;
  }
  return spans;
}

/** The draft spans of one paragraph: see {@link draftSpans}. */
function paragraphSpans(
  sentences: readonly SourceSpan[],
  mentions: readonly DateMention[],
  isDatable: (mention: DateMention) => boolean,
): SourceSpan[] {
  // One pass over both lists (each in reading order): a paragraph can be a whole long text.
  const hasMention: boolean[] = [];
  const dated: boolean[] = [];
  let next = 0;
  for (const sentence of sentences) {
    while (next < mentions.length && (mentions[next]?.start ?? 0) < sentence.start) next += 1;
    let mentioned = false;
    let datable = false;
    for (; next < mentions.length; next += 1) {
      const mention = mentions[next];
      if (!mention || mention.start >= sentence.end) break;
      mentioned = true;
      datable ||= isDatable(mention);
    }
    hasMention.push(mentioned);
    dated.push(datable);
  }
  const starts = dated.includes(true) ? dated : hasMention;
  const spans: SourceSpan[] = [];
  let start = sentences[0]?.start ?? 0;
  let seenDated = false;
  sentences.forEach((sentence, index) => {
    if (starts[index] && seenDated) {
      spans.push({ start, end: sentences[index - 1]?.end ?? sentence.start });
      start = sentence.start;
    }
    seenDated ||= starts[index] === true;
  });
  spans.push({ start, end: sentences.at(-1)?.end ?? start });
  return spans;
}

/**
 * The events `npm run draft` writes, in reading order: one per sentence with a
 * date that can be proposed, its quote taking the sentences around it that
 * have none (see {@link draftSpans}); in a paragraph without one, one per
 * sentence whose date expressions must be read to be dated.
 */
export function proposeEventsForSource(source: string, options: ProposalOptions): EventProposal[] {
  const dateline = datelineOf(options);
  const { language } = options;
  const mentions = findDateMentions(source, language);
  // Whether a mention can be dated does not depend on the others (they only give a
  // month its year, an anniversary the year it is celebrated in), so none are passed.
  const isDatable = (mention: DateMention) =>
    proposeDate(source, mention, { dateline, language, mentions: [] }) !== undefined;
  return draftSpans(source, mentions, isDatable, language).map((span) =>
    proposalFor(source, span, mentions, dateline, language),
  );
}
