/**
 * Compiling a valid story for the browser: every quote gets its UTF-16 offset
 * in the source, and the source text rides along so a widget needs one fetch.
 *
 * @module
 */
import type { StoryProblem } from './story-error.js';
import type { Story } from './story-schema.js';
import { validateStory } from './validate-story.js';

/** A compiled story, or the problems that stopped it. */
export type StoryCompilation =
  | { readonly ok: true; readonly story: Story; readonly warnings: readonly StoryProblem[] }
  | { readonly ok: false; readonly problems: readonly StoryProblem[] };

/**
 * Validates `input` against `sourceText` and returns the story the browser
 * loads: quotes located, source text embedded.
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
  const validation = validateStory(input, { sourceText });
  if (!validation.ok) return validation;
  const { story } = validation;
  const compiled: Story = {
    ...story,
    source: { ...story.source, text: sourceText },
    events: story.events.map((event) => ({
      ...event,
      quote: {
        ...event.quote,
        offset: sourceText.indexOf(event.quote.text, event.quote.offset ?? 0),
      },
    })),
  };
  return { ok: true, story: compiled, warnings: validation.warnings };
}
