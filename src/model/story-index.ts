/**
 * Lookups over a validated story that every view needs: events in
 * chronological order, which entities an event involves, which events an
 * entity takes part in, the relations among a set of entities. Built once per
 * story object and cached, so selection changes never recompute them.
 *
 * @module
 */
import { datesOfEvent } from './event-dates.js';
import { endTime, parsePartialDate, spanOfDates } from './partial-date.js';
import type { Category, Entity, LocalText, Relation, Story, StoryEvent } from './story-schema.js';
import { matchesQuery, parseQuery, searchableText, type SearchableText } from './search.js';
import { isInWindow, type EventSpan } from './time-window.js';

export type { EventSpan };

/** Precomputed lookups for one story. */
export interface StoryIndex {
  /** Events sorted by start date, then end date, then id (a stable order). */
  readonly chronological: readonly StoryEvent[];
  readonly eventsById: ReadonlyMap<string, StoryEvent>;
  readonly entitiesById: ReadonlyMap<string, Entity>;
  /** Entity id -> ids of the events that involve it, chronological. */
  readonly eventsByEntity: ReadonlyMap<string, readonly string[]>;
  /** Event id -> the span it covers, in ms since the epoch (UTC): [start, exclusive end). */
  readonly spans: ReadonlyMap<string, EventSpan>;
}

const cache = new WeakMap<Story, StoryIndex>();

/** What events are ordered by, with the span they cover; dates parsed once per event. */
interface SortKey {
  readonly event: StoryEvent;
  /** The earliest instant the event's dates allow. */
  readonly start: number;
  /** The latest instant they allow (Infinity for an open end). */
  readonly latest: number;
  /** Exclusive end of the span drawn (an open end runs to the dateline). */
  readonly spanEnd: number;
}

function sortKey(event: StoryEvent, openEndAt: number): SortKey {
  const span = spanOfDates(datesOfEvent(event), openEndAt);
  return { event, start: span.start, latest: span.latest, spanEnd: span.end };
}

/**
 * Orders events chronologically: by the earliest instant their dates allow,
 * then by the latest (a point before a period that starts with it, a month
 * before the year around it, an open end last), then by id: deterministic
 * whatever order the file lists them in.
 */
function compareKeys(a: SortKey, b: SortKey): number {
  if (a.start !== b.start) return a.start - b.start;
  if (a.latest !== b.latest) return a.latest < b.latest ? -1 : 1;
  const idA = a.event.id;
  const idB = b.event.id;
  return idA < idB ? -1 : idA > idB ? 1 : 0;
}

/**
 * Returns the (cached) lookups for a validated story.
 *
 * Built on the way to a story's first paint: one pass over the dates, and few
 * objects (a 2,000-event story is still young in the heap then, and each
 * collection the allocations here set off copies it).
 */
export function indexStory(story: Story): StoryIndex {
  const cached = cache.get(story);
  if (cached) return cached;
  const openEndAt = endTime(parsePartialDate(story.source.dateline));
  const keys = story.events.map((event) => sortKey(event, openEndAt));
  // In story order (before sorting), as the other maps are.
  const spans = new Map<string, EventSpan>();
  const eventsById = new Map<string, StoryEvent>();
  keys.forEach((key) => {
    spans.set(key.event.id, { start: key.start, end: key.spanEnd });
    eventsById.set(key.event.id, key.event);
  });
  const chronological = keys.sort(compareKeys).map((key) => key.event);
  const eventsByEntity = new Map<string, string[]>();
  chronological.forEach((event) => {
    // An entity listed twice counts once (a set: a list may be long).
    for (const entityId of new Set(event.entities)) {
      const list = eventsByEntity.get(entityId);
      if (list) list.push(event.id);
      else eventsByEntity.set(entityId, [event.id]);
    }
  });
  const index: StoryIndex = {
    chronological,
    eventsById,
    entitiesById: new Map(story.entities.map((entity) => [entity.id, entity])),
    eventsByEntity,
    spans,
  };
  cache.set(story, index);
  return index;
}

/** The entity ids an event involves (empty for an unknown id). */
export function entitiesOfEvent(story: Story, eventId: string): ReadonlySet<string> {
  return new Set(indexStory(story).eventsById.get(eventId)?.entities ?? []);
}

/** The ids of the events that involve an entity, chronological. */
export function eventsOfEntity(story: Story, entityId: string): readonly string[] {
  return indexStory(story).eventsByEntity.get(entityId) ?? [];
}

/** Relations whose two ends both lie in `entityIds`. */
export function relationsAmong(story: Story, entityIds: ReadonlySet<string>): Relation[] {
  return story.relations.filter(
    (relation) => entityIds.has(relation.from) && entityIds.has(relation.to),
  );
}

/** Ids of the events in the window [start, end) (see `isInWindow`). */
export function eventsInRange(story: Story, start: Date, end: Date): Set<string> {
  const ids = new Set<string>();
  const window = { start, end };
  for (const [id, span] of indexStory(story).spans) {
    if (isInWindow(span, window)) ids.add(id);
  }
  return ids;
}

/**
 * Ids of the entities that exist in a set of events: those the events involve,
 * and both ends of every relation that cites one of them.
 */
export function entitiesOfEvents(story: Story, eventIds: ReadonlySet<string>): Set<string> {
  const ids = new Set<string>();
  const { eventsById } = indexStory(story);
  for (const eventId of eventIds) {
    for (const entityId of eventsById.get(eventId)?.entities ?? []) ids.add(entityId);
  }
  for (const relation of story.relations) {
    if (relation.events.some((eventId) => eventIds.has(eventId))) {
      ids.add(relation.from);
      ids.add(relation.to);
    }
  }
  return ids;
}

function allTexts(text: Partial<LocalText> | undefined): string[] {
  if (!text) return [];
  return [text.zh, text.en, text.ru].filter((value): value is string => typeof value === 'string');
}

const searchTexts = new WeakMap<Story, ReadonlyMap<string, SearchableText>>();

/** Each event's searchable text (see `searchEvents`), prepared once per story. */
function eventSearchTexts(story: Story): ReadonlyMap<string, SearchableText> {
  const cached = searchTexts.get(story);
  if (cached) return cached;
  const { chronological, entitiesById } = indexStory(story);
  const texts = new Map(
    chronological.map((event) => [
      event.id,
      searchableText([
        ...allTexts(event.title),
        ...allTexts(event.summary),
        event.quote.text,
        ...allTexts(event.quote.translation),
        ...event.entities.flatMap((id) => allTexts(entitiesById.get(id)?.name)),
      ]),
    ]),
  );
  searchTexts.set(story, texts);
  return texts;
}

/**
 * Ids of the events a search query finds: every word of the query must occur in
 * the event's titles, summary, quote, translation or the names of its
 * entities, in any of the story's languages (readers type in any), in any
 * grammatical form or romanisation (see `./search.ts`): "tokaev" and "Токаеву"
 * find Tokayev, "cables" a cable.
 */
export function searchEvents(story: Story, query: string): Set<string> {
  const words = parseQuery(query);
  const { chronological } = indexStory(story);
  if (words.length === 0) return new Set(chronological.map((event) => event.id));
  const texts = eventSearchTexts(story);
  const found = new Set<string>();
  for (const event of chronological) {
    const text = texts.get(event.id);
    if (text && matchesQuery(text, words)) found.add(event.id);
  }
  return found;
}

/**
 * Ids of the events a search and category filters leave, in date order, or
 * `undefined` when neither is in force (everything shows).
 */
export function filteredEventIds(
  story: Story,
  query: string,
  hiddenCategories: ReadonlySet<Category>,
): string[] | undefined {
  if (query.trim() === '' && hiddenCategories.size === 0) return undefined;
  const found = searchEvents(story, query);
  return indexStory(story)
    .chronological.filter((event) => found.has(event.id) && !hiddenCategories.has(event.category))
    .map((event) => event.id);
}
