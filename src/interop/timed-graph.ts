/**
 * The story's graph (entities and the relations between them) with each node's
 * and edge's time span: from the first day of its earliest event to the last
 * day of its latest. A node's events are those that list it; an edge's are
 * those its relations cite. What GEXF's dynamic mode and GraphML carry.
 *
 * @module
 */
import { toGraphElements, type GraphEdge, type GraphNode } from '../model/graph-elements.js';
import type { Story, StoryEvent, TextLanguage } from '../model/story-schema.js';
import { labelIn } from './label.js';
import { dateParts, xsdDate } from './story-date.js';

/** A time span as `xsd:date`s; absent when no event of the element has a date. */
export interface TimeSpan {
  readonly start: string;
  readonly end: string;
}

/** A node with its time span. */
export interface TimedNode extends GraphNode {
  readonly span?: TimeSpan;
}

/** An edge with its time span. */
export interface TimedEdge extends GraphEdge {
  readonly span?: TimeSpan;
}

/** The graph, labelled in one language, with time spans. */
export interface TimedGraph {
  readonly nodes: readonly TimedNode[];
  readonly edges: readonly TimedEdge[];
}

/** The span of the dated events among `events`: earliest first day to latest last day. */
function spanOf(events: readonly StoryEvent[]): TimeSpan | undefined {
  let start: string | undefined;
  let end: string | undefined;
  for (const event of events) {
    const first = dateParts(event.start);
    if (!first) continue;
    const last = (event.end === undefined ? undefined : dateParts(event.end)) ?? first;
    const from = xsdDate(first, 'start');
    const to = xsdDate(last, 'end');
    if (start === undefined || compareXsdDates(from, start) < 0) start = from;
    if (end === undefined || compareXsdDates(to, end) > 0) end = to;
  }
  return start !== undefined && end !== undefined ? { start, end } : undefined;
}

/** Orders two `xsd:date`s, negative years included (a string compare gets those wrong). */
export function compareXsdDates(a: string, b: string): number {
  const key = (date: string) => {
    const match = /^(-?\d+)-(\d{2})-(\d{2})$/.exec(date);
    return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  };
  const [left, right] = [key(a), key(b)];
  for (let index = 0; index < 3; index++) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The story's graph in `language`, each node and edge with the span of its events. */
export function timedGraph(story: Story, language: TextLanguage): TimedGraph {
  const elements = toGraphElements(story, {
    textOf: (text) => labelIn(text, language),
    relationLabel: String,
  });
  const eventsById = new Map(story.events.map((event) => [event.id, event]));
  const eventsOfEntity = new Map<string, StoryEvent[]>();
  for (const event of story.events) {
    for (const entity of event.entities) {
      const list = eventsOfEntity.get(entity) ?? [];
      list.push(event);
      eventsOfEntity.set(entity, list);
    }
  }
  const withSpan = <T extends object>(element: T, span: TimeSpan | undefined) =>
    span ? { ...element, span } : element;
  return {
    nodes: elements.nodes.map((node) => withSpan(node, spanOf(eventsOfEntity.get(node.id) ?? []))),
    edges: elements.edges.map((edge) =>
      withSpan(
        edge,
        spanOf(
          edge.events.flatMap((id) => {
            const event = eventsById.get(id);
            return event ? [event] : [];
          }),
        ),
      ),
    ),
  };
}
