/**
 * The standalone site's pages, written by the build: a home page per language
 * listing every collection and story (title, summary, period, number of
 * events, languages, sources), and one explorer page per story and per
 * collection, each with its own address and its static fallback, so that every
 * page reads without JavaScript. Every story string is escaped.
 *
 * @module
 */
import { escapeHtml, type FallbackLanguage } from '../fallback/story-fallback.js';
import { formatPartialDate, parsePartialDate } from '../model/partial-date.js';
import type { SiteEntry } from '../model/site-entry.js';
import { labelText } from '../model/story-languages.js';
import type { LocalText, StorySource } from '../model/story-schema.js';

/** The languages the home page is written in; English is `index.html`. */
export const HOME_LANGUAGES: readonly FallbackLanguage[] = ['en', 'zh', 'ru'];

/** The home page's file name in a language. */
export const homeFile = (lang: FallbackLanguage): string =>
  lang === 'en' ? 'index.html' : `index.${lang}.html`;

/** Where an entry's explorer page is, relative to the site's root (a folder: `stories/<id>/`). */
export const pagePath = (entry: Pick<SiteEntry, 'kind' | 'id'>): string =>
  `${entry.kind === 'collection' ? 'collections' : 'stories'}/${entry.id}/`;

const LABELS = {
  en: {
    site: 'History explorer',
    intro:
      'Stories drawn from real sources, each event on a timeline beside a graph of who and what connects them, every one linked to the sentence of its source that dates it.',
    collections: 'Collections',
    collectionsIntro: 'Several stories on one timeline and one graph, joined by what they share.',
    stories: 'Stories',
    period: 'Period',
    events: 'Events',
    languages: 'Languages',
    source: 'Source',
    sources: 'Sources',
    home: 'All stories',
    languageNames: { en: 'English', zh: 'Chinese', ru: 'Russian' },
  },
  zh: {
    site: '历史浏览器',
    intro:
      '取材于真实来源的故事：每个事件都在时间轴上，旁边是把它们联系起来的人物和机构的关系图，每个事件都链接到来源中注明其日期的原句。',
    collections: '合集',
    collectionsIntro: '几个故事放在同一条时间轴和同一张关系图上，由共同的实体连在一起。',
    stories: '故事',
    period: '时间范围',
    events: '事件',
    languages: '语言',
    source: '来源',
    sources: '来源',
    home: '全部故事',
    languageNames: { en: '英文', zh: '中文', ru: '俄文' },
  },
  ru: {
    site: 'Исторический обозреватель',
    intro:
      'Истории по реальным источникам: каждое событие на шкале времени рядом с графом связей, и каждое связано с предложением источника, которое его датирует.',
    collections: 'Подборки',
    collectionsIntro:
      'Несколько историй на одной шкале времени и одном графе, связанные общими сущностями.',
    stories: 'Истории',
    period: 'Период',
    events: 'События',
    languages: 'Языки',
    source: 'Источник',
    sources: 'Источники',
    home: 'Все истории',
    languageNames: { en: 'английский', zh: 'китайский', ru: 'русский' },
  },
} as const;

/** The names of the languages in their own language, for the language links. */
const OWN_NAMES: Readonly<Record<FallbackLanguage, string>> = {
  en: 'English',
  zh: '中文',
  ru: 'Русский',
};

/** A label in `lang`, else in the first language it has, as it is (for {@link pageHead}, which escapes). */
const plainIn = (value: LocalText, lang: FallbackLanguage) => labelText(value, lang);

/** A label in `lang`, else in the first language it has, escaped for HTML. */
const textIn = (value: LocalText, lang: FallbackLanguage) => escapeHtml(plainIn(value, lang));

/** A source in one line: title, publisher, licence (linked). */
function sourceLine(source: StorySource, lang: FallbackLanguage): string {
  const licence = source.licence
    ? /^https?:\/\//i.test(source.licence.url)
      ? ` · <a href="${escapeHtml(source.licence.url)}" rel="license">${escapeHtml(source.licence.name)}</a>`
      : ` · ${escapeHtml(source.licence.name)}`
    : '';
  return `<cite>${textIn(source.title, lang)}</cite> · ${textIn(source.publisher, lang)}${licence}`;
}

/** The start of every page of the site, to its stylesheet: `base` leads to the site's root. */
function pageHead(head: {
  readonly lang: FallbackLanguage;
  readonly base: string;
  readonly title: string;
  readonly description: string;
}): string {
  return `<!doctype html>
<html lang="${head.lang}">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="${head.base}favicon.svg" type="image/svg+xml" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(head.title)}</title>
    <meta name="description" content="${escapeHtml(head.description)}" />
    <link rel="stylesheet" href="${head.base}page.css" />`;
}

/** A year as the story's dates show it: "1926", and years before 1 with their era ("44 BC"). */
function yearText(year: number, lang: FallbackLanguage): string {
  if (year > 0) return String(year);
  const edtf = `-${String(-year).padStart(4, '0')}`;
  return formatPartialDate(parsePartialDate(year === 0 ? '0000' : edtf), lang);
}

/** One entry of the home page: a card whose title opens its explorer page. */
function entryCard(entry: SiteEntry, lang: FallbackLanguage): string {
  const labels = LABELS[lang];
  const href = `./${pagePath(entry)}${lang === 'en' ? '' : `#lang=${lang}`}`;
  const period = entry.period
    ? entry.period.from === entry.period.to
      ? yearText(entry.period.from, lang)
      : `${yearText(entry.period.from, lang)}–${yearText(entry.period.to, lang)}`
    : '–';
  const languages = entry.languages
    .map((code) => labels.languageNames[code])
    .join(lang === 'zh' ? '、' : ', ');
  const sources =
    entry.sources.length === 1
      ? `<dt>${labels.source}</dt><dd>${entry.sources.map((source) => sourceLine(source, lang)).join('')}</dd>`
      : `<dt>${labels.sources}</dt><dd><ul>${entry.sources.map((source) => `<li>${sourceLine(source, lang)}</li>`).join('')}</ul></dd>`;
  return (
    `<li class="entry ${entry.kind}" data-id="${escapeHtml(entry.id)}">` +
    `<h3><a href="${escapeHtml(href)}">${textIn(entry.title, lang)}</a></h3>` +
    (entry.summary ? `<p class="summary">${textIn(entry.summary, lang)}</p>` : '') +
    `<dl class="facts">` +
    `<dt>${labels.period}</dt><dd>${period}</dd>` +
    `<dt>${labels.events}</dt><dd>${entry.events}</dd>` +
    `<dt>${labels.languages}</dt><dd>${escapeHtml(languages)}</dd>` +
    sources +
    `</dl></li>`
  );
}

/** The language links of a page (the current one marked). */
function languageLinks(lang: FallbackLanguage, hrefOf: (code: FallbackLanguage) => string): string {
  return `<nav class="languages" aria-label="${LABELS[lang].languages}">${HOME_LANGUAGES.map(
    (code) =>
      `<a href="${hrefOf(code)}" lang="${code}" hreflang="${code}"${code === lang ? ' aria-current="page"' : ''}>${OWN_NAMES[code]}</a>`,
  ).join(' ')}</nav>`;
}

/**
 * The home page in a language. `legacyScript` is the script that sends links
 * to the old single-story page (`index.html#event=…`) on to the story's page.
 */
export function homePageHtml(
  entries: readonly SiteEntry[],
  lang: FallbackLanguage,
  legacyScript: string,
): string {
  const labels = LABELS[lang];
  const collections = entries.filter((entry) => entry.kind === 'collection');
  const stories = entries.filter((entry) => entry.kind === 'story');
  const section = (id: string, title: string, intro: string, list: readonly SiteEntry[]) =>
    list.length === 0
      ? ''
      : `<section aria-labelledby="${id}"><h2 id="${id}">${title}</h2>${intro ? `<p class="section-intro">${intro}</p>` : ''}` +
        `<ul class="entries">${list.map((entry) => entryCard(entry, lang)).join('')}</ul></section>`;
  return `${pageHead({
    lang,
    base: './',
    title: labels.site,
    description: labels.intro,
  })}
    ${HOME_LANGUAGES.map((code) => `<link rel="alternate" hreflang="${code}" href="./${homeFile(code)}" />`).join('\n    ')}
    <script src="./${legacyScript}"></script>
  </head>
  <body class="home">
    <header class="page-header">
      <h1>${labels.site}</h1>
      ${languageLinks(lang, (code) => `./${homeFile(code)}`)}
    </header>
    <main>
      <p class="intro">${escapeHtml(labels.intro)}</p>
      ${section('collections', labels.collections, labels.collectionsIntro, collections)}
      ${section('stories', labels.stories, '', stories)}
    </main>
  </body>
</html>
`;
}

/** What an explorer page shows. */
export interface ExplorerPageView {
  readonly entry: SiteEntry;
  /** The compiled JSON, relative to the page (`../<id>.json`). */
  readonly src: string;
  /** The static fallback (a declarative shadow root), already built. */
  readonly fallbackHtml: string;
}

/**
 * The explorer page of a story or a collection, at `stories/<id>/` or
 * `collections/<id>/`: the same page the site had for its one story, with a
 * link home. The page's script (standalone.js) follows the reader's language.
 */
export function explorerPageHtml(view: ExplorerPageView): string {
  const { entry } = view;
  const base = '../../';
  return `${pageHead({
    lang: 'en',
    base,
    title: `${plainIn(entry.title, 'en')} · ${LABELS.en.site}`,
    description: entry.summary ? plainIn(entry.summary, 'en') : '',
  })}
    <!-- The first frame shows the header and the story's events together, in one layout:
         not the header alone and the events a task later, a long one on a phone (it reads
         the fonts of the quotes; docs/performance.md). So the first paint waits until the
         explorer and its fallback are parsed (rel=expect: the marker after them) and for the
         fallback's stylesheet, which its shadow root links too; its rules match nothing
         outside the fallback. -->
    <link rel="expect" href="#explorer-parsed" blocking="render" />
    <link rel="stylesheet" href="${base}fallback.css" />
    <!-- The page follows the story and the reader's language (header, title, lang). -->
    <script type="module" src="${base}standalone.js"></script>
    <script type="module" src="${base}embed.js"></script>
  </head>
  <body>
    <header class="page-header">
      <h1><a href="${base}index.html" class="home-link">${LABELS.en.site}</a></h1>
      <!-- The story's title, written here so that the header does not grow when the story
           comes; then in the reader's language, from the story (standalone.js). -->
      <p class="story-name">${textIn(entry.title, 'en')}</p>
    </header>
    <main>
      <history-explorer src="${escapeHtml(view.src)}" deep-link loading="eager"
        >${view.fallbackHtml}</history-explorer
      >
    </main>
    <!-- The end of the explorer's markup, which the first paint waits for (rel=expect). -->
    <div id="explorer-parsed" hidden></div>
  </body>
</html>
`;
}
