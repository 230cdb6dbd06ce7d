/**
 * The edits an editor makes to a story, as pure functions from one working
 * story to the next: add an event from a proposal, set a field, retitle an
 * event (its generated id follows), add or remove an entity (and the links
 * through it), a relation, an exclusion. Nothing here touches the DOM; the
 * studio keeps the results in its undo history.
 *
 * @module
 */
import type { DateMention } from '../model/date-mentions.js';
import type { EventProposal } from '../model/event-proposal.js';
import type { EntityKind, TextLanguage } from '../model/story-schema.js';
import { setAt, type PathPart } from './story-paths.js';
import {
  exclusionsOf,
  type Labels,
  type WorkingEntity,
  type WorkingEvent,
  type WorkingRelation,
  type WorkingStory,
} from './working-story.js';

/** Lower-case words joined by hyphens, Latin letters and digits only (the id pattern). */
export function slugify(text: string, maxWords = 6): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '')
    .slice(0, maxWords)
    .join('-');
}

/** `base`, or `base-2`, `base-3`… whichever is not taken. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The first label that makes a Latin id: English first, then the others. */
function idWords(labels: Labels | undefined): string {
  for (const language of ['en', 'ru', 'zh'] as const) {
    const slug = slugify(labels?.[language] ?? '');
    if (slug) return slug;
  }
  return '';
}

/** The id an event is given from its title and year: `trade-route-opens-2014`. */
export function eventIdBase(event: Pick<WorkingEvent, 'title' | 'start'>): string {
  const year = event.start?.slice(0, 4);
  const words = idWords(event.title) || 'event';
  return year ? `${words}-${year}` : words;
}

/** The id an entity is given from its name: `organization-of-turkic-states`. */
export function entityIdBase(entity: Pick<WorkingEntity, 'name' | 'kind'>): string {
  return idWords(entity.name) || entity.kind;
}

/** Whether `id` is still the one generated from `base` (so it may follow the title). */
const isGenerated = (id: string, base: string): boolean =>
  id === base || (id.startsWith(`${base}-`) && /^[0-9]+$/.test(id.slice(base.length + 1)));

/** Every id of the story's events and entities. */
function takenIds(story: WorkingStory, except?: string): Set<string> {
  const ids = new Set([...story.events.map((e) => e.id), ...story.entities.map((e) => e.id)]);
  if (except !== undefined) ids.delete(except);
  return ids;
}

const replaceAt = <T>(list: readonly T[], index: number, item: T): T[] =>
  list.map((old, position) => (position === index ? item : old));

/** Sets (or, with `undefined` or empty text, removes) the value at `path`. */
export function setField(
  story: WorkingStory,
  path: readonly PathPart[],
  value: unknown,
): WorkingStory {
  return setAt(story, path, value === '' ? undefined : value);
}

/**
 * Adds a draft event from a proposal: the quote exactly as proposed, the
 * proposed date, `planned` and basis, everything else for the editor.
 * Returns the story and the new event's index.
 */
export function addEventFromProposal(
  story: WorkingStory,
  proposal: EventProposal,
): { story: WorkingStory; index: number } {
  const { date } = proposal;
  const event: WorkingEvent = {
    id: uniqueId(eventIdBase({ start: date?.start }), takenIds(story)),
    draft: true,
    ...(date ? { start: date.start } : {}),
    ...(date?.end ? { end: date.end } : {}),
    ...(date?.planned ? { planned: true } : {}),
    ...(date?.basis ? { dateBasis: { ...date.basis } } : {}),
    entities: [],
    quote: { text: proposal.quote.text, offset: proposal.quote.offset },
  };
  return { story: { ...story, events: [...story.events, event] }, index: story.events.length };
}

/** Renames event `index`, and every relation that cites it. */
function renameEvent(story: WorkingStory, index: number, id: string): WorkingStory {
  const event = story.events[index];
  if (!event || event.id === id) return story;
  return {
    ...story,
    events: replaceAt(story.events, index, { ...event, id }),
    relations: story.relations.map((relation) =>
      relation.events.includes(event.id)
        ? { ...relation, events: relation.events.map((cited) => (cited === event.id ? id : cited)) }
        : relation,
    ),
  };
}

/**
 * Sets a field of event `index` that its generated id is made from (title,
 * start): an id still generated from the old values follows the new ones; a
 * hand-written id is kept.
 */
export function setEventNaming(
  story: WorkingStory,
  index: number,
  path: readonly PathPart[],
  value: string,
): WorkingStory {
  const event = story.events[index];
  if (!event) return story;
  const changed = setField(story, ['events', index, ...path], value);
  const updated = changed.events[index];
  if (!updated || !isGenerated(event.id, eventIdBase(event))) return changed;
  return renameEvent(changed, index, uniqueId(eventIdBase(updated), takenIds(story, event.id)));
}

/** Removes event `index` and its citations (a relation left citing nothing shows as a problem). */
export function removeEvent(story: WorkingStory, index: number): WorkingStory {
  const event = story.events[index];
  if (!event) return story;
  return {
    ...story,
    events: story.events.filter((_, position) => position !== index),
    relations: story.relations.map((relation) =>
      relation.events.includes(event.id)
        ? { ...relation, events: relation.events.filter((cited) => cited !== event.id) }
        : relation,
    ),
  };
}

/** Adds an entity named `name` in `language`; returns the story and its id. */
export function addEntity(
  story: WorkingStory,
  name: string,
  language: TextLanguage,
  kind: EntityKind,
): { story: WorkingStory; id: string } {
  const labels: Labels = { [language]: name.trim() };
  const id = uniqueId(entityIdBase({ name: labels, kind }), takenIds(story));
  const entity: WorkingEntity = { id, kind, name: labels };
  return { story: { ...story, entities: [...story.entities, entity] }, id };
}

/** Adds entity `entityId` to event `index` (once). */
export function addEventEntity(story: WorkingStory, index: number, entityId: string): WorkingStory {
  const event = story.events[index];
  if (!event || event.entities.includes(entityId)) return story;
  const entities = [...event.entities, entityId];
  return { ...story, events: replaceAt(story.events, index, { ...event, entities }) };
}

/** Takes entity `entityId` off event `index`. */
export function removeEventEntity(
  story: WorkingStory,
  index: number,
  entityId: string,
): WorkingStory {
  const event = story.events[index];
  if (!event) return story;
  const entities = event.entities.filter((id) => id !== entityId);
  return { ...story, events: replaceAt(story.events, index, { ...event, entities }) };
}

/** Removes entity `index`, from every event, and the relations through it. */
export function removeEntity(story: WorkingStory, index: number): WorkingStory {
  const entity = story.entities[index];
  if (!entity) return story;
  return {
    ...story,
    entities: story.entities.filter((_, position) => position !== index),
    events: story.events.map((event) =>
      event.entities.includes(entity.id)
        ? { ...event, entities: event.entities.filter((ref) => ref !== entity.id) }
        : event,
    ),
    relations: story.relations.filter(
      (relation) => relation.from !== entity.id && relation.to !== entity.id,
    ),
  };
}

/** Adds a relation (the form only offers it once it cites an event). */
export function addRelation(story: WorkingStory, relation: WorkingRelation): WorkingStory {
  return { ...story, relations: [...story.relations, relation] };
}

/** Removes relation `index`. */
export function removeRelation(story: WorkingStory, index: number): WorkingStory {
  return { ...story, relations: story.relations.filter((_, position) => position !== index) };
}

/**
 * Excludes `mention` from coverage: its own words, with `occurrence` when the
 * same words stand elsewhere in the source too. The reason is the editor's.
 * Returns the story and the exclusion's index.
 */
export function addExclusion(
  story: WorkingStory,
  mention: Pick<DateMention, 'text' | 'start'>,
  sourceText: string,
): { story: WorkingStory; index: number } {
  let occurrence = 0;
  let count = 0;
  for (
    let at = sourceText.indexOf(mention.text);
    at >= 0;
    at = sourceText.indexOf(mention.text, at + 1)
  ) {
    count += 1;
    if (at === mention.start) occurrence = count;
  }
  const exclusion = { match: mention.text, ...(count > 1 ? { occurrence } : {}), reason: {} };
  const exclusions = [...exclusionsOf(story), exclusion];
  return {
    story: { ...story, coverage: { ...story.coverage, exclusions } },
    index: exclusions.length - 1,
  };
}

/** Removes exclusion `index`. */
export function removeExclusion(story: WorkingStory, index: number): WorkingStory {
  const exclusions = exclusionsOf(story).filter((_, position) => position !== index);
  return { ...story, coverage: { ...story.coverage, exclusions } };
}
