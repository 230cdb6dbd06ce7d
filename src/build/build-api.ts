/**
 * What `build.mjs` (and the bench's story generator) imports, bundled for Node
 * at build time: the data layer's compilation, plus what only the build does:
 * the JSON Schema file, graph positions and the static fallback.
 *
 * @module
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { buildTimeLayout } from '../graph-layout/build-layout.js';
import {
  DRAFT_OPTIONAL_EVENT_FIELDS,
  DRAFT_OPTIONAL_SOURCE_FIELDS,
  DRAFT_OPTIONAL_STORY_FIELDS,
} from '../model/draft-schema.js';
import { toGraphElements, type GraphElements, type GraphNode } from '../model/graph-elements.js';
import { roomForNames, type NodeBox } from '../model/graph-label.js';
import type { CompiledCollection } from '../model/collection.js';
import { collectionAsStory } from '../model/collection-story.js';
import { StorySchema, type Story } from '../model/story-schema.js';
import { labelText, storyLanguages } from '../model/story-languages.js';

export { compileStory } from '../model/compile-story.js';
export { formatProblem } from '../model/story-error.js';
export { checkCoverage } from '../model/coverage.js';
export { buildEntityRegistry, withSharedEntities } from '../model/entity-registry.js';
export { compileCollection } from '../model/collection.js';
export { collectionAsStory } from '../model/collection-story.js';
export { siteEntry } from '../model/site-entry.js';
export {
  explorerPageHtml,
  HOME_LANGUAGES,
  homeFile,
  homePageHtml,
  pagePath,
} from '../site/site-pages.js';
export { jsonTooDeepAt, STORY_INPUT_LIMITS } from '../model/input-limits.js';
export { notUtf8Message, textFormProblems } from '../model/text-encoding.js';
export { storyFallbackHtml } from '../fallback/story-fallback.js';
export { STORY_EXPORTS } from '../interop/story-exports.js';
export { jsonLdScript, storyJsonLd } from '../interop/schema-org.js';

/** The JSON Schema editors point `$schema` at, generated from {@link StorySchema}. */
export function storyJsonSchema(): Record<string, unknown> {
  // Custom checks (unique ids, quotes in the source) have no JSON Schema form;
  // the build enforces them, the schema file serves autocompletion.
  const schema = toJsonSchema(StorySchema, { errorMode: 'ignore' }) as Record<string, unknown>;
  allowDrafts(schema);
  return {
    $schema: schema.$schema,
    title: 'history-explorer story',
    description:
      'A story for the history-explorer widgets: source, events, entities and relations.',
    ...schema,
  };
}

type JsonObject = Record<string, unknown>;

/** The object schema at `key` of `schema.properties`, or an error: the schema's shape is known. */
function propertySchema(schema: JsonObject, key: string): JsonObject {
  const property = (schema.properties as Record<string, JsonObject | undefined> | undefined)?.[key];
  if (!property) throw new Error(`the JSON Schema has no "${key}" to allow drafts in`);
  return property;
}

/** Removes `fields` from what `schema` requires; returns the ones it did require. */
function unrequire(schema: JsonObject, fields: readonly string[]): string[] {
  const required = Array.isArray(schema.required) ? schema.required.map(String) : [];
  schema.required = required.filter((field) => !fields.includes(field));
  return required.filter((field) => fields.includes(field));
}

/**
 * Lets a story from `npm run draft` be valid in an editor (see
 * src/model/draft-schema.ts): an event with `"draft": true` may leave out
 * what the editor has still to write, and a story with such an event its
 * title and publisher. Reviewed events and stories require them all.
 */
function allowDrafts(schema: JsonObject): void {
  const event = propertySchema(schema, 'events').items as JsonObject | undefined;
  if (!event) throw new Error('the JSON Schema has no event to allow drafts in');
  const isDraft = { properties: { draft: { const: true } }, required: ['draft'] };
  event.if = isDraft;
  event.else = { required: unrequire(event, DRAFT_OPTIONAL_EVENT_FIELDS) };
  const source = propertySchema(schema, 'source');
  schema.if = { properties: { events: { contains: isDraft } }, required: ['events'] };
  schema.else = {
    required: unrequire(schema, DRAFT_OPTIONAL_STORY_FIELDS),
    properties: { source: { required: unrequire(source, DRAFT_OPTIONAL_SOURCE_FIELDS) } },
  };
}

/**
 * The graph of `story` as the build lays it out: its elements labelled in the
 * story's first language, and the room each node keeps for its name as drawn
 * in whichever of the story's languages takes the most.
 */
export function layoutInput(story: Story): {
  elements: GraphElements;
  room: (node: GraphNode) => NodeBox;
} {
  const elements = toGraphElements(story, {
    textOf: (text) => labelText(text, storyLanguages(story)[0] ?? 'en'),
    relationLabel: String,
  });
  const names = new Map(
    story.entities.map((entity) => [
      entity.id,
      Object.values(entity.name).filter((name): name is string => typeof name === 'string'),
    ]),
  );
  const room = (node: GraphNode) => roomForNames(node.kind, names.get(node.id) ?? [node.label]);
  return { elements, room };
}

/**
 * Adds precomputed graph positions to a compiled story, so the browser shows
 * the graph with a preset layout and no layout cost.
 */
export function withGraphLayout(story: Story): Story {
  const { elements, room } = layoutInput(story);
  return { ...story, layout: buildTimeLayout(elements, room) };
}

/** A compiled collection with the graph positions of its merged entities (as {@link withGraphLayout}). */
export function withCollectionLayout(collection: CompiledCollection): CompiledCollection {
  const { layout } = withGraphLayout(collectionAsStory(collection));
  return layout ? { ...collection, layout } : collection;
}
