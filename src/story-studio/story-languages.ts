/**
 * Which languages the studio asks labels in. A story declares its languages
 * (`languages: ["en"]`, the source's own first); while the story format does
 * not know that field yet, every label is still required in the format's
 * required languages, and the studio asks for those too, so that what it saves
 * always builds.
 *
 * @module
 */
import {
  REQUIRED_TEXT_LANGUAGES,
  StorySchema,
  TEXT_LANGUAGES,
  type TextLanguage,
} from '../model/story-schema.js';
import type { WorkingStory } from './working-story.js';

/** Whether the story format reads a story's own `languages` (issue 13's first part). */
const FORMAT_KNOWS_LANGUAGES = 'languages' in StorySchema.entries;

const isLanguage = (code: unknown): code is TextLanguage =>
  (TEXT_LANGUAGES as readonly unknown[]).includes(code);

/** The languages every label of `story` is written in, the source's own first. */
export function labelLanguages(story: Pick<WorkingStory, 'languages' | 'source'>): TextLanguage[] {
  const declared = (story.languages ?? []).filter(isLanguage);
  const wanted = new Set<TextLanguage>([story.source.language, ...declared]);
  if (!FORMAT_KNOWS_LANGUAGES || declared.length === 0) {
    for (const language of REQUIRED_TEXT_LANGUAGES) wanted.add(language);
  }
  return [...wanted];
}

/** The languages a quote is translated into: the story's, less the source's own. */
export function translationLanguages(
  story: Pick<WorkingStory, 'languages' | 'source'>,
): TextLanguage[] {
  return labelLanguages(story).filter((language) => language !== story.source.language);
}
