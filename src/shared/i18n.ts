/**
 * Every string the widgets show that does not come from the story, in Chinese,
 * English and Russian, plus the rules for picking a story label in the reader's
 * language.
 *
 * @module
 */
import { labelText, storyLabelLanguage } from '../model/story-languages.js';
import type { LocalText, Story } from '../model/story-schema.js';
import { en } from './strings/en.js';
import { ru } from './strings/ru.js';
import { zh } from './strings/zh.js';
import type { UiStrings } from './ui-strings.js';

export type { UiStrings } from './ui-strings.js';

/** The languages of the interface. Story labels exist in zh and en, sometimes ru. */
export const UI_LANGUAGES = ['zh', 'en', 'ru'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Reads a `lang` attribute; anything unknown falls back to English. */
export function toUiLanguage(value: string | null | undefined): UiLanguage {
  const primary = (value ?? '').toLowerCase().split('-')[0];
  return (UI_LANGUAGES as readonly string[]).includes(primary ?? '')
    ? (primary as UiLanguage)
    : 'en';
}

/** The `Intl` locale that formats dates and numbers for a language. */
export function localeOf(lang: UiLanguage): string {
  return { zh: 'zh-CN', en: 'en-GB', ru: 'ru-RU' }[lang];
}

/**
 * A story label in `lang`: pass the story's label language
 * ({@link labelLanguage}), not the interface's, so a story without the
 * reader's language shows its first.
 */
export function textIn(text: LocalText, lang: UiLanguage): string {
  return labelText(text, lang);
}

/**
 * The language a story's labels are shown in to a reader of `lang`: theirs
 * when the story has it, otherwise the story's first. The interface stays in
 * the reader's language either way (docs/authoring.md, "Languages").
 */
export function labelLanguage(story: Story, lang: UiLanguage): UiLanguage {
  return storyLabelLanguage(story, lang);
}

/**
 * The `lang` attribute a label needs inside an interface in `uiLang`: its own
 * language when that differs, so a screen reader and the browser's fonts read
 * an English name in a Russian page as English; `undefined` (no attribute)
 * when they agree.
 */
export function langWhereOther(labelLang: UiLanguage, uiLang: UiLanguage): UiLanguage | undefined {
  return labelLang === uiLang ? undefined : labelLang;
}

const STRINGS: Readonly<Record<UiLanguage, UiStrings>> = { zh, en, ru };

/** The interface strings for a language. */
export function uiStrings(lang: UiLanguage): UiStrings {
  return STRINGS[lang];
}
