/**
 * GraphML of a story's graph: nodes with their name and kind, edges with the
 * relation type and the ids of the supporting events, and each element's time
 * span as `start` / `end` data (GraphML has no time of its own).
 *
 * @module
 */
import type { Story, TextLanguage } from '../model/story-schema.js';
import { timedGraph, type TimeSpan } from './timed-graph.js';
import { xmlText } from './xml-text.js';

/** The GraphML namespace. */
export const GRAPHML_NAMESPACE = 'http://graphml.graphdrawing.org/xmlns';

const data = (key: string, value: string) => `<data key="${key}">${xmlText(value)}</data>`;
const spanData = (prefix: string, span: TimeSpan | undefined) =>
  span ? data(`${prefix}-start`, span.start) + data(`${prefix}-end`, span.end) : '';

/** The story's graph as a GraphML document, labels in `language`. */
export function storyToGraphml(story: Story, language: TextLanguage): string {
  const graph = timedGraph(story, language);
  const key = (id: string, target: 'node' | 'edge', name: string) =>
    `  <key id="${id}" for="${target}" attr.name="${name}" attr.type="string"/>`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<graphml xmlns="${GRAPHML_NAMESPACE}">`,
    key('label', 'node', 'label'),
    key('kind', 'node', 'kind'),
    key('node-start', 'node', 'start'),
    key('node-end', 'node', 'end'),
    key('type', 'edge', 'type'),
    key('edge-label', 'edge', 'label'),
    key('events', 'edge', 'events'),
    key('edge-start', 'edge', 'start'),
    key('edge-end', 'edge', 'end'),
    `  <graph id="${xmlText(story.id)}" edgedefault="directed">`,
    ...graph.nodes.map(
      (node) =>
        `    <node id="${xmlText(node.id)}">${data('label', node.label)}${data('kind', node.kind)}${spanData('node', node.span)}</node>`,
    ),
    ...graph.edges.map(
      (edge) =>
        `    <edge id="${xmlText(edge.id)}" source="${xmlText(edge.source)}" target="${xmlText(edge.target)}">` +
        `${data('type', edge.type)}${data('edge-label', edge.label)}${data('events', edge.events.join(' '))}${spanData('edge', edge.span)}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
  ];
  return `${lines.join('\n')}\n`;
}
