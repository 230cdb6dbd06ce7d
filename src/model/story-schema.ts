/**
 * The story format: one schema that is the single source of truth for the
 * TypeScript types (inferred below), the runtime validation used by both
 * `build.mjs` and the browser, and the JSON Schema file editors point `$schema`
 * at (generated from this module by `build.mjs`).
 *
 * Objects are "loose": unknown extra fields are kept and ignored, so a story
 * written for a newer version still loads in an older widget. Missing or
 * malformed required fields are errors that name their path.
 *
 * @module
 */
import * as v from 'valibot';

import {
  CATEGORIES,
  ENTITY_KINDS,
  RELATION_TYPES,
  TEXT_LANGUAGES,
  WikidataIdSchema,
} from './story-vocabulary.js';

import {
  HttpUrlSchema,
  idSchema,
  LocalTextSchema,
  nonEmptyText,
  partialDate,
  quoted,
  StoryLanguagesSchema,
  textsByLanguage,
} from './story-fields.js';
import { eventDate, EVENT_END_PATTERN, EVENT_START_PATTERN } from './edtf-pattern.js';

export * from './story-vocabulary.js';
export { EVENT_END_PATTERN, EVENT_START_PATTERN } from './edtf-pattern.js';
export {
  PARTIAL_DATE_PATTERN,
  ID_MAX_LENGTH,
  givesALanguage,
  LocalTextSchema,
  StoryLanguagesSchema,
  HttpUrlSchema,
} from './story-fields.js';

export const SourceSchema = v.pipe(
  v.looseObject(
    {
      file: v.pipe(
        nonEmptyText('the source file'),
        v.description('Path of the source text, relative to the story file (UTF-8).'),
      ),
      publisher: LocalTextSchema,
      title: LocalTextSchema,
      dateline: partialDate('the dateline'),
      language: v.picklist(
        TEXT_LANGUAGES,
        (issue) => `the source language must be one of zh, en, ru (got ${quoted(issue.input)})`,
      ),
      credit: v.optional(LocalTextSchema),
      url: v.optional(HttpUrlSchema),
      // The licence (linked) and attribution shown with every citation of the source.
      licence: v.optional(
        v.looseObject(
          { name: nonEmptyText('the licence name'), url: HttpUrlSchema },
          'the licence must be an object like {"name": "CC BY-SA 4.0", "url": "https://…"}',
        ),
      ),
      attribution: v.optional(LocalTextSchema),
      text: v.optional(
        v.pipe(
          v.string('the source text must be text'),
          v.description(
            'The full source text. The build fills it in; authors give "file" instead.',
          ),
        ),
      ),
      sha256: v.optional(
        v.pipe(
          v.string(),
          v.regex(
            /^[0-9a-fA-F]{64}$/,
            (issue) =>
              `the sha256 must be 64 hex digits, as \`sha256sum\` prints them (got ${quoted(issue.input)})`,
          ),
          v.description('SHA-256 of the source file; the build refuses a source that changed.'),
        ),
      ),
    },
    'the source must be an object',
  ),
  v.description('The text this story is drawn from; every quote must be found in it verbatim.'),
);

/**
 * A translation of a quote into the story's other languages. Only the
 * languages the source is not written in are given (a Chinese quote carries
 * `en`); the build requires each of the story's `languages` except the
 * source's own. Always shown labelled as a translation, never as the source.
 */
export const TranslationSchema = v.pipe(
  textsByLanguage('translation', {
    notAnObject: 'the translation must be an object like {"en": "..."}',
    noLanguage: 'the translation must give at least one language, like {"en": "..."}',
  }),
  v.description(
    "The quote translated into the story's other languages (not the source's own); labelled as a translation wherever it is shown.",
  ),
);

export const QuoteSchema = v.pipe(
  v.looseObject(
    {
      text: v.pipe(
        v.string('the quote must be text'),
        v.nonEmpty('the quote must not be empty'),
        v.description('One or more whole sentences copied verbatim from the source.'),
      ),
      translation: v.optional(TranslationSchema),
      offset: v.optional(
        v.pipe(
          v.number(),
          v.integer(),
          v.minValue(0),
          v.description('UTF-16 offset of the quote in the source; written by the build.'),
        ),
      ),
    },
    'the quote must be an object with a "text"',
  ),
  v.description('The sentence(s) of the source that state this event.'),
);

/** The graph's node positions, by entity id (a story's and a collection's `layout`). */
export const GraphLayoutSchema = v.pipe(
  v.looseObject({
    positions: v.record(
      v.string(),
      v.looseObject({ x: v.pipe(v.number(), v.finite()), y: v.pipe(v.number(), v.finite()) }),
    ),
  }),
  v.description('Graph node positions by entity id; computed by the build, not written by hand.'),
);

/** A picture, video or page about an event, with its credit and caption (from a TimelineJS slide). */
export const MediaSchema = v.looseObject(
  { url: HttpUrlSchema, credit: v.optional(v.string()), caption: v.optional(v.string()) },
  'media must be an object with a "url" (http or https)',
);

export const EventSchema = v.looseObject(
  {
    id: idSchema('the event id'),
    start: eventDate(
      'the start date',
      EVENT_START_PATTERN,
      'an EDTF date (levels 0 and 1): 1926, 2025-03, 2025-10-18, -0043 for 44 BC, 0622, 1920~ about, 1920? uncertain, 1920% both, 199X a decade, 2025-XX, 2001-21 a season; or an interval such as 2022/.. (since 2022), ../1930, 1984~/2004-06 when there is no "end".',
    ),
    end: v.optional(
      eventDate(
        'the end date',
        EVENT_END_PATTERN,
        'an EDTF date like the start, or .. for an open end ("since 2022": start 2022, end ..).',
      ),
    ),
    planned: v.optional(
      v.pipe(
        v.boolean('planned must be true or false'),
        v.description('True when the event lies after the dateline.'),
      ),
    ),
    dateBasis: v.optional(
      v.pipe(
        LocalTextSchema,
        v.description('How a relative date ("last year", "20th anniversary") was resolved.'),
      ),
    ),
    draft: v.optional(
      v.pipe(
        v.boolean('draft must be true or false'),
        v.description(
          'True while the event is a proposal (from `npm run draft` or the studio) an editor has not reviewed; such an event may leave out start, title, summary and category, and the build refuses to publish the story until it is reviewed.',
        ),
      ),
    ),
    title: LocalTextSchema,
    summary: LocalTextSchema,
    category: v.picklist(
      CATEGORIES,
      (issue) =>
        `the category must be one of ${CATEGORIES.join(', ')} (got ${quoted(issue.input)})`,
    ),
    entities: v.array(idSchema('an entity id'), 'entities must be a list of entity ids'),
    quote: QuoteSchema,
    media: v.optional(
      v.pipe(MediaSchema, v.description('A link about the event, shown under the quote.')),
    ),
  },
  'each event must be an object',
);

export const EntitySchema = v.looseObject(
  {
    id: idSchema('the entity id'),
    kind: v.picklist(
      ENTITY_KINDS,
      (issue) => `the kind must be one of ${ENTITY_KINDS.join(', ')} (got ${quoted(issue.input)})`,
    ),
    name: LocalTextSchema,
    description: v.optional(LocalTextSchema),
    url: v.optional(HttpUrlSchema),
    wikidata: v.optional(WikidataIdSchema),
    quote: v.optional(
      v.pipe(
        QuoteSchema,
        v.description(
          'The sentence(s) of the source that name this entity, for an entity no dated event involves (an organisation named only in passing).',
        ),
      ),
    ),
  },
  'each entity must be an object',
);

export const RelationSchema = v.looseObject(
  {
    type: v.picklist(
      RELATION_TYPES,
      (issue) =>
        `the relation type must be one of ${RELATION_TYPES.join(', ')} (got ${quoted(issue.input)})`,
    ),
    from: idSchema('the "from" entity id'),
    to: idSchema('the "to" entity id'),
    events: v.pipe(
      v.array(idSchema('an event id'), 'events must be a list of event ids'),
      v.minLength(1, 'a relation must cite at least one event whose quote supports it'),
    ),
  },
  'each relation must be an object',
);

export const CoverageExclusionSchema = v.looseObject(
  {
    match: nonEmptyText('the excluded mention'),
    occurrence: v.optional(
      v.pipe(
        v.number(),
        v.integer(),
        v.minValue(1),
        v.description('Which occurrence of the text (1 = first) when it appears more than once.'),
      ),
    ),
    reason: LocalTextSchema,
  },
  'each exclusion must be an object with "match" and "reason"',
);

export const StorySchema = v.looseObject(
  {
    $schema: v.optional(v.string()),
    id: idSchema('the story id'),
    languages: v.optional(StoryLanguagesSchema),
    title: LocalTextSchema,
    summary: v.optional(LocalTextSchema),
    source: SourceSchema,
    events: v.array(EventSchema, 'events must be a list'),
    entities: v.array(EntitySchema, 'entities must be a list'),
    relations: v.array(RelationSchema, 'relations must be a list'),
    layout: v.optional(GraphLayoutSchema),
    coverage: v.optional(
      v.looseObject({
        exclusions: v.array(CoverageExclusionSchema, 'exclusions must be a list'),
      }),
    ),
  },
  'a story must be a JSON object',
);

export type StoryLanguages = v.InferOutput<typeof StoryLanguagesSchema>;
export type LocalText = v.InferOutput<typeof LocalTextSchema>;
export type StorySource = v.InferOutput<typeof SourceSchema>;
export type Translation = v.InferOutput<typeof TranslationSchema>;
export type Quote = v.InferOutput<typeof QuoteSchema>;
export type StoryEvent = v.InferOutput<typeof EventSchema>;
export type EventMedia = v.InferOutput<typeof MediaSchema>;
export type Entity = v.InferOutput<typeof EntitySchema>;
export type Relation = v.InferOutput<typeof RelationSchema>;
export type CoverageExclusion = v.InferOutput<typeof CoverageExclusionSchema>;
export type Story = v.InferOutput<typeof StorySchema>;
export type GraphLayout = NonNullable<Story['layout']>;
