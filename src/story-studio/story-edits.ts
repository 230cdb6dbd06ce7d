/**
 * The edits an editor makes to a story, as pure functions from one draft to
 * the next: add an event from a proposal, rename an id (and everything that
 * points to it), remove an entity (and the links through it), exclude a
 * mention. Nothing here touches the DOM; the studio keeps the results in its
 * undo history.
 *
 * @module
 */
import type { DateMention } from '../model/date-mentions.js';
import type { EntityKind, TextLanguage } from '../model/story-schema.js';
import type {
  DraftEntity,
  DraftEvent,
  DraftExclusion,
  DraftRelation,
  DraftStory,
  Labels,
} from './draft-story.js';
import type { EventProposal } from './proposals.js';

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
function idWords(labels: Labels): string {
  for (const language of ['en', 'ru', 'zh'] as const) {
    const slug = slugify(labels[language] ?? '');
    if (slug) return slug;
  }
  return '';
}

/** The id an event is given from its title and year: `trade-route-opens-2014`. */
export function eventIdBase(event: Pick<DraftEvent, 'title' | 'start'>): string {
  const year = event.start.slice(0, 4);
  const words = idWords(event.title);
  return words ? `${words}-${year}` : `event-${year}`;
}

/** The id an entity is given from its name: `organization-of-turkic-states`. */
export function entityIdBase(entity: Pick<DraftEntity, 'name' | 'kind'>): string {
  return idWords(entity.name) || entity.kind;
}

/** Whether `id` is still the one generated from `base` (so it may follow the title). */
const isGenerated = (id: string, base: string): boolean =>
  id === base || new RegExp(`^${base}-[0-9]+$`).test(id);

/** Every id in the story: events and entities share one namespace for clarity. */
function takenIds(story: DraftStory, except?: string): Set<string> {
  const ids = new Set([...story.events.map((e) => e.id), ...story.entities.map((e) => e.id)]);
  if (except !== undefined) ids.delete(except);
  return ids;
}

const replaceAt = <T>(list: readonly T[], index: number, item: T): T[] =>
  list.map((old, position) => (position === index ? item : old));

/** Adds a draft event from a proposal; returns the story and the event's index. */
export function addEventFromProposal(
  story: DraftStory,
  proposal: EventProposal,
): { story: DraftStory; index: number } {
  const event: DraftEvent = {
    id: uniqueId(eventIdBase({ title: {}, start: proposal.start }), takenIds(story)),
    start: proposal.start,
    ...(proposal.end === undefined ? {} : { end: proposal.end }),
    ...(proposal.planned ? { planned: true } : {}),
    ...(proposal.dateBasis ? { dateBasis: proposal.dateBasis } : {}),
    title: {},
    summary: {},
    category: '',
    entities: [],
    quote: { text: proposal.quote.text, offset: proposal.quote.offset },
    draft: true,
  };
  return { story: { ...story, events: [...story.events, event] }, index: story.events.length };
}

/** Renames event `index`, and every relation that cites it. */
export function renameEvent(story: DraftStory, index: number, id: string): DraftStory {
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
 * Sets the title of event `index` in `language`; an id still generated from
 * the old title follows the new one (a hand-written id is kept).
 */
export function setEventTitle(
  story: DraftStory,
  index: number,
  language: TextLanguage,
  text: string,
): DraftStory {
  const event = story.events[index];
  if (!event) return story;
  const title = { ...event.title, [language]: text };
  if (text === '') delete title[language];
  const retitled = { ...story, events: replaceAt(story.events, index, { ...event, title }) };
  if (!isGenerated(event.id, eventIdBase(event))) return retitled;
  const id = uniqueId(eventIdBase({ ...event, title }), takenIds(story, event.id));
  return renameEvent(retitled, index, id);
}

/** Removes event `index` and its citations (a relation left citing nothing shows as a problem). */
export function removeEvent(story: DraftStory, index: number): DraftStory {
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
  story: DraftStory,
  name: string,
  language: TextLanguage,
  kind: EntityKind,
): { story: DraftStory; id: string } {
  const labels: Labels = { [language]: name.trim() };
  const id = uniqueId(entityIdBase({ name: labels, kind }), takenIds(story));
  const entity: DraftEntity = { id, kind, name: labels };
  return { story: { ...story, entities: [...story.entities, entity] }, id };
}

/** Renames entity `index`, in every event and relation that names it. */
export function renameEntity(story: DraftStory, index: number, id: string): DraftStory {
  const entity = story.entities[index];
  if (!entity || entity.id === id) return story;
  const swap = (ref: string) => (ref === entity.id ? id : ref);
  return {
    ...story,
    entities: replaceAt(story.entities, index, { ...entity, id }),
    events: story.events.map((event) =>
      event.entities.includes(entity.id) ? { ...event, entities: event.entities.map(swap) } : event,
    ),
    relations: story.relations.map((relation) =>
      relation.from === entity.id || relation.to === entity.id
        ? { ...relation, from: swap(relation.from), to: swap(relation.to) }
        : relation,
    ),
  };
}

/** Sets the name of entity `index` in `language`; a generated id follows the name. */
export function setEntityName(
  story: DraftStory,
  index: number,
  language: TextLanguage,
  text: string,
): DraftStory {
  const entity = story.entities[index];
  if (!entity) return story;
  const name = { ...entity.name, [language]: text };
  if (text === '') delete name[language];
  const renamed = { ...story, entities: replaceAt(story.entities, index, { ...entity, name }) };
  if (!isGenerated(entity.id, entityIdBase(entity))) return renamed;
  const id = uniqueId(entityIdBase({ ...entity, name }), takenIds(story, entity.id));
  return renameEntity(renamed, index, id);
}

/** Removes entity `index`, from every event, and the relations through it. */
export function removeEntity(story: DraftStory, index: number): DraftStory {
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
export function addRelation(story: DraftStory, relation: DraftRelation): DraftStory {
  return { ...story, relations: [...story.relations, relation] };
}

/** Removes relation `index`. */
export function removeRelation(story: DraftStory, index: number): DraftStory {
  return { ...story, relations: story.relations.filter((_, position) => position !== index) };
}

/**
 * Excludes `mention` from coverage: its own words, with `occurrence` when the
 * same words stand elsewhere in the source too. The reason is the editor's.
 */
export function addExclusion(
  story: DraftStory,
  mention: DateMention,
  sourceText: string,
): { story: DraftStory; index: number } {
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
  const exclusion: DraftExclusion = {
    match: mention.text,
    ...(count > 1 ? { occurrence } : {}),
    reason: {},
  };
  const exclusions = [...story.coverage.exclusions, exclusion];
  return {
    story: { ...story, coverage: { ...story.coverage, exclusions } },
    index: exclusions.length - 1,
  };
}

/** Removes exclusion `index`. */
export function removeExclusion(story: DraftStory, index: number): DraftStory {
  const exclusions = story.coverage.exclusions.filter((_, position) => position !== index);
  return { ...story, coverage: { ...story.coverage, exclusions } };
}
