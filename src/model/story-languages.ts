/**
 * The languages of a story: which it declares (`languages`, the source's own
 * first), the rules that declaration sets for its labels, and which language a
 * label is shown in to a reader.
 *
 * @module
 */
import type { ProblemList } from './story-error.js';
import { type StoryProblem } from './story-error.js';
import { TEXT_LANGUAGES, type LocalText, type Story, type TextLanguage } from './story-schema.js';

/** The languages' names as messages to editors write them. */
export const LANGUAGE_NAMES: Readonly<Record<TextLanguage, string>> = {
  zh: 'Chinese',
  en: 'English',
  ru: 'Russian',
};

const inferred = new WeakMap<Story, readonly TextLanguage[]>();

/**
 * The story's languages: those it declares, or, for a compiled story older
 * than `languages`, those its title gives (the source's language first, then
 * zh, en, ru). Never empty for a valid story: its title gives one at least.
 */
export function storyLanguages(story: Story): readonly TextLanguage[] {
  if (story.languages) return story.languages;
  let languages = inferred.get(story);
  if (!languages) {
    const order = [story.source.language, ...TEXT_LANGUAGES];
    languages = [...new Set(order)].filter((lang) => story.title[lang] !== undefined);
    inferred.set(story, languages);
  }
  return languages;
}

/**
 * The language a story's labels are shown in to a reader of `reader`: the
 * reader's own when the story declares it, otherwise the story's first (its
 * source's language). One language for the whole story, so a page never mixes
 * a label in the reader's language with its neighbour in another.
 */
export function storyLabelLanguage(story: Story, reader: TextLanguage): TextLanguage {
  const languages = storyLanguages(story);
  return languages.includes(reader) ? reader : (languages[0] ?? reader);
}

/**
 * A label in `lang`, or when it lacks it (a label of an older story) in the
 * first language it gives; `""` for none, which a valid label never is.
 */
export function labelText(text: LocalText, lang: TextLanguage): string {
  return text[lang] ?? TEXT_LANGUAGES.map((other) => text[other]).find(Boolean) ?? '';
}

/**
 * Calls `visit` with every label of a story (titles, summaries, names,
 * reasons…) and a way to its path. The path is built only when `visit` asks for
 * it: this runs cold, once per label, on the way to a story's first paint, and
 * a path per label was most of its time (docs/performance.md).
 */
export function forEachStoryLabel(
  story: Story,
  visit: (text: LocalText, path: () => (string | number)[]) => void,
): void {
  visit(story.title, () => ['title']);
  if (story.summary) visit(story.summary, () => ['summary']);
  const { source, events, entities } = story;
  visit(source.publisher, () => ['source', 'publisher']);
  visit(source.title, () => ['source', 'title']);
  if (source.credit) visit(source.credit, () => ['source', 'credit']);
  for (let index = 0; index < events.length; index++) {
    const event = events[index];
    if (!event) continue;
    visit(event.title, () => ['events', index, 'title']);
    visit(event.summary, () => ['events', index, 'summary']);
    if (event.dateBasis) visit(event.dateBasis, () => ['events', index, 'dateBasis']);
  }
  for (let index = 0; index < entities.length; index++) {
    const entity = entities[index];
    if (!entity) continue;
    visit(entity.name, () => ['entities', index, 'name']);
    if (entity.description) visit(entity.description, () => ['entities', index, 'description']);
  }
  const exclusions = story.coverage?.exclusions ?? [];
  for (let index = 0; index < exclusions.length; index++) {
    const exclusion = exclusions[index];
    if (exclusion) visit(exclusion.reason, () => ['coverage', 'exclusions', index, 'reason']);
  }
}

/**
 * The rules a declared `languages` sets: no language twice, the source's own
 * first, and every label given in each. Nothing when the story declares none
 * (the build asks for it: {@link missingLanguagesProblem}).
 */
export function checkStoryLanguages(story: Story, problems: ProblemList): void {
  const { languages } = story;
  if (!languages) return;
  const listed = JSON.stringify(languages);
  const seen = new Set<TextLanguage>();
  for (const [index, lang] of languages.entries()) {
    if (seen.has(lang)) {
      problems.add(
        ['languages', index],
        `"${lang}": ${listed} names ${LANGUAGE_NAMES[lang]} twice; list each language once`,
      );
    }
    seen.add(lang);
  }
  const source = story.source.language;
  if (languages[0] !== source) {
    problems.add(
      ['languages', 0],
      `"${languages[0] ?? ''}": the first language must be the source's own ("${source}", source.language); write "languages": ${JSON.stringify([source, ...languages.filter((lang) => lang !== source)])}`,
    );
  }
  const declared = [...seen];
  forEachStoryLabel(story, (text, path) => {
    for (const lang of declared) {
      if (text[lang] !== undefined || problems.stopped) continue;
      problems.add(
        [...path(), lang],
        `missing: the story's languages ${listed} include ${LANGUAGE_NAMES[lang]}, so every label needs it; add "${lang}": "…" here, or remove "${lang}" from languages`,
      );
    }
  });
}

/** The problem the build reports for a story that declares no `languages`. */
export function missingLanguagesProblem(story: Story): StoryProblem {
  const suggested = storyLanguages(story);
  return {
    path: 'languages',
    message: `missing: a story declares the languages of its labels, the source's own first; add "languages": ${JSON.stringify(suggested)} (the languages its title gives)`,
  };
}
