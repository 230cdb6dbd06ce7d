/**
 * The fields every part of a story is built from: ids, non-empty texts, dates,
 * texts by language, the story's languages and links, each with the message an
 * editor reads when it is wrong. The story's objects are in `story-schema.ts`.
 *
 * @module
 */
import * as v from 'valibot';

import { TEXT_LANGUAGES, type TextLanguage } from './story-vocabulary.js';

/**
 * A partial ISO date: a year (`1926`), a month (`2025-03`) or a day
 * (`2025-10-18`). Precision is part of the value; a year is never 1 January.
 * The dateline is one of these: a source is published on a known day.
 */
export const PARTIAL_DATE_PATTERN = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The longest id: ids appear in links, messages and the page's markup. */
export const ID_MAX_LENGTH = 100;

/** A character that shows: not white space, a separator or an invisible format character. */
export const VISIBLE_CHARACTER = /[^\p{Cf}\p{Z}\s]/u;

/**
 * The offending value as a message quotes it: JSON, cut short. Never throws: a
 * story handed over as an object (the `story` property) can hold what JSON
 * cannot (a bigint, a cycle), and a bad value can be megabytes long; either
 * used to make validation throw, or print the whole value into the message.
 */
export function quoted(input: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(input);
  } catch {
    // A bigint, an object that contains itself, or nesting deeper than the stack.
  }
  text ??= typeof input === 'bigint' ? `${input}n` : typeof input;
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

/**
 * Text with something in it. Checked, not trimmed: the schema transforms
 * nothing, so a valid input is its own output and the widgets keep the story
 * they were given instead of a copy (see `validateStory`).
 */
export const nonEmptyText = (what: string) =>
  v.pipe(
    v.string(`${what} must be text`),
    v.nonEmpty(`${what} must not be empty`),
    // Something visible: not only spaces, line breaks, or invisible format
    // characters (zero-width spaces and joiners, direction marks).
    v.regex(VISIBLE_CHARACTER, `${what} must not be empty`),
  );

export const idSchema = (what: string) =>
  v.pipe(
    v.string(`${what} must be text`),
    v.regex(
      ID_PATTERN,
      (issue) =>
        `${what} must be lower-case words joined by hyphens, like "treaty-2005" (got ${quoted(issue.input)})`,
    ),
    v.maxLength(
      ID_MAX_LENGTH,
      (issue) =>
        `${what} must be at most ${ID_MAX_LENGTH} characters long (got ${quoted(issue.input)})`,
    ),
    v.description(`${what}: lower-case words joined by hyphens, unique in the story.`),
  );

export const partialDate = (what: string) =>
  v.pipe(
    v.string(`${what} must be a date written as text, like "2025-03"`),
    v.regex(
      PARTIAL_DATE_PATTERN,
      (issue) =>
        `${what} must be a date like "1926", "2025-03" or "2025-10-18", with a 4-digit year, a month from 01 to 12 and a day from 01 to 31 (got ${quoted(issue.input)})`,
    ),
    v.description(
      `${what}: a year, year-month or full date in ISO form (1926, 2025-03, 2025-10-18).`,
    ),
  );

/**
 * Whether a label or translation gives at least one language. (Named, so the build can
 * write it as JSON Schema, `anyOf` a `required` language: see src/build/.)
 */
export function givesALanguage(translation: Partial<Record<TextLanguage, string>>): boolean {
  return TEXT_LANGUAGES.some((language) => translation[language] !== undefined);
}

/** Texts by language (a label, a translation): each language optional, one at least. */
export function textsByLanguage(
  noun: 'text' | 'translation',
  messages: { readonly notAnObject: string; readonly noLanguage: string },
) {
  return v.pipe(
    v.looseObject(
      {
        zh: v.optional(nonEmptyText(`the Chinese ${noun} (zh)`)),
        en: v.optional(nonEmptyText(`the English ${noun} (en)`)),
        ru: v.optional(nonEmptyText(`the Russian ${noun} (ru)`)),
      },
      messages.notAnObject,
    ),
    v.check(givesALanguage, messages.noLanguage),
  );
}

/**
 * Text in one or more of the story's languages. Which languages a label must
 * give is the story's choice (`languages`, checked by `validateStory`); the
 * schema asks for at least one.
 */
export const LocalTextSchema = v.pipe(
  textsByLanguage('text', {
    notAnObject: 'must be an object of texts by language, like {"en": "..."}',
    noLanguage: 'must give the text in at least one language, like {"en": "..."}',
  }),
  v.description(
    "A human label in the story's languages (zh Chinese, en English, ru Russian): each language the story declares is required, others optional.",
  ),
);

/**
 * The languages a story's labels are written in, the source's own first. Every
 * label gives each of them; quotes are translated into each but the first.
 */
export const StoryLanguagesSchema = v.pipe(
  v.array(
    v.picklist(
      TEXT_LANGUAGES,
      (issue) => `${quoted(issue.input)} is not a language the stories know: use zh, en or ru`,
    ),
    'languages must be a list like ["en"] or ["zh", "en"]',
  ),
  v.minLength(1, 'languages must name at least one language, the source\'s own first, like ["en"]'),
  v.description(
    "The languages of the story's labels (zh, en, ru), the source's own language first; each label must give every one of them.",
  ),
);

/** An http(s) link; other schemes are rejected so data can never become script. */
export const HttpUrlSchema = v.pipe(
  v.string('a link must be text'),
  v.url((issue) => `must be a full link like "https://example.org/" (got ${quoted(issue.input)})`),
  v.regex(
    /^https?:\/\//i,
    (issue) => `only http: and https: links are allowed (got ${quoted(issue.input)})`,
  ),
);
