/**
 * What `build.mjs` imports from the data layer (bundled for Node at build time).
 *
 * @module
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { StorySchema } from './story-schema.js';

export { compileStory } from './compile-story.js';
export { formatProblem } from './story-error.js';
export { checkCoverage } from './coverage.js';

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
