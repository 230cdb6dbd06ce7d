/**
 * Story validation shared by the build and the browser: the schema first, then
 * the rules a schema cannot express (unique ids, resolvable references, real
 * dates in order, quotes found verbatim in the source). These are the rules a
 * widget needs to render a story faithfully; the editorial review the build
 * adds on top (whole sentences, coverage, evidence) is in `review-story.ts`.
 *
 * @module
 */
import * as v from 'valibot';
import { inspectStoryInput } from './input-limits.js';
import {
  comparePartialDates,
  endTime,
  isDate,
  PartialDateError,
  startTime,
  tryParsePartialDate,
  type EventDates,
  type PartialDate,
} from './partial-date.js';
import { formatPath, ProblemList, type StoryProblem } from './story-error.js';
import {
  locateQuote,
  QUOTE_SEARCH_BUDGET,
  SearchBudgetExceeded,
  searchStoppedMessage,
  TextSearch,
} from './quote-location.js';
import { datesOfEvent } from './event-dates.js';
import { checkStoryLanguages } from './story-languages.js';
import { isStoryShaped } from './story-shape-check.generated.js';
import { StorySchema, type Quote, type Story } from './story-schema.js';

/** The outcome of validation: a typed story, or the problems that stop it. */
export type StoryValidation =
  | { readonly ok: true; readonly story: Story }
  | { readonly ok: false; readonly problems: readonly StoryProblem[] };

/** Options for {@link validateStory}. */
export interface ValidateOptions {
  /**
   * The source text the quotes must be found in. When omitted, the story's own
   * `source.text` is used; when neither is there, quotes are not checked.
   */
  readonly sourceText?: string;
  /**
   * Characters of the source the quote searches may read in all (quotes
   * without an offset are searched for); {@link QUOTE_SEARCH_BUDGET} by default.
   */
  readonly searchBudget?: number;
  /**
   * The search to use, shared with a review that follows (its budget and the
   * quotes it has found carry over). Takes precedence over `sourceText`.
   */
  readonly search?: TextSearch;
  /**
   * The input is plain data already checked against the input limits (a copy
   * made by `inspectStoryInput`): it is not walked again.
   */
  readonly inspected?: boolean;
  /**
   * The input is known to have a story's shape (a part of a collection whose
   * shape was checked as a whole): the shape is not checked again.
   */
  readonly shaped?: boolean;
}

/**
 * How many quotes not found in the source are explained in detail (the first
 * character that differs, and where); the others are reported in short, since
 * each explanation reads the source a dozen times more.
 */
export const EXPLAINED_MISMATCHES = 10;

function pathOf(issue: v.BaseIssue<unknown>): (string | number)[] {
  return (issue.path ?? []).map((item) => {
    const key: unknown = item.key;
    return typeof key === 'number' ? key : String(key);
  });
}

/** Turns a schema issue into a problem; a missing field says so plainly. */
export function problemFromIssue(issue: v.BaseIssue<unknown>): StoryProblem {
  const parts = pathOf(issue);
  const path = formatPath(parts);
  const last = parts.at(-1);
  if (issue.input === undefined && typeof last === 'string') {
    return { path, message: `"${last}" is required but missing` };
  }
  return { path, message: issue.message };
}

/** Checks a parsed story's cross-references, dates and quotes. */
function checkStoryRules(story: Story, search: TextSearch | undefined): StoryProblem[] {
  const problems = new ProblemList();
  const add = (parts: (string | number)[], message: string) => {
    problems.add(parts, message);
  };

  const entityIndex = new Map<string, number>();
  for (let index = 0; index < story.entities.length && !problems.stopped; index++) {
    const id = story.entities[index]?.id ?? '';
    const first = entityIndex.get(id);
    if (first !== undefined) {
      add(
        ['entities', index, 'id'],
        `the id "${id}" is already used by entities[${first}]; ids must be unique`,
      );
    } else entityIndex.set(id, index);
  }

  const eventIndex = new Map<string, number>();
  for (let index = 0; index < story.events.length && !problems.stopped; index++) {
    const id = story.events[index]?.id ?? '';
    const first = eventIndex.get(id);
    if (first !== undefined) {
      add(
        ['events', index, 'id'],
        `the id "${id}" is already used by events[${first}]; ids must be unique`,
      );
    } else eventIndex.set(id, index);
  }

  checkStoryLanguages(story, problems);

  const dateline = tryParsePartialDate(story.source.dateline);
  if (!dateline) add(['source', 'dateline'], `"${story.source.dateline}" is not a real date`);

  const quotes = new QuoteChecker(search, problems);
  // Plain loops, and a problem's path built only when there is a problem: this
  // runs cold on the way to a story's first paint, once per event and relation.
  for (let index = 0; index < story.events.length && !problems.stopped; index++) {
    const event = story.events[index];
    if (!event) continue;
    const dates = eventDates(event);
    if (dates instanceof PartialDateError) {
      add(['events', index, dates.input === event.start ? 'start' : 'end'], dates.message);
    }
    const start = dates instanceof PartialDateError ? undefined : dates.start;
    const end = dates instanceof PartialDateError ? undefined : dates.end;
    if (isDate(start) && isDate(end) && comparePartialDates(end, start) < 0) {
      add(
        ['events', index, 'end'],
        `the end "${event.end ?? event.start}" is before the start "${event.start}"; swap them or fix the date`,
      );
    }
    const first = isDate(start) ? start : isDate(end) ? end : undefined;
    if (first && dateline && !overlaps(first, dateline)) {
      // A date whose span overlaps the dateline's ("2025-10" for a dateline of
      // 2025-10-18, "202X") may be either side of it, so only clear cases are enforced.
      const afterDateline = comparePartialDates(first, dateline) > 0;
      if (afterDateline && event.planned !== true) {
        add(
          ['events', index, 'planned'],
          `the event starts after the dateline ${story.source.dateline}; mark it "planned": true`,
        );
      }
      if (!afterDateline && event.planned === true) {
        add(
          ['events', index, 'planned'],
          `the event starts before the dateline ${story.source.dateline}, so it cannot be planned`,
        );
      }
    }
    for (let position = 0; position < event.entities.length; position++) {
      const entityId = event.entities[position] ?? '';
      if (!entityIndex.has(entityId)) {
        add(['events', index, 'entities', position], noSuchEntity(entityId));
      }
    }
    quotes.check(event.quote, () => ['events', index, 'quote']);
  }

  for (let index = 0; index < story.entities.length && !problems.stopped; index++) {
    const quote = story.entities[index]?.quote;
    if (quote !== undefined) quotes.check(quote, () => ['entities', index, 'quote']);
  }

  for (let index = 0; index < story.relations.length && !problems.stopped; index++) {
    const relation = story.relations[index];
    if (!relation) continue;
    if (!entityIndex.has(relation.from)) {
      add(['relations', index, 'from'], noSuchEntity(relation.from));
    }
    if (!entityIndex.has(relation.to)) {
      add(['relations', index, 'to'], noSuchEntity(relation.to));
    }
    if (relation.from === relation.to) {
      add(['relations', index, 'to'], `a relation cannot link "${relation.from}" to itself`);
    }
    for (let position = 0; position < relation.events.length; position++) {
      const eventId = relation.events[position] ?? '';
      if (!eventIndex.has(eventId)) {
        add(
          ['relations', index, 'events', position],
          `no event has the id "${eventId}"; cite an existing event`,
        );
      }
    }
  }
  checkLayoutPositions(story, add);
  return problems.problems;
}

/**
 * Positions must be numbers for every key. The schema cannot say so for all of
 * them: valibot skips the keys `constructor`, `prototype` and `__proto__` of a
 * record, and `constructor` is a valid entity id.
 */
function checkLayoutPositions(
  story: Story,
  add: (parts: (string | number)[], message: string) => void,
): void {
  const positions = story.layout?.positions;
  if (!positions) return;
  for (const id of Object.keys(positions)) {
    const position: unknown = positions[id];
    const x: unknown =
      typeof position === 'object' && position !== null ? Reflect.get(position, 'x') : undefined;
    const y: unknown =
      typeof position === 'object' && position !== null ? Reflect.get(position, 'y') : undefined;
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      add(
        ['layout', 'positions', id],
        'a position must be an object like {"x": 120, "y": -40}; remove "layout", the build computes it',
      );
      return;
    }
  }
}

/**
 * Checks that each quote is in the source word for word, and at its declared
 * offset if it has one, within the search's budget: once it is spent, one
 * problem says where checking stopped, and no further quote is looked for.
 */
class QuoteChecker {
  #checked = 0;
  #explained = 0;
  #stopped = false;

  constructor(
    private readonly search: TextSearch | undefined,
    private readonly problems: ProblemList,
  ) {}

  /** `at` is where the quote is in the story, for the problem's path. */
  check(quote: Quote, at: () => (string | number)[]): void {
    const search = this.search;
    if (!search || this.#stopped) return;
    try {
      const explain = this.#explained < EXPLAINED_MISMATCHES;
      const location = locateQuote(search, quote.text, quote.offset, explain);
      this.#checked += 1;
      if (location.found) return;
      if (location.field === 'text') this.#explained += 1;
      this.problems.add([...at(), location.field], location.message);
    } catch (error) {
      if (!(error instanceof SearchBudgetExceeded)) throw error;
      this.#stopped = true;
      this.problems.add([...at(), 'text'], searchStoppedMessage(search, this.#checked));
    }
  }
}

/** An event's dates, or the error that names the value and the rule it breaks. */
function eventDates(event: Story['events'][number]): EventDates | PartialDateError {
  try {
    return datesOfEvent(event);
  } catch (error) {
    if (error instanceof PartialDateError) return error;
    throw error;
  }
}

const noSuchEntity = (id: string) =>
  `no entity has the id "${id}"; add it to "entities" or fix the id`;

/** Whether the spans of two dates overlap (e.g. 2025-10 and 2025-10-18, 202X and 2025). */
function overlaps(a: PartialDate, b: PartialDate): boolean {
  return startTime(a) < endTime(b) && startTime(b) < endTime(a);
}

/**
 * Validates untrusted data as a story.
 *
 * Never throws: every way the input can be wrong comes back as a problem with
 * a path, so a widget can show it and a build can print it.
 */
export function validateStory(input: unknown, options: ValidateOptions = {}): StoryValidation {
  // Nothing below iterates over a list or follows a nesting it has not seen
  // first: the limits (depth, lengths, size) are checked before anything else.
  if (!options.inspected) {
    const inspection = inspectStoryInput(input, false);
    if (!inspection.ok) return { ok: false, problems: [inspection.problem] };
  }
  try {
    // A quick yes for a well-formed story, generated from the schema at build time
    // (src/build/story-shape-check.ts). A no is never reported as such: valibot then
    // checks again and words the problems.
    if (!options.shaped && !isStoryShaped(input)) {
      const parsed = v.safeParse(StorySchema, input, { abortEarly: false });
      if (!parsed.success) {
        const problems = new ProblemList();
        problems.push(...parsed.issues.map(problemFromIssue));
        return { ok: false, problems: problems.problems };
      }
    }
    // The schema transforms nothing (no trimming, no defaults), so the input is
    // the story; keeping it rather than valibot's copy means a widget given a
    // story object does not hold it twice (~0.8 MB more at 2,000 events).
    const story = input as Story;
    const sourceText = options.sourceText ?? story.source.text;
    const search =
      options.search ??
      (sourceText === undefined
        ? undefined
        : new TextSearch(sourceText, options.searchBudget ?? QUOTE_SEARCH_BUDGET));
    const problems = checkStoryRules(story, search);
    if (problems.length > 0) return { ok: false, problems };
    return { ok: true, story };
  } catch (error) {
    // Only an object that runs code when read gets here (a getter, a Proxy):
    // data parsed from JSON cannot throw. Widgets copy such objects first.
    const cause = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return {
      ok: false,
      problems: [
        {
          path: '',
          message: `the story could not be read (${cause.slice(0, 200)}); a story must be plain data, as JSON is`,
        },
      ],
    };
  }
}
