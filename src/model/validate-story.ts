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
import { comparePartialDates, tryParsePartialDate, type PartialDate } from './partial-date.js';
import { formatPath, type StoryProblem } from './story-error.js';
import { locateQuote } from './quote-location.js';
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
}

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
function checkStoryRules(story: Story, sourceText: string | undefined): StoryProblem[] {
  const problems: StoryProblem[] = [];
  const add = (parts: (string | number)[], message: string) =>
    problems.push({ path: formatPath(parts), message });

  const entityIndex = new Map<string, number>();
  story.entities.forEach((entity, index) => {
    const first = entityIndex.get(entity.id);
    if (first !== undefined) {
      add(
        ['entities', index, 'id'],
        `the id "${entity.id}" is already used by entities[${first}]; ids must be unique`,
      );
    } else entityIndex.set(entity.id, index);
  });

  const eventIndex = new Map<string, number>();
  story.events.forEach((event, index) => {
    const first = eventIndex.get(event.id);
    if (first !== undefined) {
      add(
        ['events', index, 'id'],
        `the id "${event.id}" is already used by events[${first}]; ids must be unique`,
      );
    } else eventIndex.set(event.id, index);
  });

  const dateline = tryParsePartialDate(story.source.dateline);
  if (!dateline) add(['source', 'dateline'], `"${story.source.dateline}" is not a real date`);

  // Plain loops, and a problem's path built only when there is a problem: this
  // runs cold on the way to a story's first paint, once per event and relation.
  for (let index = 0; index < story.events.length; index++) {
    const event = story.events[index];
    if (!event) continue;
    const start = tryParsePartialDate(event.start);
    if (!start) add(['events', index, 'start'], notARealDate(event.start));
    const end = event.end === undefined ? undefined : tryParsePartialDate(event.end);
    if (event.end !== undefined && !end) add(['events', index, 'end'], notARealDate(event.end));
    if (start && end && comparePartialDates(end, start) < 0) {
      add(
        ['events', index, 'end'],
        `the end "${event.end}" is before the start "${event.start}"; swap them or fix the date`,
      );
    }
    if (start && dateline && !sameSpanStart(start, dateline)) {
      // A date that shares its span with the dateline ("2025-10" for a dateline of
      // 2025-10-18) may be either side of it, so only clear cases are enforced.
      const afterDateline = comparePartialDates(start, dateline) > 0;
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
    if (sourceText !== undefined) {
      checkQuoteInSource(sourceText, event.quote, () => ['events', index, 'quote'], add);
    }
  }

  story.entities.forEach((entity, index) => {
    if (sourceText !== undefined && entity.quote !== undefined) {
      checkQuoteInSource(sourceText, entity.quote, () => ['entities', index, 'quote'], add);
    }
  });

  for (let index = 0; index < story.relations.length; index++) {
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
  return problems;
}

const notARealDate = (text: string) =>
  `"${text}" is not a real date (that day does not exist in that month)`;

const noSuchEntity = (id: string) =>
  `no entity has the id "${id}"; add it to "entities" or fix the id`;

/** Whether `a` falls inside the span that starts `b` (e.g. 2025-10 and 2025). */
function sameSpanStart(a: PartialDate, b: PartialDate): boolean {
  if (a.year !== b.year) return false;
  if (a.precision === 'year' || b.precision === 'year') return true;
  if (a.month !== b.month) return false;
  return a.precision === 'month' || b.precision === 'month' || a.day === b.day;
}

/**
 * A quote must be in the source word for word, and at its declared offset if it
 * has one. `at` is where the quote is in the story, for the problem's path.
 */
function checkQuoteInSource(
  sourceText: string,
  quote: Quote,
  at: () => (string | number)[],
  add: (parts: (string | number)[], message: string) => void,
): void {
  // A compiled story says where each quote is; checking that place is enough
  // (and keeps a 10,000-event story from scanning its source 10,000 times).
  if (quote.offset !== undefined && sourceText.startsWith(quote.text, quote.offset)) return;
  const location = locateQuote(sourceText, quote.text, quote.offset);
  if (!location.found) add([...at(), location.field], location.message);
}

/**
 * Validates untrusted data as a story.
 *
 * Never throws: every way the input can be wrong comes back as a problem with
 * a path, so a widget can show it and a build can print it.
 */
export function validateStory(input: unknown, options: ValidateOptions = {}): StoryValidation {
  // A quick yes for a well-formed story, generated from the schema at build time
  // (src/build/story-shape-check.ts). A no is never reported as such: valibot then
  // checks again and words the problems.
  if (!isStoryShaped(input)) {
    const parsed = v.safeParse(StorySchema, input, { abortEarly: false });
    if (!parsed.success) {
      return { ok: false, problems: parsed.issues.map(problemFromIssue) };
    }
  }
  // The schema transforms nothing (no trimming, no defaults), so the input is
  // the story; keeping it rather than valibot's copy means a widget given a
  // story object does not hold it twice (~0.8 MB more at 2,000 events).
  const story = input as Story;
  const problems = checkStoryRules(story, options.sourceText ?? story.source.text);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, story };
}
