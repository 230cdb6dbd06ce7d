/**
 * No edge without a quote behind it: a relation is only as good as the events
 * it cites, so at least one cited event must involve both of its ends.
 *
 * @module
 */
import { formatPath, type StoryProblem } from './story-error.js';
import type { Story } from './story-schema.js';

/**
 * Checks that each relation of a story that passed `validateStory` cites at
 * least one event listing both its `from` and its `to` among the event's
 * entities, i.e. one quote that really speaks of both.
 */
export function checkRelationEvidence(story: Story): StoryProblem[] {
  const eventsById = new Map(story.events.map((event) => [event.id, event]));
  // Each cited event's entities as a set, made once: a relation looks up two of them.
  const entitySets = new Map<string, ReadonlySet<string>>();
  const entitiesOf = (id: string, entities: readonly string[]) => {
    let set = entitySets.get(id);
    if (!set) {
      set = new Set(entities);
      entitySets.set(id, set);
    }
    return set;
  };
  const problems: StoryProblem[] = [];
  story.relations.forEach((relation, index) => {
    const cited = relation.events
      .map((id) => eventsById.get(id))
      .filter((event) => event !== undefined);
    if (cited.length < relation.events.length) return; // dangling ids are reported by validateStory
    const supported = cited.some((event) => {
      const entities = entitiesOf(event.id, event.entities);
      return entities.has(relation.from) && entities.has(relation.to);
    });
    if (supported) return;
    problems.push({
      path: formatPath(['relations', index, 'events']),
      message:
        `no cited event (${listed(relation.events)}) lists both "${relation.from}" and "${relation.to}" among its entities, ` +
        `so no quote backs the "${relation.type}" link between them. Cite an event whose quote speaks of both, ` +
        "add the missing one to that event's entities if its quote names it, or remove the relation.",
    });
  });
  return problems;
}

/** Ids as a message lists them: the first few, and a count of the rest. */
function listed(ids: readonly string[]): string {
  return ids.length <= 5
    ? ids.join(', ')
    : `${ids.slice(0, 5).join(', ')} … and ${ids.length - 5} more`;
}
