/**
 * Editorial rules for quotes, beyond "the quote is in the source": it points
 * to one place, holds whole sentences, carries the translations readers need,
 * and an event whose quote does not state its year says how the year was found.
 *
 * @module
 */
import { findDateMentions, type DateMention } from './date-mentions.js';
import { locateQuote } from './quote-location.js';
import {
  isSentenceEnd,
  isSentenceStart,
  sentenceEndAfter,
  sentenceStartBefore,
} from './sentences.js';
import { formatPath, type StoryProblem } from './story-error.js';
import {
  REQUIRED_TEXT_LANGUAGES,
  type Quote,
  type Story,
  type StoryEvent,
  type TextLanguage,
} from './story-schema.js';
import { formatPosition, shorten } from './text-position.js';
import { tryParsePartialDate } from './partial-date.js';

/** Problems (errors) and warnings found by a check. */
export interface CheckResult {
  readonly problems: StoryProblem[];
  readonly warnings: StoryProblem[];
}

const LANGUAGE_NAMES: Readonly<Record<TextLanguage, string>> = {
  zh: 'Chinese',
  en: 'English',
  ru: 'Russian',
};

type Path = (string | number)[];

/**
 * Checks every event and entity quote of a story that passed `validateStory`
 * against its source text.
 */
export function checkQuotes(story: Story, sourceText: string): CheckResult {
  const result: CheckResult = { problems: [], warnings: [] };
  const language = story.source.language;
  const mentions = findDateMentions(sourceText, language);
  story.events.forEach((event, index) => {
    const span = checkOneQuote(
      sourceText,
      language,
      event.quote,
      ['events', index, 'quote'],
      result,
    );
    if (span) checkDateBasis(event, mentions, span, ['events', index], result);
  });
  story.entities.forEach((entity, index) => {
    if (entity.quote)
      checkOneQuote(sourceText, language, entity.quote, ['entities', index, 'quote'], result);
  });
  return result;
}

/** Checks one quote; returns where it stands when it is found. */
function checkOneQuote(
  sourceText: string,
  language: TextLanguage,
  quote: Quote,
  path: Path,
  result: CheckResult,
): { start: number; end: number } | undefined {
  checkTranslation(quote, language, path, result);
  const location = locateQuote(sourceText, quote.text, quote.offset);
  if (!location.found) return undefined; // validateStory has reported it
  const textPath = formatPath([...path, 'text']);
  if (quote.offset === undefined && location.occurrences.length > 1) {
    const places = location.occurrences
      .map((offset) => formatPosition(sourceText, offset))
      .join('; ');
    result.problems.push({
      path: textPath,
      message: `the quote appears ${location.occurrences.length} times in the source (${places}), so readers cannot be shown the right one; quote a longer passage that occurs only once`,
    });
  }
  const start = location.offset;
  const end = start + quote.text.length;
  if (!isSentenceStart(sourceText, start, language)) {
    const sentenceStart = sentenceStartBefore(sourceText, start, language);
    result.problems.push({
      path: textPath,
      message:
        `the quote starts in the middle of a sentence (${formatPosition(sourceText, start)}); ` +
        `the sentence begins "${shorten(sourceText.slice(sentenceStart, start), 20)}". ` +
        'Quote whole sentences, so the reader sees the full statement.',
    });
  }
  if (!isSentenceEnd(sourceText, end, language)) {
    const sentenceEnd = sentenceEndAfter(sourceText, end, language);
    const rest = sourceText.slice(end, sentenceEnd);
    result.problems.push({
      path: textPath,
      message:
        `the quote stops in the middle of a sentence (${formatPosition(sourceText, end)}); ` +
        `the sentence goes on "${rest.length > 20 ? `${rest.slice(0, 10)}…${rest.slice(-10)}` : rest}". ` +
        'Quote whole sentences, up to and including the final punctuation.',
    });
  }
  return { start, end };
}

/** A quote needs a translation into each required language the source is not written in. */
function checkTranslation(
  quote: Quote,
  language: TextLanguage,
  path: Path,
  result: CheckResult,
): void {
  for (const required of REQUIRED_TEXT_LANGUAGES) {
    if (required === language || quote.translation?.[required] !== undefined) continue;
    result.problems.push({
      path: formatPath([...path, 'translation', required]),
      message: `the quote is in ${LANGUAGE_NAMES[language]}; add its ${LANGUAGE_NAMES[required]} translation as "translation": { "${required}": "…" } so ${LANGUAGE_NAMES[required]} readers can read it (it is shown labelled as a translation)`,
    });
  }
  if (quote.translation?.[language] !== undefined) {
    result.warnings.push({
      path: formatPath([...path, 'translation', language]),
      message: `the source is already in ${LANGUAGE_NAMES[language]}, so this "translation" is never shown; remove it`,
    });
  }
}

/**
 * When the quote does not state the event's year(s) outright ("去年", "20周年"),
 * the event must say how they were worked out: nothing on the timeline may be
 * a date the reader cannot trace.
 */
function checkDateBasis(
  event: StoryEvent,
  mentions: readonly DateMention[],
  span: { start: number; end: number },
  path: Path,
  result: CheckResult,
): void {
  if (event.dateBasis !== undefined) return;
  const stated = new Set(
    mentions
      .filter((mention) => mention.start >= span.start && mention.end <= span.end)
      .map((mention) => mention.year)
      .filter((year) => year !== undefined),
  );
  const years = [event.start, event.end]
    .filter((date) => date !== undefined)
    .map((date) => tryParsePartialDate(date)?.year)
    .filter((year) => year !== undefined);
  const unstated = years.filter((year) => !stated.has(year));
  if (unstated.length === 0) return;
  result.problems.push({
    path: formatPath([...path, 'dateBasis']),
    message:
      `the quote does not state the year ${unstated.join(' or ')}, so the date must be explained: ` +
      'add "dateBasis": { "zh": "…", "en": "…" } saying how it was worked out from the text and the dateline ' +
      '(for example "20th anniversary in 2025 → 2025 − 20 = 2005")',
  });
}
