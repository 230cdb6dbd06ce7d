/**
 * Compiling a story for the browser: validated (`validateStory`), reviewed
 * (`reviewStory`: whole sentences, evidence, coverage), every quote given its
 * UTF-16 offset in the source, and the source text embedded so a widget needs
 * one fetch.
 *
 * @module
 */
import { draftEventProblems } from './draft-schema.js';
import { locateQuote } from './quote-location.js';
import { reviewStory } from './review-story.js';
import type { StoryProblem } from './story-error.js';
import type { Quote, Story } from './story-schema.js';
import { validateStory } from './validate-story.js';

/** A compiled story, or the problems that stopped it. */
export type StoryCompilation =
  | { readonly ok: true; readonly story: Story; readonly warnings: readonly StoryProblem[] }
  | { readonly ok: false; readonly problems: readonly StoryProblem[] };

/** The quote with its offset in the source recorded (it was found by validation). */
function located(quote: Quote, sourceText: string): Quote {
  const location = locateQuote(sourceText, quote.text, quote.offset);
  return location.found ? { ...quote, offset: location.offset } : quote;
}

/**
 * Validates and reviews `input` against `sourceText` and returns the story
 * the browser loads: quotes located, source text embedded. A story that still
 * has draft events is refused, each of them listed.
 */
export function compileStory(input: unknown, sourceText: string | undefined): StoryCompilation {
  if (sourceText === undefined) {
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
  // A draft is not checked further: its events are still to be written.
  const drafts = draftEventProblems(input);
  if (drafts.length > 0) return { ok: false, problems: drafts };
  const validation = validateStory(input, { sourceText });
  if (!validation.ok) return validation;
  const { story } = validation;
  const review = reviewStory(story, sourceText);
  if (review.problems.length > 0) return { ok: false, problems: review.problems };
  const compiled: Story = {
    ...story,
    source: { ...story.source, text: sourceText },
    events: story.events.map((event) => ({ ...event, quote: located(event.quote, sourceText) })),
    entities: story.entities.map((entity) =>
      entity.quote ? { ...entity, quote: located(entity.quote, sourceText) } : entity,
    ),
  };
  return { ok: true, story: compiled, warnings: review.warnings };
}
