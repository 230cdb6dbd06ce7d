/**
 * Which translation of a quote a reader is shown.
 *
 * @module
 */
import { TEXT_LANGUAGES, type TextLanguage, type Translation } from './story-schema.js';

/** A translation chosen for a reader: its language and text. */
export interface ChosenTranslation {
  readonly lang: TextLanguage;
  readonly text: string;
}

/**
 * The translation of a quote to show a reader of `readerLanguage`: in the
 * reader's language when the story has it (and it is not the source's own),
 * otherwise in the story's first language that is not the source's (the
 * source's language comes first, then zh, en, ru). `undefined` when the quote
 * has no translation to show.
 */
export function translationFor(
  translation: Translation | undefined,
  sourceLanguage: TextLanguage,
  readerLanguage: TextLanguage,
): ChosenTranslation | undefined {
  if (!translation) return undefined;
  const preference = [readerLanguage, ...TEXT_LANGUAGES].filter((lang) => lang !== sourceLanguage);
  for (const lang of preference) {
    const text = translation[lang];
    if (typeof text === 'string' && text !== '') return { lang, text };
  }
  return undefined;
}
