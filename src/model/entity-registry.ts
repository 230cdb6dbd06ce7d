/**
 * Shared entities: countries, organisations, places… defined once in
 * `data/entities/*.json` and referred to by id from any story. A story may
 * still define its own entities; an id means the same thing everywhere, so a
 * registry or a story that defines a known id differently is an error.
 *
 * The build resolves a story's references before validating it: the shared
 * entities the story uses are added to its own list, so a compiled story is
 * self-contained and the widgets need no registry.
 *
 * @module
 */
import * as v from 'valibot';
import type { StoryProblem } from './story-error.js';
import { EntitySchema, type Entity } from './story-schema.js';
import { problemFromIssue } from './validate-story.js';

/** A registry file: `{ "entities": [ … ] }`, each entity as in a story (without a quote). */
export const EntityRegistrySchema = v.looseObject(
  {
    $schema: v.optional(v.string()),
    entities: v.array(EntitySchema, 'entities must be a list'),
  },
  'a registry of shared entities must be a JSON object like {"entities": [...]}',
);

/** Where a shared entity is defined. */
export interface SharedEntity {
  readonly entity: Entity;
  /** The registry file, as messages show it. */
  readonly file: string;
  /** Its index in the file's `entities`. */
  readonly index: number;
}

/** Shared entities by id. */
export type EntityRegistry = ReadonlyMap<string, SharedEntity>;

/** A problem in one file (a registry or a story). */
export interface FileProblem {
  readonly file: string;
  readonly problem: StoryProblem;
}

/** The entity as canonical JSON (keys sorted), so two definitions compare by content. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    typeof item === 'object' && item !== null && !Array.isArray(item)
      ? Object.fromEntries(
          Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : item,
  );
}

/** Whether two entity definitions say the same thing (same fields, same values). */
export function sameDefinition(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** What an earlier definition is, for messages: `data/entities/countries.json (entities[2])`. */
const whereDefined = (shared: SharedEntity) => `${shared.file} (entities[${shared.index}])`;

/**
 * Validates the registry files (in the order given) and merges them by id.
 * The same id defined twice identically is one entity; defined differently,
 * it is a problem of the later file.
 */
export function buildEntityRegistry(
  files: readonly { readonly file: string; readonly input: unknown }[],
): { readonly registry: EntityRegistry; readonly problems: readonly FileProblem[] } {
  const registry = new Map<string, SharedEntity>();
  const problems: FileProblem[] = [];
  for (const { file, input } of files) {
    const parsed = v.safeParse(EntityRegistrySchema, input, { abortEarly: false });
    if (!parsed.success) {
      problems.push(...parsed.issues.map((issue) => ({ file, problem: problemFromIssue(issue) })));
      continue;
    }
    const entities = (input as { entities: Entity[] }).entities;
    entities.forEach((entity, index) => {
      const path = `entities[${index}]`;
      if (entity.quote !== undefined) {
        problems.push({
          file,
          problem: {
            path: `${path}.quote`,
            message: `a shared entity has no source to quote; move the quote to the story that names "${entity.id}"`,
          },
        });
        return;
      }
      const earlier = registry.get(entity.id);
      if (!earlier) {
        registry.set(entity.id, { entity, file, index });
      } else if (!sameDefinition(earlier.entity, entity)) {
        problems.push({
          file,
          problem: {
            path: `${path}.id`,
            message: `the entity "${entity.id}" is already defined differently in ${whereDefined(earlier)}; an id means one thing in every story: keep one definition, or give this entity its own id`,
          },
        });
      }
    });
  }
  return { registry, problems };
}

/** The entity ids a story input refers to (events and relations), read defensively. */
function referencedIds(input: Record<string, unknown>): Set<string> {
  const ids = new Set<string>();
  const add = (value: unknown) => {
    if (typeof value === 'string') ids.add(value);
  };
  if (Array.isArray(input.events)) {
    for (const event of input.events as unknown[]) {
      const entities = (event as { entities?: unknown } | null)?.entities;
      if (Array.isArray(entities)) (entities as unknown[]).forEach(add);
    }
  }
  if (Array.isArray(input.relations)) {
    for (const relation of input.relations as unknown[]) {
      const { from, to } = (relation ?? {}) as { from?: unknown; to?: unknown };
      add(from);
      add(to);
    }
  }
  return ids;
}

/**
 * The story input with the shared entities it refers to (and does not define
 * itself) added to its `entities`. A story may define an entity itself, even
 * one the registry has: its own definition is the one it uses (an English-only
 * story names Kazakhstan in English only), and a warning says so when the two
 * differ, since a collection gathering it with a story that uses the shared one
 * refuses the difference. An input that is not shaped like a story is returned
 * as it is: validation says what is wrong with it.
 */
export function withSharedEntities(
  input: unknown,
  registry: EntityRegistry,
): { readonly input: unknown; readonly warnings: readonly StoryProblem[] } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { input, warnings: [] };
  }
  const story = input as Record<string, unknown>;
  if (!Array.isArray(story.entities)) return { input, warnings: [] };
  const own = story.entities as unknown[];
  const warnings: StoryProblem[] = [];
  const defined = new Set<string>();
  own.forEach((entity, index) => {
    const id = (entity as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return;
    defined.add(id);
    const shared = registry.get(id);
    if (shared && !sameDefinition(shared.entity, entity)) {
      warnings.push({
        path: `entities[${index}].id`,
        message: `the entity "${id}" is defined differently in ${whereDefined(shared)}; this story uses its own, and a collection with a story that uses the shared one will refuse the difference. Remove it here to use the shared one, or give this entity its own id`,
      });
    }
  });
  const added = [...referencedIds(story)]
    .filter((id) => !defined.has(id))
    .flatMap((id) => {
      const shared = registry.get(id);
      return shared ? [shared.entity] : [];
    });
  if (added.length === 0) return { input, warnings };
  return { input: { ...story, entities: [...own, ...added] }, warnings };
}
