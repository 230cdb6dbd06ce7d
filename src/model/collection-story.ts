/**
 * A compiled collection as the widgets read it: one story whose events come
 * from several stories, each event carrying its story (`story`) and so its own
 * source (`sourceOf`). The widgets take it like any story; only the quote
 * panel, the fallback and the source filter look at where an event comes from.
 *
 * @module
 */
import * as v from 'valibot';
import {
  collectionEventId,
  COLLECTION_TYPE,
  CompiledCollectionSchema,
  type CompiledCollection,
} from './collection.js';
import { inspectStoryInput } from './input-limits.js';
import type { StoryProblem } from './story-error.js';
import { isCollectionShaped } from './story-shape-check.generated.js';
import type { LocalText, Story, StoryEvent, StorySource } from './story-schema.js';
import { problemFromIssue, validateStory, type StoryValidation } from './validate-story.js';

/** One story of a collection, as the source filter and the pages list it. */
export interface CollectionMember {
  readonly id: string;
  readonly title: LocalText;
  readonly summary?: LocalText;
  readonly source: StorySource;
}

/** The fields a collection adds to a story (loose fields: a story keeps what it does not know). */
interface CollectionFields {
  readonly collection?: true;
  readonly members?: readonly CollectionMember[];
}

/** Whether parsed JSON is a compiled collection rather than a story. */
export function isCollectionFile(input: unknown): boolean {
  return (
    typeof input === 'object' &&
    input !== null &&
    (input as { type?: unknown }).type === COLLECTION_TYPE
  );
}

/** The stories a collection story gathers, in the collection's order (none for a story). */
export function membersOf(story: Story): readonly CollectionMember[] {
  const fields = story as Story & CollectionFields;
  const members: unknown = fields.members;
  return fields.collection === true && Array.isArray(members)
    ? (members as readonly CollectionMember[])
    : [];
}

/** The story an event of a collection comes from (undefined in a single story). */
export function storyIdOf(event: StoryEvent): string | undefined {
  const id = (event as StoryEvent & { story?: unknown }).story;
  return typeof id === 'string' ? id : undefined;
}

/** The source an event quotes: its own story's in a collection, else the story's. */
export function sourceOf(story: Story, event: StoryEvent | undefined): StorySource {
  const id = event ? storyIdOf(event) : undefined;
  if (id === undefined) return story.source;
  return membersOf(story).find((member) => member.id === id)?.source ?? story.source;
}

/**
 * The collection as one story: every event under its collection id
 * (`<story>/<event>`) with its `story`, the merged entities and relations.
 * `source` is the first story's, for what shows one source (the title card's
 * dateline); the quote panel asks {@link sourceOf}.
 */
export function collectionAsStory(collection: CompiledCollection): Story {
  const [first] = collection.stories;
  if (!first) throw new Error('a collection gathers at least one story');
  const story: Story & CollectionFields = {
    id: collection.id,
    title: collection.title,
    ...(collection.summary ? { summary: collection.summary } : {}),
    source: first.source,
    events: collection.stories.flatMap((part) =>
      part.events.map((event) => ({
        ...event,
        id: collectionEventId(part.id, event.id),
        story: part.id,
      })),
    ),
    entities: [...collection.entities],
    relations: [...collection.relations],
    ...(collection.layout ? { layout: collection.layout } : {}),
    collection: true,
    members: collection.stories.map((part) => ({
      id: part.id,
      title: part.title,
      ...(part.summary ? { summary: part.summary } : {}),
      source: part.source,
    })),
  };
  return story;
}

const prefixed = (prefix: string, problems: readonly StoryProblem[]) =>
  problems.map((problem) => ({
    path: problem.path === '' ? prefix : `${prefix}.${problem.path}`,
    message: problem.message,
  }));

/**
 * Validates untrusted data as a compiled collection, each story's events
 * against its own source (as a story is validated), the merged relations
 * against the events and entities; returns it as one story. Never throws.
 * `inspected`: the input is a copy `inspectStoryInput` made, not walked again.
 */
export function validateCollection(
  input: unknown,
  options: { readonly inspected?: boolean } = {},
): StoryValidation {
  if (!options.inspected) {
    const inspection = inspectStoryInput(input, false);
    if (!inspection.ok) return { ok: false, problems: [inspection.problem] };
  }
  // A quick yes for a well-formed collection, generated from the schema at build time
  // (src/build/story-shape-check.ts); valibot checks only a no again, and words it.
  if (!isCollectionShaped(input)) {
    const parsed = v.safeParse(CompiledCollectionSchema, input, { abortEarly: false });
    if (!parsed.success) return { ok: false, problems: parsed.issues.map(problemFromIssue) };
  }
  const collection = input as CompiledCollection;
  const problems: StoryProblem[] = [];
  collection.stories.forEach((part, index) => {
    // Entity quotes are checked against their own story's source only.
    const entities = collection.entities.map((entity) => {
      if (!entity.quote || (entity as { story?: unknown }).story === part.id) return entity;
      const rest: Record<string, unknown> = { ...entity };
      delete rest.quote;
      return rest;
    });
    const result = validateStory(
      {
        id: part.id,
        title: part.title,
        source: part.source,
        events: part.events,
        entities,
        relations: [],
      },
      // Its shape is the collection's, checked above as a whole.
      { inspected: true, shaped: true },
    );
    if (!result.ok) problems.push(...prefixed(`stories[${index}]`, result.problems));
  });
  const entityIds = new Set(collection.entities.map((entity) => entity.id));
  const eventIds = new Set(
    collection.stories.flatMap((part) =>
      part.events.map((event) => collectionEventId(part.id, event.id)),
    ),
  );
  collection.relations.forEach((relation, index) => {
    for (const end of ['from', 'to'] as const) {
      if (!entityIds.has(relation[end])) {
        problems.push({
          path: `relations[${index}].${end}`,
          message: `no entity has the id "${relation[end]}"`,
        });
      }
    }
    relation.events.forEach((id, position) => {
      if (!eventIds.has(id)) {
        problems.push({
          path: `relations[${index}].events[${position}]`,
          message: `no event has the id "${id}" (events of a collection are "<story>/<event>")`,
        });
      }
    });
  });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, story: collectionAsStory(collection) };
}
