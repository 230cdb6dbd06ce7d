/**
 * Compiling a story for the browser: validated (`validateStory`), reviewed
 * (`reviewStory`: whole sentences, evidence, coverage), every quote given its
 * UTF-16 offset in the source, and the source text embedded so a widget needs
 * one fetch.
 *
 * @module
 */
import { draftEventProblems } from './draft-schema.js';
import { locateQuote, TextSearch } from './quote-location.js';
import { reviewStory } from './review-story.js';
import type { StoryProblem } from './story-error.js';
import type { Quote, Story } from './story-schema.js';
import { validateStory } from './validate-story.js';

/** A compiled story, or the problems that stopped it. */
export type StoryCompilation =
  | { readonly ok: true; readonly story: Story; readonly warnings: readonly StoryProblem[] }
  | { readonly ok: false; readonly problems: readonly StoryProblem[] };

/** The quote with its offset in the source recorded (validation found it; the search remembers). */
function located(quote: Quote, search: TextSearch): Quote {
  const location = locateQuote(search, quote.text, quote.offset, false);
  return location.found ? { ...quote, offset: location.offset } : quote;
}

/**
 * How many characters of source compiling one story may read looking for
 * quotes: about a second at worst (docs/performance.md). Far more than any real story needs (a quote
 * is found where it is; the shipped story reads some 100,000), but a story
 * of thousands of quotes missing from a long source stops here.
 */
export const COMPILE_SEARCH_BUDGET = 300_000_000;

/**
 * Validates and reviews `input` against `sourceText` and returns the story
 * the browser loads: quotes located, source text embedded. A story that still
 * has draft events is refused, each of them listed.
 */
export function compileStory(
  input: unknown,
  sourceText: string | undefined,
  searchBudget = COMPILE_SEARCH_BUDGET,
): StoryCompilation {
  // A draft is not checked further: its events are still to be written.
  const drafts = draftEventProblems(input);
  if (drafts.length > 0) return { ok: false, problems: drafts };
  if (sourceText === undefined) {
    // What is wrong with the story itself comes first (it may not be a story at all).
    const validation = validateStory(input, { searchBudget: searchBudget });
    if (!validation.ok) return validation;
    return {
      ok: false,
      problems: [
        {
          path: 'source.file',
          message: 'the story names no source file, so its quotes cannot be checked',
        },
      ],
    };
  }
  const search = new TextSearch(sourceText, searchBudget);
  const validation = validateStory(input, { search });
  if (!validation.ok) return validation;
  const { story } = validation;
  const review = reviewStory(story, search);
  if (review.problems.length > 0) return { ok: false, problems: review.problems };
  const compiled: Story = {
    ...story,
    source: { ...story.source, text: sourceText },
    events: story.events.map((event) => ({ ...event, quote: located(event.quote, search) })),
    entities: story.entities.map((entity) =>
      entity.quote ? { ...entity, quote: located(entity.quote, search) } : entity,
    ),
  };
  return { ok: true, story: compiled, warnings: review.warnings };
}
