/**
 * The graph's accessible alternative: every visible entity, grouped by kind,
 * with its events and its connections, as a list of buttons that select it.
 * It follows the same view as the canvas (hidden, highlighted, selected).
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { GraphEdge, GraphElements } from '../model/graph-elements.js';
import type { GraphView } from '../model/graph-view.js';
import { eventsOfEntity, indexStory } from '../model/story-index.js';
import { ENTITY_KINDS, type Story } from '../model/story-schema.js';
import { localeOf, textIn, uiStrings, type UiLanguage } from '../shared/i18n.js';

/** Up to this many entities, the list shows every entity's connections. */
const MAX_LISTED_CONNECTIONS_NODES = 80;

/** What the list shows, and what a press on an entity does. */
export interface EntityListInput {
  readonly story: Story;
  readonly elements: GraphElements;
  readonly view: GraphView;
  /** The selected entity's id, or empty. */
  readonly selectedEntity: string;
  readonly lang: UiLanguage;
  readonly onSelect: (entityId: string) => void;
}

/** The visible edges of each entity, by entity id. */
function visibleEdgesByNode(elements: GraphElements, view: GraphView): Map<string, GraphEdge[]> {
  const byNode = new Map<string, GraphEdge[]>();
  for (const edge of elements.edges) {
    if (view.hiddenEdges.has(edge.id)) continue;
    for (const end of [edge.source, edge.target]) {
      const list = byNode.get(end);
      if (list) list.push(edge);
      else byNode.set(end, [edge]);
    }
  }
  return byNode;
}

/** The list of entities and connections (`part="list"`). */
export function renderEntityList(input: EntityListInput): TemplateResult {
  const { story, elements, view, selectedEntity, lang, onSelect } = input;
  const t = uiStrings(lang);
  const locale = localeOf(lang);
  const { entitiesById } = indexStory(story);
  const byNode = visibleEdgesByNode(elements, view);
  // A big graph lists the connections of the names in play (selected, or in
  // the selected event) rather than thousands of lines at once.
  const everyConnection = elements.nodes.length <= MAX_LISTED_CONNECTIONS_NODES;
  const names = new Map(elements.nodes.map((node) => [node.id, node.label]));
  const nameOf = (id: string) => names.get(id) ?? id;
  const groups = ENTITY_KINDS.map((kind) => ({
    kind,
    nodes: elements.nodes
      .filter((node) => node.kind === kind && !view.hiddenNodes.has(node.id))
      .sort((a, b) => a.label.localeCompare(b.label, locale)),
  })).filter((group) => group.nodes.length > 0);
  return html`<nav class="list" part="list" aria-label=${t.entityList}>
    <p class="help">${t.graphHelp}</p>
    ${groups.map(
      (group) =>
        html`<h4 class="kind-heading">${t.kindNames[group.kind]}</h4>
          <ul class="entities">
            ${group.nodes.map((node) => {
              const highlighted = view.highlightedNodes.has(node.id);
              const selected = node.id === selectedEntity;
              const count = eventsOfEntity(story, node.id).length;
              const edges = byNode.get(node.id) ?? [];
              const description = entitiesById.get(node.id)?.description;
              return html`<li
                class=${highlighted ? 'entity is-highlighted' : 'entity'}
                data-entity=${node.id}
              >
                <button
                  type="button"
                  class="entity-button"
                  aria-pressed=${selected ? 'true' : 'false'}
                  @click=${() => {
                    onSelect(node.id);
                  }}
                >
                  <span class="name">${node.label}</span>
                  ${count > 0 ? html`<span class="count">${t.eventsOfEntity(count)}</span>` : nothing}
                  ${highlighted && !selected ? html`<span class="visually-hidden">(${t.inSelectedEvent})</span>` : nothing}
                </button>
                ${description ? html`<p class="description">${textIn(description, lang)}</p>` : nothing}
                ${
                  edges.length > 0 && (everyConnection || highlighted || selected)
                    ? html`<ul class="connections" aria-label=${`${t.connections}: ${node.label}`}>
                        ${edges.map(
                          (edge) =>
                            html`<li
                              class=${view.highlightedEdges.has(edge.id) ? 'is-highlighted' : ''}
                            >
                              ${nameOf(edge.source)}
                              <span class="relation">${edge.label}</span> ${nameOf(edge.target)}
                            </li>`,
                        )}
                      </ul>`
                    : nothing
                }
              </li>`;
            })}
          </ul>`,
    )}
  </nav>`;
}
