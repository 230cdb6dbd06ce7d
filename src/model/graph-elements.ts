/**
 * Story -> graph elements: the nodes (entities) and edges (relations) the graph
 * element hands to cytoscape, as plain data. Relations of the same type between
 * the same two entities become one edge that cites all their events.
 *
 * @module
 */
import type { EntityKind, LocalText, RelationType, Story } from './story-schema.js';

/** A node: one entity. */
export interface GraphNode {
  readonly id: string;
  readonly kind: EntityKind;
  readonly label: string;
}

/** An edge: one typed relation between two entities. */
export interface GraphEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: RelationType;
  readonly label: string;
  /** Ids of the events whose quotes support the relation. */
  readonly events: readonly string[];
}

/** Everything the graph draws. */
export interface GraphElements {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

/** Labels in the reader's language. */
export interface GraphLabels {
  readonly textOf: (text: LocalText) => string;
  readonly relationLabel: (type: RelationType) => string;
}

/**
 * The label a node shows on the canvas: a long name that ends with its
 * abbreviation in brackets ("Conference on ... in Asia (CICA)") shows the
 * abbreviation; the accessible list keeps the full name.
 */
export function canvasLabel(name: string): string {
  const match = /[(（]([\p{Lu}\d][\p{Lu}\d&.-]{1,11})[)）]\s*$/u.exec(name);
  return match && name.length > 24 ? (match[1] ?? name) : name;
}

/** A stable edge id: the same relation gets the same id on every load. */
export function edgeId(from: string, type: RelationType, to: string): string {
  return `${from}~${type}~${to}`;
}

/** Builds the nodes and edges of a validated story. */
export function toGraphElements(story: Story, labels: GraphLabels): GraphElements {
  const nodes = story.entities.map((entity): GraphNode => ({
    id: entity.id,
    kind: entity.kind,
    label: labels.textOf(entity.name),
  }));
  // The events of each edge gathered in a set (relations repeated many times stay linear).
  const edges = new Map<string, { edge: Omit<GraphEdge, 'events'>; events: Set<string> }>();
  for (const relation of story.relations) {
    const id = edgeId(relation.from, relation.type, relation.to);
    const existing = edges.get(id);
    if (existing) {
      for (const event of relation.events) existing.events.add(event);
    } else {
      edges.set(id, {
        edge: {
          id,
          source: relation.from,
          target: relation.to,
          type: relation.type,
          label: labels.relationLabel(relation.type),
        },
        events: new Set(relation.events),
      });
    }
  }
  return {
    nodes,
    edges: [...edges.values()].map(({ edge, events }) => ({ ...edge, events: [...events] })),
  };
}
