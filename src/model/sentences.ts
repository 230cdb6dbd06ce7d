/**
 * Sentence edges in a source text, so a quote can be checked to hold whole
 * sentences: a fragment can drop the word that changes the meaning ("计划",
 * "planned"), and readers are promised the sentence that dates an event.
 *
 * A sentence ends at a terminator (with any closing quotation marks or
 * brackets that follow it) or at the end of a paragraph; it starts after one,
 * or after the speaker label that opens an interview paragraph ("记者：").
 * The terminators are language rules, keyed by the source's language.
 *
 * @module
 */
import type { TextLanguage } from './story-schema.js';

/** How a language ends its sentences. */
export interface SentenceRule {
  /** Characters that end a sentence. */
  readonly terminators: string;
  /** Closing quotation marks and brackets that may follow a terminator. */
  readonly closers: string;
  /**
   * Whether a terminator only ends a sentence when white space (or the end of
   * the paragraph) follows, as in English ("3.5 million" is not two sentences).
   */
  readonly needsSpaceAfter: boolean;
}

/** Sentence rules by source language. */
export const SENTENCE_RULES: Readonly<Record<TextLanguage, SentenceRule>> = {
  zh: { terminators: '。！？!?…', closers: '”’」』）)】》"\'', needsSpaceAfter: false },
  en: { terminators: '.!?…', closers: '”’")]\'', needsSpaceAfter: true },
  ru: { terminators: '.!?…', closers: '»”’")]\'', needsSpaceAfter: true },
};

const HORIZONTAL_SPACE = /[ \t\u00a0\u3000]/;

function isParagraphBreak(char: string | undefined): boolean {
  return char === undefined || char === '\n' || char === '\r';
}

/**
 * Whether a sentence ends just before `offset`: after a terminator and its
 * closers, and (where the language needs it) before white space.
 */
function endsSentenceBefore(text: string, offset: number, rule: SentenceRule): boolean {
  let index = offset - 1;
  while (index >= 0 && rule.closers.includes(text.charAt(index))) index -= 1;
  if (index < 0 || !rule.terminators.includes(text.charAt(index))) return false;
  if (rule.closers.includes(text.charAt(offset))) return false; // the closer belongs to it
  if (!rule.needsSpaceAfter) return true;
  const next = text.charAt(offset);
  return next === '' || /\s/.test(next);
}

/** The longest speaker label an interview paragraph opens with ("记者：", "Reporter:"). */
const SPEAKER_LABEL_MAX = 20;

/**
 * Whether `offset` follows a speaker label: a short run of text at the start
 * of a paragraph, without punctuation, ended by a colon. In an interview
 * ("阿利耶夫总统：……") the words after the label are a sentence start.
 */
function followsSpeakerLabel(text: string, offset: number): boolean {
  const colon = text.charAt(offset - 1);
  if (colon !== '：' && colon !== ':') return false;
  const lineStart =
    Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  const label = text.slice(lineStart, offset - 1).trim();
  return (
    label.length > 0 && label.length <= SPEAKER_LABEL_MAX && !/[，,。．.！!？?；;：:]/.test(label)
  );
}

/**
 * Whether a sentence starts at `offset` (after leading spaces of the line, if
 * any): at a paragraph's start, after a speaker label, or after a sentence end.
 */
export function isSentenceStart(text: string, offset: number, language: TextLanguage): boolean {
  let index = offset;
  while (index > 0 && HORIZONTAL_SPACE.test(text.charAt(index - 1))) index -= 1;
  if (index === 0 || isParagraphBreak(text.charAt(index - 1))) return true;
  if (followsSpeakerLabel(text, index)) return true;
  return endsSentenceBefore(text, index, SENTENCE_RULES[language]);
}

/** Whether a sentence ends at `offset` (exclusive): a terminator or a paragraph's end. */
export function isSentenceEnd(text: string, offset: number, language: TextLanguage): boolean {
  let index = offset;
  while (index < text.length && HORIZONTAL_SPACE.test(text.charAt(index))) index += 1;
  if (isParagraphBreak(text.charAt(index) || undefined)) return true;
  return endsSentenceBefore(text, offset, SENTENCE_RULES[language]);
}

/** The offset where the sentence holding `offset` begins. */
export function sentenceStartBefore(text: string, offset: number, language: TextLanguage): number {
  let index = offset;
  while (index > 0 && !isSentenceStart(text, index, language)) index -= 1;
  return index;
}

/** The offset (exclusive) where the sentence holding `offset - 1` ends. */
export function sentenceEndAfter(text: string, offset: number, language: TextLanguage): number {
  let index = offset;
  while (index < text.length && !isSentenceEnd(text, index, language)) index += 1;
  return index;
}
