/**
 * Editorial rules for quotes, beyond "the quote is in the source": it points
 * to one place, holds whole sentences, carries the translations readers need,
 * and an event whose quote does not state its year says how the year was found.
 *
 * @module
 */
import { findDateMentions, mentionsWithin, type DateMention } from './date-mentions.js';
import {
  asSearch,
  findOccurrences,
  locateQuote,
  SearchBudgetExceeded,
  searchStoppedMessage,
  type Occurrences,
  type TextSearch,
} from './quote-location.js';
import {
  isSentenceEnd,
  isSentenceStart,
  sentenceEndAfter,
  sentenceStartBefore,
} from './sentences.js';
import { formatPath, MAX_PROBLEMS, type StoryProblem } from './story-error.js';
import { LANGUAGE_NAMES, storyLanguages } from './story-languages.js';
import type { Quote, Story, StoryEvent, TextLanguage } from './story-schema.js';
import { formatPlaces, formatPosition, shorten } from './text-position.js';
import { isDate, parseEventDates, yearRange } from './partial-date.js';

/** Problems (errors) and warnings found by a check. */
export interface CheckResult {
  readonly problems: StoryProblem[];
  readonly warnings: StoryProblem[];
}

type Path = (string | number)[];

/**
 * Checks every event and entity quote of a story that passed `validateStory`
 * against its source text (or the search validation used, to share its budget
 * and what it found).
 */
export function checkQuotes(story: Story, source: string | TextSearch): CheckResult {
  const result: CheckResult = { problems: [], warnings: [] };
  const languages = storyLanguages(story);
  const checker = new OneQuoteChecker(asSearch(source), story.source.language, languages, result);
  const mentions = findDateMentions(checker.text, story.source.language);
  // Past MAX_PROBLEMS the review caps the list anyway: stop looking, since a
  // story wrong in every quote would otherwise spend the whole search budget.
  const full = () => result.problems.length > MAX_PROBLEMS;
  for (let index = 0; index < story.events.length && !full(); index++) {
    const event = story.events[index];
    if (!event) continue;
    const span = checker.check(event.quote, ['events', index, 'quote']);
    if (span) {
      checkDateBasis(event, mentions, span, { path: ['events', index], languages, result });
    }
  }
  for (let index = 0; index < story.entities.length && !full(); index++) {
    const quote = story.entities[index]?.quote;
    if (quote) checker.check(quote, ['entities', index, 'quote']);
  }
  return result;
}

/**
 * Checks quotes one by one. Each distinct place is judged once (a story may
 * cite one sentence from many events), and counting where a quote without an
 * offset occurs stops, with one problem, when the search budget is spent.
 */
class OneQuoteChecker {
  readonly text: string;
  readonly #starts = new Map<number, boolean>();
  readonly #ends = new Map<number, boolean>();
  /** Where each quote text without an offset occurs: many events may cite one sentence. */
  readonly #occurrences = new Map<string, Occurrences>();
  #counting = true;
  #counted = 0;

  constructor(
    private readonly search: TextSearch,
    private readonly language: TextLanguage,
    private readonly storyLanguages: readonly TextLanguage[],
    private readonly result: CheckResult,
  ) {
    this.text = search.text;
  }

  /** Checks one quote; returns where it stands when it is found. */
  check(quote: Quote, path: Path): { start: number; end: number } | undefined {
    const { text, language, result } = this;
    checkTranslation(quote, language, this.storyLanguages, path, result);
    let location;
    try {
      location = locateQuote(this.search, quote.text, quote.offset, false);
    } catch (error) {
      if (!(error instanceof SearchBudgetExceeded)) throw error;
      return undefined; // validateStory has reported where searching stopped
    }
    if (!location.found) return undefined; // validateStory has reported it
    const textPath = formatPath([...path, 'text']);
    if (quote.offset === undefined) this.checkUnique(quote.text, location.offset, textPath);
    const start = location.offset;
    const end = start + quote.text.length;
    if (!this.isStart(start)) {
      const sentenceStart = sentenceStartBefore(text, start, language);
      result.problems.push({
        path: textPath,
        message:
          `the quote starts in the middle of a sentence (${formatPosition(text, start)}); ` +
          `the sentence begins "${shorten(text.slice(sentenceStart, start), 20)}". ` +
          'Quote whole sentences, so the reader sees the full statement.',
      });
    }
    if (!this.isEnd(end)) {
      const sentenceEnd = sentenceEndAfter(text, end, language);
      const rest = text.slice(end, sentenceEnd);
      result.problems.push({
        path: textPath,
        message:
          `the quote stops in the middle of a sentence (${formatPosition(text, end)}); ` +
          `the sentence goes on "${rest.length > 20 ? `${shorten(rest, 10)}${shorten(rest.slice(-10), 10)}` : shorten(rest, 20)}". ` +
          'Quote whole sentences, up to and including the final punctuation.',
      });
    }
    return { start, end };
  }

  /** A quote without an offset must occur once, or readers may be shown the wrong place. */
  private checkUnique(quote: string, first: number, path: string): void {
    if (!this.#counting) return;
    try {
      let occurrences = this.#occurrences.get(quote);
      if (!occurrences) {
        occurrences = findOccurrences(this.search, quote, 3, first);
        this.#occurrences.set(quote, occurrences);
      }
      const { offsets, count } = occurrences;
      this.#counted += 1;
      if (count < 2) return;
      this.result.problems.push({
        path,
        message: `the quote appears ${count.toLocaleString('en')} times in the source (${formatPlaces(this.text, offsets, count)}), so readers cannot be shown the right one; quote a longer passage that occurs only once`,
      });
    } catch (error) {
      if (!(error instanceof SearchBudgetExceeded)) throw error;
      this.#counting = false;
      this.result.problems.push({
        path,
        message: searchStoppedMessage(this.search, this.#counted),
      });
    }
  }

  private isStart(offset: number): boolean {
    let known = this.#starts.get(offset);
    if (known === undefined) {
      known = isSentenceStart(this.text, offset, this.language);
      this.#starts.set(offset, known);
    }
    return known;
  }

  private isEnd(offset: number): boolean {
    let known = this.#ends.get(offset);
    if (known === undefined) {
      known = isSentenceEnd(this.text, offset, this.language);
      this.#ends.set(offset, known);
    }
    return known;
  }
}

/** A quote needs a translation into each of the story's languages the source is not written in. */
function checkTranslation(
  quote: Quote,
  language: TextLanguage,
  storyLanguages: readonly TextLanguage[],
  path: Path,
  result: CheckResult,
): void {
  for (const required of storyLanguages) {
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
 * The years an event's dates name, as a quote states them: the astronomical
 * year (-43 for 44 BC), the first of a decade or century ("199X" is stated by
 * "the 1990s": 1990). Open and unknown ends name none.
 */
function yearsOf(event: StoryEvent): number[] {
  try {
    const { start, end } = parseEventDates(event.start, event.end);
    return [start, end].filter(isDate).map((date) => yearRange(date).first);
  } catch {
    return []; // reported by validateStory
  }
}

/**
 * When the quote does not state the event's year(s) outright ("去年", "20周年"),
 * the event must say how they were worked out: nothing on the timeline may be
 * a date the reader cannot trace. When the quote states another year, the date
 * may be a typo of it: the message says so first.
 */
function checkDateBasis(
  event: StoryEvent,
  mentions: readonly DateMention[],
  span: { start: number; end: number },
  where: { path: Path; languages: readonly TextLanguage[]; result: CheckResult },
): void {
  if (event.dateBasis !== undefined) return;
  const stated = [
    ...new Set(
      mentionsWithin(mentions, span.start, span.end)
        .map((mention) => mention.year)
        .filter((year) => year !== undefined),
    ),
  ];
  const years = yearsOf(event);
  const unstated = years.filter((year) => !stated.includes(year));
  if (unstated.length === 0) return;
  // Years the quote states that the event's dates do not name: the date may be a typo of one.
  const others = stated.filter((year) => !years.includes(year));
  // In the story's own languages: an English-only story is not asked for Chinese.
  const basis = where.languages.map((lang) => `"${lang}": "…"`).join(', ');
  const explain =
    `add "dateBasis": { ${basis} } saying how it was worked out from the text and the dateline ` +
    '(for example "20th anniversary in 2025 → 2025 − 20 = 2005")';
  const fix = event.end === undefined ? '"start"' : '"start" or "end"';
  where.result.problems.push({
    path: formatPath([...where.path, 'dateBasis']),
    message:
      others.length === 0
        ? `the quote does not state the year ${unstated.join(' or ')}, so the date must be explained: ${explain}`
        : `the quote does not state the year ${unstated.join(' or ')} (it states ${others.join(' and ')}): ` +
          `if the date should be ${others.join(' or ')}, fix ${fix}; else explain it: ${explain}`,
  });
}
