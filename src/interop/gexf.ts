/**
 * GEXF 1.3 (Gephi's format) of a story's graph, in dynamic mode: each node and
 * edge carries the time span of its events (`start`, `end` as `xsd:date`), so
 * Gephi's timeline shows the network grow. Node kinds, relation types and the
 * ids of the supporting events travel as attributes.
 *
 * @module
 */
import type { Story, TextLanguage } from '../model/story-schema.js';
import { labelIn } from './label.js';
import { timedGraph, type TimeSpan } from './timed-graph.js';
import { xmlText } from './xml-text.js';

/** The GEXF 1.3 namespace, as the schema (gephi/gexf, 1.3/gexf.rng) declares it. */
export const GEXF_NAMESPACE = 'http://gexf.net/1.3';

const spanAttributes = (span: TimeSpan | undefined) =>
  span ? ` start="${span.start}" end="${span.end}"` : '';

/** The story's graph as a GEXF 1.3 document, labels in `language`. */
export function storyToGexf(story: Story, language: TextLanguage): string {
  const graph = timedGraph(story, language);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf xmlns="${GEXF_NAMESPACE}" version="1.3">`,
    '  <meta>',
    '    <creator>history-explorer</creator>',
    `    <description>${xmlText(labelIn(story.title, language))}</description>`,
    '  </meta>',
    '  <graph mode="dynamic" defaultedgetype="directed" timeformat="date">',
    '    <attributes class="node">',
    '      <attribute id="kind" title="kind" type="string"/>',
    '    </attributes>',
    '    <attributes class="edge">',
    '      <attribute id="type" title="type" type="string"/>',
    '      <attribute id="events" title="events" type="string"/>',
    '    </attributes>',
    `    <nodes count="${graph.nodes.length}">`,
    ...graph.nodes.map(
      (node) =>
        `      <node id="${xmlText(node.id)}" label="${xmlText(node.label)}"${spanAttributes(node.span)}>` +
        `<attvalues><attvalue for="kind" value="${xmlText(node.kind)}"/></attvalues></node>`,
    ),
    '    </nodes>',
    `    <edges count="${graph.edges.length}">`,
    ...graph.edges.map(
      (edge) =>
        `      <edge id="${xmlText(edge.id)}" source="${xmlText(edge.source)}" target="${xmlText(edge.target)}" label="${xmlText(edge.label)}"${spanAttributes(edge.span)}>` +
        `<attvalues><attvalue for="type" value="${xmlText(edge.type)}"/>` +
        `<attvalue for="events" value="${xmlText(edge.events.join(' '))}"/></attvalues></edge>`,
    ),
    '    </edges>',
    '  </graph>',
    '</gexf>',
  ];
  return `${lines.join('\n')}\n`;
}
