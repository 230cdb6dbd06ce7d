/**
 * The panel of the chosen name: "Kazakhstan: 18 events", then those events
 * (date and title, each a button that selects it), its description and its
 * connections. It stands beside the canvas when the graph is wide and right
 * under it when narrow, where the reader who tapped the name is looking.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { GraphElements } from '../model/graph-elements.js';
import type { GraphView } from '../model/graph-view.js';
import { eventDateLabel } from '../model/partial-date.js';
import { eventsOfEntity, indexStory } from '../model/story-index.js';
import type { Story, StoryEvent } from '../model/story-schema.js';
import { labelLanguage, localeOf, textIn, uiStrings, type UiLanguage } from '../shared/i18n.js';
import { labelLanguages, localLabel } from '../shared/local-label.js';

/** What the panel shows, and what its buttons do. */
export interface ChosenEntityInput {
  readonly story: Story;
  readonly elements: GraphElements;
  readonly view: GraphView;
  readonly entityId: string;
  /** The selected event, marked in the list (`aria-current`). */
  readonly selectedEvent: string;
  /** Events left by search and filters; undefined: all. */
  readonly visibleEvents: ReadonlySet<string> | undefined;
  readonly lang: UiLanguage;
  readonly onSelectEvent: (eventId: string) => void;
  readonly onClear: () => void;
}

/** The events of an entity that search and filters leave, in date order. */
export function chosenEntityEvents(
  story: Story,
  entityId: string,
  visibleEvents: ReadonlySet<string> | undefined,
): StoryEvent[] {
  const { eventsById } = indexStory(story);
  return eventsOfEntity(story, entityId)
    .filter((id) => !visibleEvents || visibleEvents.has(id))
    .map((id) => eventsById.get(id))
    .filter((event): event is StoryEvent => event !== undefined);
}

/** What a screen reader hears when a name is chosen: "Kazakhstan: 18 events". */
export function chosenEntitySummary(
  story: Story,
  entityId: string,
  visibleEvents: ReadonlySet<string> | undefined,
  lang: UiLanguage,
): string {
  const entity = indexStory(story).entitiesById.get(entityId);
  if (!entity) return '';
  const count = chosenEntityEvents(story, entityId, visibleEvents).length;
  return uiStrings(lang).selectedEntity(textIn(entity.name, labelLanguage(story, lang)), count);
}

/** The panel (`part="chosen"`), or nothing when the entity is unknown. */
export function renderChosenEntity(input: ChosenEntityInput): TemplateResult | typeof nothing {
  const { story, elements, view, entityId, lang } = input;
  const entity = indexStory(story).entitiesById.get(entityId);
  if (!entity) return nothing;
  const t = uiStrings(lang);
  const locale = localeOf(lang);
  const labels = labelLanguages(story, lang);
  const events = chosenEntityEvents(story, entityId, input.visibleEvents);
  const names = new Map(elements.nodes.map((node) => [node.id, node.label]));
  const nameOf = (id: string) => names.get(id) ?? id;
  const edges = elements.edges.filter(
    (edge) =>
      (edge.source === entityId || edge.target === entityId) && !view.hiddenEdges.has(edge.id),
  );
  const dateOf = (event: StoryEvent) => eventDateLabel(event, locale);
  return html`<section class="chosen" part="chosen" aria-labelledby="chosen-heading">
    <div class="chosen-head">
      <h4 class="chosen-heading" id="chosen-heading">
        ${t.selectedEntity(textIn(entity.name, labels.label), events.length)}
      </h4>
      <button type="button" class="button small" @click=${input.onClear}>
        ${t.clearSelection}
      </button>
    </div>
    ${
      entity.description
        ? html`<p class="description">${localLabel(entity.description, labels)}</p>`
        : nothing
    }
    ${
      // Where the story knows it, the name's entry in Wikidata (validated: Q and digits).
      entity.wikidata
        ? html`<p class="wikidata">
            <a
              href="https://www.wikidata.org/wiki/${entity.wikidata}"
              target="_blank"
              rel="noopener"
              >Wikidata ${entity.wikidata}</a
            >
          </p>`
        : nothing
    }
    ${
      events.length > 0
        ? html`<ol class="chosen-events" aria-labelledby="chosen-heading">
            ${events.map(
              (event) =>
                html`<li>
                  <button
                    type="button"
                    class="chosen-event"
                    data-event=${event.id}
                    aria-current=${event.id === input.selectedEvent ? 'true' : nothing}
                    @click=${() => {
                      input.onSelectEvent(event.id);
                    }}
                  >
                    <span class="event-date">${dateOf(event)}</span>
                    <span class="event-title">${localLabel(event.title, labels)}</span>
                  </button>
                </li>`,
            )}
          </ol>`
        : nothing
    }
    ${
      edges.length > 0
        ? html`<h5 class="connections-heading">${t.connections}</h5>
            <ul class="connections">
              ${edges.map(
                (edge) =>
                  html`<li>
                    ${nameOf(edge.source)}
                    <span class="relation">${edge.label}</span> ${nameOf(edge.target)}
                  </li>`,
              )}
            </ul>`
        : nothing
    }
  </section>`;
}
