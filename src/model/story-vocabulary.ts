/**
 * The closed vocabularies of the story format: the languages of its labels, the
 * event categories, the kinds of entities and the types of relations. The
 * schema (story-schema.ts, which re-exports them) checks stories against them.
 *
 * @module
 */
import * as v from 'valibot';

/**
 * Languages a story's labels may be written in. A story declares which of them
 * it uses (`languages`); those are required in every label.
 */
export const TEXT_LANGUAGES = ['zh', 'en', 'ru'] as const;

/** The event categories a timeline colours and filters by. */
export const CATEGORIES = [
  'politics',
  'economy',
  'transport',
  'energy',
  'digital',
  'culture',
  'ecology',
] as const;

/** What an entity is; the graph gives each kind its own shape and colour. */
export const ENTITY_KINDS = [
  'organisation',
  'company',
  'agreement',
  'country',
  'place',
  'person',
  'project',
  'work',
  // A congress, conference or summit that is itself a node of the graph: held in
  // a place, commemorated by an organisation, commemorating a person.
  'meeting',
] as const;

/**
 * Typed edges between entities. The vocabulary is shared by all stories so
 * that the graph legend and its translations live in code, not in each story.
 */
export const RELATION_TYPES = [
  'party-to',
  'member-of',
  'founded-in',
  'signed-in',
  'held-in',
  'located-in',
  'operated-by',
  'leads',
  'commemorates',
  'supplements',
  'cooperates-with',
  'authored-by',
  'published-in',
  'connects',
  // A person (a head of state) visited a country.
  'visits',
  // An agreement or plan is about a project, route or place.
  'concerns',
] as const;

export type TextLanguage = (typeof TEXT_LANGUAGES)[number];
export type Category = (typeof CATEGORIES)[number];
export type EntityKind = (typeof ENTITY_KINDS)[number];
export type RelationType = (typeof RELATION_TYPES)[number];

/** A Wikidata item id: `Q` and digits (`Q232`). */
export const WIKIDATA_ID_PATTERN = /^Q[1-9]\d{0,11}$/;

/** An entity's Wikidata item, like "Q232" (Kazakhstan). */
export const WikidataIdSchema = v.pipe(
  v.string('the Wikidata id must be text'),
  v.regex(
    WIKIDATA_ID_PATTERN,
    (issue) =>
      `the Wikidata id must be "Q" and digits, like "Q232" (got ${JSON.stringify(issue.input).slice(0, 80)})`,
  ),
  v.description('The Wikidata item of the entity, like "Q232" (Kazakhstan).'),
);
