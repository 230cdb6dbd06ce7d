/**
 * Generates, at build time, the quick "is this a well-formed story?" check that
 * `validateStory` runs before valibot, and its twin for a compiled collection,
 * which `validateCollection` runs (one function checks both, so the parts they
 * share, events, sources and entities, are written once). From the one valibot
 * schema, written as JSON Schema (`@valibot/to-json-schema`), compiled into
 * plain JavaScript (`@exodus/schemasafe`). valibot builds a copy of every object
 * it checks; the generated code only reads, and says yes to a valid story in 55
 * to 65 % of valibot's time, cold (figures in docs/performance.md). When it says
 * no, valibot checks again and words the problems, so it may be stricter than
 * valibot (that costs the slow path) but never more lenient.
 *
 * JSON Schema cannot say everything valibot does; each gap is closed here, and
 * anything else it cannot say stops the build rather than being left out:
 * - a number is never NaN (valibot's `number`), and a finite one is within the
 *   largest doubles;
 * - a link parses as a URL (valibot's `url`: JSON Schema's "uri" format is
 *   another rule), and a regular expression with flags stays one;
 * - a translation gives at least one language (`givesALanguage`).
 * Patterns run with the `u` flag there; the test that compares the check with
 * valibot on fuzzed stories (story-shape-check.test.ts) covers ours.
 *
 * @module
 */
import { validator } from '@exodus/schemasafe';
import {
  toJsonSchema,
  type ConversionConfig,
  type OverrideSchemaContext,
} from '@valibot/to-json-schema';
import {
  CoverageExclusionSchema,
  EntitySchema,
  EventSchema,
  givesALanguage,
  GraphLayoutSchema,
  HttpUrlSchema,
  LocalTextSchema,
  QuoteSchema,
  RelationSchema,
  SourceSchema,
  StorySchema,
  TEXT_LANGUAGES,
  TranslationSchema,
} from '../model/story-schema.js';
import { COLLECTION_TYPE, CompiledCollectionSchema } from '../model/collection.js';

/** Where the generated module is written, from the project root. */
export const STORY_SHAPE_CHECK_FILE = 'src/model/story-shape-check.generated.ts';

type JsonSchema = OverrideSchemaContext['jsonSchema'];

/** A check of a string the generated code runs: a regular expression, or a self-contained function. */
type Format = RegExp | ((input: string) => boolean);

function without(jsonSchema: JsonSchema, key: 'format' | 'pattern'): JsonSchema {
  return Object.fromEntries(Object.entries(jsonSchema).filter(([name]) => name !== key));
}

/** Whether a string parses as a URL, as valibot's `url` decides it. Self-contained: it is copied into the generated code. */
function parsesAsUrl(input: string): boolean {
  try {
    new URL(input);
    return true;
  } catch {
    return false;
  }
}

/** The bounds that keep NaN and the infinities out (JSON has neither). */
const FINITE = { minimum: -Number.MAX_VALUE, maximum: Number.MAX_VALUE };

/**
 * How to write the schema as JSON Schema for the generated check. Checks of
 * strings that JSON Schema has no words for become formats, added to `formats`.
 */
function conversion(formats: Record<string, Format>): ConversionConfig {
  const withFormat = (jsonSchema: JsonSchema, name: string, format: Format): JsonSchema => {
    formats[name] = format;
    return { ...jsonSchema, allOf: [...(jsonSchema.allOf ?? []), { format: name }] };
  };
  return {
    errorMode: 'throw',
    overrideSchema: ({ valibotSchema, jsonSchema }) =>
      valibotSchema.type === 'number' ? { ...jsonSchema, ...FINITE } : undefined,
    overrideAction: ({ valibotAction: action, jsonSchema }) => {
      const { requirement } = action as { requirement?: unknown };
      switch (action.type) {
        case 'finite':
          return jsonSchema; // the number schema's bounds already say it
        case 'url': // JSON Schema's "uri" is another rule than valibot's
          return withFormat(without(jsonSchema, 'format'), 'url', parsesAsUrl);
        case 'regex': // JSON Schema patterns have no flags
          if (!(requirement instanceof RegExp) || requirement.flags === '') return undefined;
          return withFormat(without(jsonSchema, 'pattern'), String(requirement), requirement);
        case 'check':
          if (requirement !== givesALanguage) return undefined; // unknown: the build stops
          return {
            ...jsonSchema,
            anyOf: TEXT_LANGUAGES.map((language) => ({ required: [language] })),
          };
        default:
          return undefined;
      }
    },
    // Shared parts become functions of their own instead of being repeated.
    definitions: {
      LocalText: LocalTextSchema,
      HttpUrl: HttpUrlSchema,
      Source: SourceSchema,
      Translation: TranslationSchema,
      Quote: QuoteSchema,
      Event: EventSchema,
      Entity: EntitySchema,
      Relation: RelationSchema,
      CoverageExclusion: CoverageExclusionSchema,
      GraphLayout: GraphLayoutSchema,
    },
  };
}

/**
 * schemasafe checks a minimum length in code points as `s.length < n ||
 * stringLength(s) < n`, where `stringLength` scans `s` for surrogates: every
 * non-empty string, the whole source text among them, is scanned to learn it is
 * not empty. A string of `2n` code units or more has at least `n` code points,
 * so only a shorter one needs counting; the result is the same.
 */
function withShortMinimumLengths(code: string): string {
  return code.replace(
    /([\w$.[\]]+)\.length < (\d+) \|\| stringLength\(\1\) < \2\b/g,
    (_, value: string, minimum: string) =>
      `${value}.length < ${minimum} || (${value}.length < ${2 * Number(minimum)} && stringLength(${value}) < ${minimum})`,
  );
}

/** The TypeScript module `validateStory` and `validateCollection` import, as text. */
export function storyShapeCheckModule(): string {
  const formats: Record<string, Format> = {};
  const config = conversion(formats);
  const { $defs: storyDefinitions, ...story } = toJsonSchema(StorySchema, config);
  const { $defs: collectionDefinitions, ...collection } = toJsonSchema(
    CompiledCollectionSchema,
    config,
  );
  // schemasafe knows the dialect's keywords without `$schema`; inside `$defs` it must not be.
  delete story.$schema;
  delete collection.$schema;
  // One check for both: a collection (its `type` says so) against the collection's
  // schema, anything else against the story's; the definitions are shared.
  const schema: JsonSchema = {
    $defs: { ...storyDefinitions, ...collectionDefinitions, Story: story, Collection: collection },
    if: {
      type: 'object',
      required: ['type'],
      properties: { type: { const: COLLECTION_TYPE } },
    },
    then: { $ref: '#/$defs/Collection' },
    else: { $ref: '#/$defs/Story' },
  };
  const check = validator(schema, {
    mode: 'default',
    isJSON: false, // a `story` property may hold undefined, NaN, functions…
    includeErrors: false,
    allowUnusedKeywords: true, // descriptions
    formats,
  });
  return [
    '// Generated by build.mjs from src/model/story-schema.ts and src/model/collection.ts',
    '// (src/build/story-shape-check.ts). Do not edit: `npm run build` rewrites it when a schema changes.',
    '// @ts-nocheck',
    '',
    `const isShaped: (input: unknown) => boolean = ${withShortMinimumLengths(check.toModule())}`,
    '',
    '/** Whether `input` says it is a compiled collection (its `type`). */',
    'const isCollectionTyped = (input: unknown): boolean =>',
    `  typeof input === 'object' && input !== null && (input as { type?: unknown }).type === '${COLLECTION_TYPE}';`,
    '',
    '/** Whether `input` is a well-formed story; `true` implies valibot accepts it too. */',
    'export const isStoryShaped = (input: unknown): boolean => !isCollectionTyped(input) && isShaped(input);',
    '',
    '/** Whether `input` is a well-formed compiled collection; `true` implies valibot accepts it too. */',
    'export const isCollectionShaped = (input: unknown): boolean =>',
    '  isCollectionTyped(input) && isShaped(input);',
    '',
  ].join('\n');
}
