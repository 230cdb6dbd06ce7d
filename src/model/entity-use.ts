/**
 * Housekeeping a newsroom wants but that does not make a story wrong, so these
 * are warnings: an entity nothing traces to the source, an entity listed twice
 * in one event, an id shared by an event and an entity (a link or a selection
 * by id would be ambiguous).
 *
 * @module
 */
import { formatPath, type StoryProblem } from './story-error.js';
import type { Story } from './story-schema.js';

/** Warnings about how a story that passed `validateStory` uses its entities. */
export function checkEntityUse(story: Story): StoryProblem[] {
  const warnings: StoryProblem[] = [];
  const inEvents = new Set(story.events.flatMap((event) => event.entities));
  const eventIds = new Set(story.events.map((event) => event.id));

  story.entities.forEach((entity, index) => {
    if (!inEvents.has(entity.id) && entity.quote === undefined) {
      warnings.push({
        path: formatPath(['entities', index]),
        message: `the entity "${entity.id}" is in no event and has no quote of its own, so nothing ties it to the source; list it in the entities of an event whose quote names it, give it a "quote", or remove it`,
      });
    }
    if (eventIds.has(entity.id)) {
      warnings.push({
        path: formatPath(['entities', index, 'id']),
        message: `the id "${entity.id}" is also an event's id; give one of them another id so links and selections are unambiguous`,
      });
    }
  });

  story.events.forEach((event, index) => {
    const seen = new Set<string>();
    event.entities.forEach((id, position) => {
      if (seen.has(id)) {
        warnings.push({
          path: formatPath(['events', index, 'entities', position]),
          message: `"${id}" is listed twice in this event's entities; remove the repeat`,
        });
      }
      seen.add(id);
    });
  });
  return warnings;
}
