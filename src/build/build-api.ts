/**
 * What `build.mjs` (and the bench's story generator) imports, bundled for Node
 * at build time: the data layer's compilation, plus what only the build does:
 * the JSON Schema file, graph positions and the static fallback.
 *
 * @module
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { computeGraphLayout } from '../graph-layout/graph-layout.js';
import { toGraphElements, type GraphNode } from '../model/graph-elements.js';
import { roomForNames } from '../model/graph-label.js';
import { StorySchema, type Story } from '../model/story-schema.js';

export { compileStory } from '../model/compile-story.js';
export { formatProblem } from '../model/story-error.js';
export { checkCoverage } from '../model/coverage.js';
export { jsonTooDeepAt, STORY_INPUT_LIMITS } from '../model/input-limits.js';
export { notUtf8Message, textFormProblems } from '../model/text-encoding.js';
export { storyFallbackHtml } from '../fallback/story-fallback.js';

/** The JSON Schema editors point `$schema` at, generated from {@link StorySchema}. */
export function storyJsonSchema(): Record<string, unknown> {
  // Custom checks (unique ids, quotes in the source) have no JSON Schema form;
  // the build enforces them, the schema file serves autocompletion.
  const schema = toJsonSchema(StorySchema, { errorMode: 'ignore' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    title: 'history-explorer story',
    description:
      'A story for the history-explorer widgets: source, events, entities and relations.',
    ...schema,
  };
}

/**
 * Adds precomputed graph positions to a compiled story, so the browser shows
 * the graph with a preset layout and no layout cost. Each node keeps room for
 * its name as drawn in whichever of the story's languages takes the most.
 */
export function withGraphLayout(story: Story): Story {
  const elements = toGraphElements(story, { textOf: (text) => text.en, relationLabel: String });
  const names = new Map(
    story.entities.map((entity) => [
      entity.id,
      Object.values(entity.name).filter((name): name is string => typeof name === 'string'),
    ]),
  );
  const room = (node: GraphNode) => roomForNames(node.kind, names.get(node.id) ?? [node.label]);
  return { ...story, layout: computeGraphLayout(elements, undefined, undefined, undefined, room) };
}
