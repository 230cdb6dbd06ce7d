/**
 * Collections: several stories read as one history. A collection file
 * (`data/collections/<id>.json`) names its stories; the build compiles it into
 * one file that keeps each story's source once, with that story's events
 * beside it, and merges the entities (by id) and the relations (with all the
 * events that support them, from every story).
 *
 * Event ids are only unique within their story, so in a collection an event is
 * known as `<story>/<event>` ({@link collectionEventId}): deep links, the
 * relations' evidence and the widgets all use that id.
 *
 * @module
 */
import * as v from 'valibot';
import { sameDefinition } from './entity-registry.js';
import type { StoryProblem } from './story-error.js';
import {
  LocalTextSchema,
  StorySchema,
  type Entity,
  type GraphLayout,
  type LocalText,
  type Relation,
  type Story,
  type StoryEvent,
  type StorySource,
} from './story-schema.js';
import { problemFromIssue } from './validate-story.js';

/** What marks a compiled collection file (a story file has no `type`). */
export const COLLECTION_TYPE = 'collection';

/** The id of a story's event inside a collection: `<story>/<event>`. */
export const collectionEventId = (storyId: string, eventId: string): string =>
  `${storyId}/${eventId}`;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An authored collection: `data/collections/<id>.json`. */
export const CollectionInputSchema = v.looseObject(
  {
    $schema: v.optional(v.string()),
    id: v.pipe(
      v.string('the collection id must be text'),
      v.regex(ID, 'the collection id must be lower-case words joined by hyphens, like "caspian"'),
    ),
    title: LocalTextSchema,
    summary: v.optional(LocalTextSchema),
    stories: v.pipe(
      v.array(
        v.pipe(v.string('a story id must be text'), v.regex(ID, 'a story id must be an id')),
        'stories must be a list of story ids',
      ),
      v.minLength(1, 'a collection gathers at least one story'),
    ),
  },
  'a collection must be a JSON object with "id", "title" and "stories"',
);

export type CollectionInput = v.InferOutput<typeof CollectionInputSchema>;

/** One story inside a compiled collection: its labels, its source (once) and its events. */
export interface CollectionPart {
  readonly id: string;
  readonly title: LocalText;
  readonly summary?: LocalText;
  readonly languages?: readonly string[];
  readonly source: StorySource;
  readonly events: readonly StoryEvent[];
}

/** A compiled collection: `dist/collections/<id>.json`. */
export interface CompiledCollection {
  readonly type: typeof COLLECTION_TYPE;
  readonly id: string;
  readonly title: LocalText;
  readonly summary?: LocalText;
  readonly stories: readonly CollectionPart[];
  /** Every story's entities, merged by id; one with its own quote names its `story`. */
  readonly entities: readonly Entity[];
  /** Every story's relations, merged by type and ends; `events` are collection event ids. */
  readonly relations: readonly Relation[];
  readonly layout?: GraphLayout;
}

/** A compiled collection, or the problems that stop it (paths into the collection file). */
export type CollectionCompilation =
  | { readonly ok: true; readonly collection: CompiledCollection }
  | { readonly ok: false; readonly problems: readonly StoryProblem[] };

/** The collection as one part per story (the story's entities and relations merged later). */
function partOf(story: Story): CollectionPart {
  const languages = (story as { languages?: unknown }).languages;
  return {
    id: story.id,
    title: story.title,
    ...(story.summary ? { summary: story.summary } : {}),
    ...(Array.isArray(languages) ? { languages: languages.map(String) } : {}),
    source: story.source,
    events: story.events,
  };
}

/**
 * Merges entities by id, in the order they first appear; an id defined
 * differently by two stories is a problem (it would mean two things).
 */
function mergeEntities(
  stories: readonly Story[],
  at: (storyIndex: number) => string,
): { entities: Entity[]; problems: StoryProblem[] } {
  const merged = new Map<string, { entity: Entity; story: string }>();
  const problems: StoryProblem[] = [];
  stories.forEach((story, storyIndex) => {
    for (const entity of story.entities) {
      const earlier = merged.get(entity.id);
      // An entity's own quote is from its story's source: the entity says which.
      if (!earlier) {
        merged.set(entity.id, {
          entity: entity.quote ? { ...entity, story: story.id } : entity,
          story: story.id,
        });
      } else if (!sameDefinition(earlier.entity, entity)) {
        problems.push({
          path: at(storyIndex),
          message: `the entity "${entity.id}" means one thing in story "${earlier.story}" and another in "${story.id}"; define it once in data/entities/ and remove it from the stories, or give one of them another id`,
        });
      }
    }
  });
  return { entities: [...merged.values()].map(({ entity }) => entity), problems };
}

/** Merges relations by type and ends, keeping every event that supports each (namespaced). */
function mergeRelations(stories: readonly Story[]): Relation[] {
  const merged = new Map<string, { relation: Relation; events: string[] }>();
  for (const story of stories) {
    for (const relation of story.relations) {
      const key = `${relation.type}\u0000${relation.from}\u0000${relation.to}`;
      const events = relation.events.map((id) => collectionEventId(story.id, id));
      const earlier = merged.get(key);
      if (earlier) earlier.events.push(...events.filter((id) => !earlier.events.includes(id)));
      else merged.set(key, { relation, events });
    }
  }
  return [...merged.values()].map(({ relation, events }) => ({ ...relation, events }));
}

/**
 * Compiles a collection from its authored file and the compiled stories of the
 * build. Problems name the path in the collection file: a story that does not
 * exist, one named twice, an entity two stories define differently.
 */
export function compileCollection(
  input: unknown,
  storiesById: ReadonlyMap<string, Story>,
): CollectionCompilation {
  const parsed = v.safeParse(CollectionInputSchema, input, { abortEarly: false });
  if (!parsed.success) return { ok: false, problems: parsed.issues.map(problemFromIssue) };
  const collection = input as CollectionInput;
  const problems: StoryProblem[] = [];
  const stories: Story[] = [];
  const storyIndex: number[] = [];
  collection.stories.forEach((id, index) => {
    const story = storiesById.get(id);
    if (collection.stories.indexOf(id) !== index) {
      problems.push({ path: `stories[${index}]`, message: `the story "${id}" is already listed` });
    } else if (!story) {
      const known = [...storiesById.keys()].join(', ');
      problems.push({
        path: `stories[${index}]`,
        message: `no story has the id "${id}" (known: ${known}); fix the id or add the story to data/stories/`,
      });
    } else {
      stories.push(story);
      storyIndex.push(index);
    }
  });
  const { entities, problems: entityProblems } = mergeEntities(
    stories,
    (index) => `stories[${storyIndex[index] ?? index}]`,
  );
  problems.push(...entityProblems);
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    collection: {
      type: COLLECTION_TYPE,
      id: collection.id,
      title: collection.title,
      ...(collection.summary ? { summary: collection.summary } : {}),
      stories: stories.map(partOf),
      entities,
      relations: mergeRelations(stories),
    },
  };
}

/** The parts of a story a collection file holds, validated like a story (see collection-story.ts). */
export const CollectionPartSchema = v.looseObject(
  {
    id: StorySchema.entries.id,
    title: LocalTextSchema,
    summary: v.optional(LocalTextSchema),
    source: StorySchema.entries.source,
    events: StorySchema.entries.events,
  },
  'each story of a collection must be an object with "id", "title", "source" and "events"',
);

/** A compiled collection file as the widgets check it before anything else. */
export const CompiledCollectionSchema = v.looseObject(
  {
    type: v.literal(COLLECTION_TYPE),
    id: StorySchema.entries.id,
    title: LocalTextSchema,
    summary: v.optional(LocalTextSchema),
    stories: v.pipe(
      v.array(CollectionPartSchema, 'stories must be a list'),
      v.minLength(1, 'a collection gathers at least one story'),
    ),
    entities: StorySchema.entries.entities,
    relations: v.array(
      v.looseObject({
        type: StorySchema.entries.relations.item.entries.type,
        from: StorySchema.entries.relations.item.entries.from,
        to: StorySchema.entries.relations.item.entries.to,
        events: v.pipe(
          v.array(v.string('an event id must be text')),
          v.minLength(1, 'a relation must cite at least one event'),
        ),
      }),
      'relations must be a list',
    ),
    layout: StorySchema.entries.layout,
  },
  'a collection must be a JSON object',
);
