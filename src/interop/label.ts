/**
 * A story's labels in one language, for formats that hold one text per field
 * (TimelineJS, GEXF, GraphML): the language asked for, else the first the
 * label gives, so that no field is ever left empty.
 *
 * @module
 */
import { TEXT_LANGUAGES, type TextLanguage } from '../model/story-schema.js';

/** A label by language, as every version of the story format writes one. */
export type Label = Readonly<Partial<Record<TextLanguage, string>>>;

/** The label's text in `language`, or in the first language it gives; `''` for no label. */
export function labelIn(label: Label | undefined, language: TextLanguage): string {
  if (!label) return '';
  const asked = label[language];
  if (asked !== undefined) return asked;
  for (const other of TEXT_LANGUAGES) {
    const text = label[other];
    if (text !== undefined) return text;
  }
  return '';
}
