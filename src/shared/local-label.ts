/**
 * A story label as the elements render it: in the story's label language, and
 * marked with `lang` when that is not the interface's (an English name in a
 * Russian interface reads `<span lang="en">`), so screen readers pronounce it
 * and the browser picks its fonts and hyphenation for the right language.
 *
 * @module
 */
import { html, type TemplateResult } from 'lit';
import type { LocalText, Story } from '../model/story-schema.js';
import { labelLanguage, textIn, type UiLanguage } from './i18n.js';

/** The interface's language and the language the story's labels are shown in. */
export interface LabelLanguages {
  readonly ui: UiLanguage;
  readonly label: UiLanguage;
}

/** The label and interface languages for a story read in `ui`. */
export function labelLanguages(story: Story, ui: UiLanguage): LabelLanguages {
  return { ui, label: labelLanguage(story, ui) };
}

/** A label as text, wrapped in a `<span lang>` when it is not in the interface's language. */
export function localLabel(text: LocalText, languages: LabelLanguages): TemplateResult | string {
  const shown = textIn(text, languages.label);
  return languages.label === languages.ui
    ? shown
    : html`<span lang=${languages.label}>${shown}</span>`;
}
