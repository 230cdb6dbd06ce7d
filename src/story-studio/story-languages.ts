/**
 * Which languages the studio asks labels in: the story's own (`languages`,
 * the source's first), as the build requires them. A story that declares
 * none yet is written in its source's language.
 *
 * @module
 */
import { TEXT_LANGUAGES, type TextLanguage } from '../model/story-schema.js';
import type { WorkingStory } from './working-story.js';

const isLanguage = (code: unknown): code is TextLanguage =>
  (TEXT_LANGUAGES as readonly unknown[]).includes(code);

/** The languages every label of `story` is written in, the source's own first. */
export function labelLanguages(story: Pick<WorkingStory, 'languages' | 'source'>): TextLanguage[] {
  const declared = (story.languages ?? []).filter(isLanguage);
  return [...new Set<TextLanguage>([story.source.language, ...declared])];
}

/** The languages a quote is translated into: the story's, less the source's own. */
export function translationLanguages(
  story: Pick<WorkingStory, 'languages' | 'source'>,
): TextLanguage[] {
  return labelLanguages(story).filter((language) => language !== story.source.language);
}
