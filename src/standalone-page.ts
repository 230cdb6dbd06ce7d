/**
 * The script of index.html, the standalone explorer page. It remembers the
 * reader's language between visits (localStorage, one entry per site folder)
 * and makes the page's own header, `<title>`, description and `<html lang>`
 * follow the story in the language shown. A language in the link
 * (`#lang=ru`, read by the explorer's `deep-link`) wins over the remembered
 * one.
 *
 * Nothing here knows the story: its title and summary come from the story the
 * explorer loads. It imports nothing the explorer's chunks share, so the page
 * downloads no extra chunk for it.
 *
 * @module
 */

/** The story fields this page shows: a label in each language. */
interface PageStory {
  /** The story's languages, its first the one its labels fall back to. */
  readonly languages?: readonly string[];
  readonly title: Readonly<Record<string, string | undefined>>;
  readonly summary?: Readonly<Record<string, string | undefined>>;
}

/** The site's name: the page's heading, and after the story's title in the window title. */
const SITE_NAMES: Readonly<Record<string, string>> = {
  zh: '历史浏览器',
  en: 'History explorer',
  ru: 'Исторический обозреватель',
};

/** Remembered per folder: two deployments on one host keep their own choice. */
const STORAGE_KEY = `history-explorer:lang:${new URL('.', location.href).pathname}`;

const isLanguage = (code: string | null | undefined): code is string =>
  code !== null && code !== undefined && Object.hasOwn(SITE_NAMES, code);

function remembered(): string | undefined {
  try {
    const code = localStorage.getItem(STORAGE_KEY);
    return isLanguage(code) ? code : undefined;
  } catch {
    return undefined; // storage disabled: the page's default language
  }
}

function remember(code: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // storage disabled or full: the choice lasts this visit only
  }
}

/**
 * The language a story's labels are shown in, as the widgets choose it: the
 * reader's when the story has it, else the story's first (an older story
 * without `languages` shows English, or what its title gives).
 */
function labelLanguage(story: PageStory, code: string): string {
  const languages = story.languages ?? ['en', 'zh', 'ru'].filter((lang) => story.title[lang]);
  return languages.includes(code) ? code : (languages[0] ?? code);
}

const labelIn = (text: PageStory['title'] | undefined, code: string) => text?.[code] ?? '';

const explorer = document.querySelector('history-explorer');
if (explorer) {
  let story: PageStory | undefined;
  const header = document.querySelector('.page-header');
  const show = () => {
    const code = explorer.getAttribute('lang') ?? document.documentElement.lang;
    if (!isLanguage(code)) return;
    document.documentElement.lang = code;
    const site = SITE_NAMES[code] ?? '';
    // The heading is the link home on a story's page: to the home page in this language.
    const home = header?.querySelector<HTMLAnchorElement>('h1 a');
    const heading = home ?? header?.querySelector('h1');
    if (heading) heading.textContent = site;
    if (home)
      home.href = new URL(code === 'en' ? 'index.html' : `index.${code}.html`, home.href).href;
    if (!story) return;
    const labelLang = labelLanguage(story, code);
    const title = labelIn(story.title, labelLang);
    const storyName = header?.querySelector<HTMLElement>('.story-name');
    if (storyName) {
      storyName.textContent = title;
      // A title in another language than the page's says which.
      if (labelLang === code) storyName.removeAttribute('lang');
      else storyName.lang = labelLang;
      storyName.hidden = false;
    }
    document.title = `${title} · ${site}`;
    document
      .querySelector('meta[name="description"]')
      ?.setAttribute('content', labelIn(story.summary, labelLang));
  };

  const linked = new URLSearchParams(location.hash.slice(1)).get('lang');
  const start = isLanguage(linked) ? linked : remembered();
  if (start) explorer.setAttribute('lang', start);
  show();

  new MutationObserver(() => {
    const code = explorer.getAttribute('lang');
    if (isLanguage(code)) remember(code);
    show();
  }).observe(explorer, { attributes: true, attributeFilter: ['lang'] });

  explorer.addEventListener('story-load', (event) => {
    story = (event as CustomEvent<{ story: PageStory }>).detail.story;
    show();
  });
}
