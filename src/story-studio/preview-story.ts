/**
 * The story the studio's `<history-explorer>` preview shows while the real one
 * is unfinished: every event that has a date, with what is still missing
 * stood in for (an untitled event is called by the start of its quote), so
 * the editor sees the timeline and graph grow with each event. Only a
 * preview: what is saved is the story as written, and the live checks list
 * what the stand-ins hide.
 *
 * @module
 */
import { tryParsePartialDate } from '../model/partial-date.js';
import {
  CATEGORIES,
  TEXT_LANGUAGES,
  type LocalText,
  type Story,
  type StoryEvent,
} from '../model/story-schema.js';
import { validateStory } from '../model/validate-story.js';
import type { LiveCheck } from './live-checks.js';
import { labelLanguages } from './story-languages.js';
import type { Labels, StudioDocument, WorkingEvent } from './working-story.js';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const shown = (text: string | undefined): text is string => text !== undefined && /\S/.test(text);

/** A label in every language, each missing one from another language or `fallback`. */
function filled(labels: Labels | undefined, fallback: string): LocalText {
  const any = TEXT_LANGUAGES.map((language) => labels?.[language]).find(shown) ?? fallback;
  const pick = (text: string | undefined) => (shown(text) ? text : any);
  return {
    zh: pick(labels?.zh),
    en: pick(labels?.en),
    ...(shown(labels?.ru) ? { ru: labels.ru } : {}),
  };
}

const opening = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

function previewEvent(event: WorkingEvent, entityIds: ReadonlySet<string>): StoryEvent | undefined {
  if (!ID.test(event.id) || !event.start || !tryParsePartialDate(event.start)) return undefined;
  const end = event.end && tryParsePartialDate(event.end) ? event.end : undefined;
  return {
    id: event.id,
    start: event.start,
    ...(end && end >= event.start ? { end } : {}),
    ...(event.planned ? { planned: true } : {}),
    ...(event.dateBasis ? { dateBasis: filled(event.dateBasis, '') } : {}),
    title: filled(event.title, opening(event.quote.text)),
    summary: filled(event.summary, event.quote.text),
    category: event.category ?? CATEGORIES[0],
    entities: [...new Set(event.entities)].filter((id) => entityIds.has(id)),
    quote: { text: event.quote.text },
  };
}

/**
 * The story to preview: the compiled story when the checks passed, otherwise
 * the stand-in described above; undefined when not even that is a story yet.
 */
export function previewStory(document: StudioDocument, check: LiveCheck): Story | undefined {
  if (check.story) return check.story;
  const { story } = document;
  const entities = story.entities
    .filter((entity) => ID.test(entity.id))
    .map((entity) => ({ id: entity.id, kind: entity.kind, name: filled(entity.name, entity.id) }));
  const entityIds = new Set(entities.map((entity) => entity.id));
  const events = story.events.flatMap((event) => previewEvent(event, entityIds) ?? []);
  const eventIds = new Set(events.map((event) => event.id));
  const relations = story.relations
    .filter((relation) => entityIds.has(relation.from) && entityIds.has(relation.to))
    .map((relation) => ({
      ...relation,
      events: relation.events.filter((id) => eventIds.has(id)),
    }))
    .filter((relation) => relation.events.length > 0);
  const source = story.source;
  const candidate: Story = {
    id: ID.test(story.id) ? story.id : 'story',
    languages: labelLanguages(story),
    title: filled(story.title, source.title?.en ?? story.id),
    source: {
      file: source.file,
      dateline: source.dateline,
      language: source.language,
      publisher: filled(source.publisher, '—'),
      title: filled(source.title, '—'),
      text: document.sourceText,
    },
    events,
    entities,
    relations,
  };
  const validation = validateStory(candidate);
  return validation.ok ? validation.story : undefined;
}
