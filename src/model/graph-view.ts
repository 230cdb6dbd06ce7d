/**
 * What the graph shows for a given selection and filter: which entities and
 * relations are visible, and which are highlighted. Pure, so the rules are
 * tested without a canvas and the element only applies the result.
 *
 * @module
 */
import { edgeId } from './graph-elements.js';
import { entitiesOfEvent, entitiesOfEvents, eventsInRange } from './story-index.js';
import type { Story } from './story-schema.js';

/** The inputs: selection, filters and the timeline's window. */
export interface GraphViewInput {
  /** The selected event: its entities and the edges between them light up. */
  readonly selectedEvent?: string;
  /** The selected entity: it, its edges and its neighbours light up (wins over the event). */
  readonly selectedEntity?: string;
  /** Events left by search and filters; undefined means all. */
  readonly visibleEvents?: ReadonlySet<string>;
  /** When set, only what exists in this window is shown. */
  readonly range?: { readonly start: Date; readonly end: Date };
}

/** The outcome, as sets of node and edge ids. */
export interface GraphView {
  readonly hiddenNodes: ReadonlySet<string>;
  readonly hiddenEdges: ReadonlySet<string>;
  readonly highlightedNodes: ReadonlySet<string>;
  readonly highlightedEdges: ReadonlySet<string>;
  /** Whether anything is highlighted (then everything else is dimmed). */
  readonly focused: boolean;
}

/** Computes visibility and highlight for a story. */
export function computeGraphView(story: Story, input: GraphViewInput): GraphView {
  let shown: Set<string> | undefined;
  const restrict = (ids: Set<string>) => {
    shown = shown ? new Set([...shown].filter((id) => ids.has(id))) : ids;
  };
  if (input.visibleEvents) restrict(entitiesOfEvents(story, input.visibleEvents));
  if (input.range)
    restrict(entitiesOfEvents(story, eventsInRange(story, input.range.start, input.range.end)));

  const hiddenNodes = new Set<string>();
  if (shown)
    for (const entity of story.entities) if (!shown.has(entity.id)) hiddenNodes.add(entity.id);

  const highlightedNodes = new Set<string>();
  const highlightedEdges = new Set<string>();
  const hiddenEdges = new Set<string>();
  const entityId =
    input.selectedEntity && !hiddenNodes.has(input.selectedEntity)
      ? input.selectedEntity
      : undefined;
  const eventEntities =
    !entityId && input.selectedEvent ? entitiesOfEvent(story, input.selectedEvent) : undefined;
  if (entityId) highlightedNodes.add(entityId);
  if (eventEntities)
    for (const id of eventEntities) if (!hiddenNodes.has(id)) highlightedNodes.add(id);

  for (const relation of story.relations) {
    const id = edgeId(relation.from, relation.type, relation.to);
    if (hiddenNodes.has(relation.from) || hiddenNodes.has(relation.to)) {
      hiddenEdges.add(id);
      continue;
    }
    if (entityId && (relation.from === entityId || relation.to === entityId)) {
      highlightedEdges.add(id);
      highlightedNodes.add(relation.from);
      highlightedNodes.add(relation.to);
    } else if (eventEntities?.has(relation.from) && eventEntities.has(relation.to)) {
      highlightedEdges.add(id);
    }
  }
  return {
    hiddenNodes,
    hiddenEdges,
    highlightedNodes,
    highlightedEdges,
    focused: highlightedNodes.size > 0,
  };
}
