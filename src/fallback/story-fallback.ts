/**
 * The static fallback of a story: an ordered list of its events (date, title,
 * quote, translation) and the citation, as HTML that the build puts inside a
 * widget's tag in a declarative shadow root. Readers without JavaScript, and
 * everyone before the widget upgrades, read this list; search engines index it.
 * Every story string is escaped: data never becomes markup.
 *
 * @module
 */
import { membersOf, sourceOf } from '../model/collection-story.js';
import { eventDateLabel, formatPartialDate, tryParsePartialDate } from '../model/partial-date.js';
import { indexStory } from '../model/story-index.js';
import { labelText, storyLabelLanguage } from '../model/story-languages.js';
import {
  PARTIAL_DATE_PATTERN,
  type LocalText,
  type Story,
  type StoryEvent,
  type StorySource,
} from '../model/story-schema.js';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and (quoted) attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** Options for {@link storyFallbackHtml}. */
export interface FallbackOptions {
  /** URL of fallback.css as the page will see it (relative to the page, or absolute). */
  readonly stylesheet: string;
  /**
   * The language of titles and labels (quotes stay in the source's language); a
   * label the story lacks in Russian is given in English.
   */
  readonly lang?: FallbackLanguage;
}

/** The languages a fallback can be written in. */
export type FallbackLanguage = 'en' | 'zh' | 'ru';

const LABELS = {
  en: {
    planned: 'planned',
    translation: 'Translation',
    source: 'Source',
    intro: 'Events in date order',
  },
  zh: { planned: '计划中', translation: '译文', source: '来源', intro: '按时间顺序排列的事件' },
  ru: {
    planned: 'запланировано',
    translation: 'Перевод',
    source: 'Источник',
    intro: 'События в хронологическом порядке',
  },
} as const;

const LOCALES = { en: 'en-GB', zh: 'zh-CN', ru: 'ru-RU' } as const;

/**
 * The `datetime` attribute of an event's date, when HTML can read it: a year,
 * month or day of the common era ("1926", "2025-03"). EDTF's other forms
 * ("-0043", "1920~", "2022/..") are not HTML dates; their words say it all.
 */
function machineDate(start: string): string {
  return PARTIAL_DATE_PATTERN.test(start) ? ` datetime="${escapeHtml(start)}"` : '';
}

function dateOf(event: StoryEvent, locale: string): string {
  return eventDateLabel(event, locale);
}

/**
 * The fallback markup: a `<template shadowrootmode="open">` to place as the
 * first child of `<history-explorer>`, `<event-timeline>` or `<event-graph>`.
 */
export function storyFallbackHtml(story: Story, options: FallbackOptions): string {
  const lang = options.lang ?? 'en';
  const labels = LABELS[lang];
  const locale = LOCALES[lang];
  // Labels in the story's first language when it lacks the page's, marked as such.
  const labelLang = storyLabelLanguage(story, lang);
  const text = (value: LocalText) =>
    labelLang === lang
      ? escapeHtml(labelText(value, lang))
      : `<span lang="${labelLang}">${escapeHtml(labelText(value, labelLang))}</span>`;
  // In a collection each event is cited from its own source, under its quote.
  const perEvent = membersOf(story).length > 0;
  const events = indexStory(story).chronological.map((event) => {
    const source = sourceOf(story, event);
    const sourceLang = escapeHtml(source.language);
    const translation = event.quote.translation?.[lang];
    const planned = event.planned ? ` <span class="planned">${labels.planned}</span>` : '';
    return (
      `<li class="event"><p class="date"><time${machineDate(event.start)}>${escapeHtml(dateOf(event, locale))}</time>${planned}</p>` +
      `<h3 class="event-title">${text(event.title)}</h3>` +
      `<blockquote lang="${sourceLang}">${escapeHtml(event.quote.text)}</blockquote>` +
      (translation && lang !== source.language
        ? `<p class="translation" lang="${lang}"><span class="label">${labels.translation}:</span> ${escapeHtml(translation)}</p>`
        : '') +
      (perEvent ? citationHtml(source, labels.source, text, locale) : '') +
      `</li>`
    );
  });
  // The list scrolls inside the widget's reserved box: a named group in the tab
  // order, so that keyboard users can scroll it too (a group, not a region: an
  // article may hold two widgets of one story, and landmarks must differ).
  return (
    `<template shadowrootmode="open">` +
    `<link rel="stylesheet" href="${escapeHtml(options.stylesheet)}">` +
    `<div class="fallback" part="fallback" lang="${lang}" role="group" tabindex="0" aria-label="${text(story.title)}">` +
    `<h2 class="title">${text(story.title)}</h2>` +
    `<p class="intro">${labels.intro}</p>` +
    `<ol class="events">${events.join('')}</ol>` +
    (perEvent ? '' : citationHtml(story.source, labels.source, text, locale)) +
    `</div></template>`
  );
}

/** The citation of a source: title, publisher, dateline, credit, licence and attribution. */
function citationHtml(
  source: StorySource,
  label: string,
  text: (value: LocalText) => string,
  locale: string,
): string {
  const dateline = tryParsePartialDate(source.dateline);
  const licence = source.licence
    ? /^https?:\/\//i.test(source.licence.url)
      ? `<a href="${escapeHtml(source.licence.url)}" rel="license">${escapeHtml(source.licence.name)}</a>`
      : escapeHtml(source.licence.name)
    : '';
  const parts = [
    `<cite>${text(source.title)}</cite>`,
    text(source.publisher),
    dateline
      ? `<time datetime="${escapeHtml(source.dateline)}">${escapeHtml(formatPartialDate(dateline, locale))}</time>`
      : '',
    source.credit ? text(source.credit) : '',
    licence,
  ].filter(Boolean);
  const attribution = source.attribution
    ? `<span class="attribution">${text(source.attribution)}</span>`
    : '';
  return `<p class="citation">${label}: ${parts.join(' · ')}${attribution ? ` ${attribution}` : ''}</p>`;
}
