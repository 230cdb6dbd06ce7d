/**
 * Every string the widgets show that does not come from the story, in Chinese,
 * English and Russian, plus the rules for picking a story label in the reader's
 * language.
 *
 * @module
 */
import type { LocalText } from '../model/story-schema.js';
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

/** A story label in the reader's language; Russian falls back to English. */
export function textIn(text: LocalText, lang: UiLanguage): string {
  if (lang === 'ru') return text.ru ?? text.en;
  return text[lang];
}

const STRINGS: Readonly<Record<UiLanguage, UiStrings>> = { zh, en, ru };

/** The interface strings for a language. */
export function uiStrings(lang: UiLanguage): UiStrings {
  return STRINGS[lang];
}
