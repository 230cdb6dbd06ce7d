/**
 * The cytoscape stylesheet: shapes and colours by entity kind, labelled edges,
 * and the highlighted / dimmed / hidden states (the classes of `graph-classes.ts`).
 * Pure: the colours come in as a palette, which `read-palette.ts` reads from the
 * element's `--he-*` custom properties when the graph is built or the theme changes.
 *
 * @module
 */
import type cytoscape from 'cytoscape';
import { NODE_LABEL, NODE_SIZES } from '../model/graph-label.js';
import { ENTITY_KINDS, type EntityKind } from '../model/story-schema.js';

/** The node shape of each entity kind (the legend draws the same shapes). */
export const KIND_SHAPES: Readonly<Record<EntityKind, cytoscape.Css.NodeShape>> = {
  organisation: 'round-rectangle',
  company: 'barrel',
  agreement: 'diamond',
  country: 'ellipse',
  place: 'round-triangle',
  person: 'ellipse',
  project: 'round-hexagon',
  work: 'round-tag',
  meeting: 'round-octagon',
};

/** The colours the stylesheet needs, resolved from custom properties. */
export interface GraphPalette {
  readonly text: string;
  readonly muted: string;
  readonly background: string;
  readonly border: string;
  readonly focus: string;
  readonly highlight: string;
  readonly fontFamily: string;
  readonly kinds: Readonly<Record<EntityKind, string>>;
}

/** The stylesheet for a palette. */
export function graphStylesheet(palette: GraphPalette): cytoscape.StylesheetJson {
  const kindRules = ENTITY_KINDS.map((kind) => ({
    selector: `node[kind = "${kind}"]`,
    style: {
      shape: KIND_SHAPES[kind],
      'background-color': palette.kinds[kind],
      width: NODE_SIZES[kind],
      height: NODE_SIZES[kind],
    },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        color: palette.text,
        'font-family': palette.fontFamily,
        'font-size': NODE_LABEL.fontSize,
        'line-height': NODE_LABEL.lineHeight,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': NODE_LABEL.margin,
        // Labels come wrapped (graph-label.ts: the layout kept room for those
        // lines); the wider limit only catches a font much wider than expected.
        'text-wrap': 'wrap',
        'text-max-width': `${Math.round(NODE_LABEL.maxWidth * 1.2)}px`,
        'text-background-color': palette.background,
        'text-background-opacity': 0.85,
        'text-background-padding': `${NODE_LABEL.padding}px`,
        'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': 5,
        'border-width': 2,
        'border-color': palette.background,
        'overlay-opacity': 0,
      },
    },
    ...kindRules,
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': palette.border,
        'target-arrow-color': palette.border,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        label: 'data(label)',
        'font-family': palette.fontFamily,
        'font-size': 11,
        color: palette.muted,
        'text-rotation': 'autorotate',
        'text-background-color': palette.background,
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        // Edge labels appear when zoomed in (or highlighted); at overview
        // scale 45 labels would bury the names.
        'min-zoomed-font-size': 9,
        'overlay-opacity': 0,
      },
    },
    { selector: '.dimmed', style: { opacity: 0.18 } },
    {
      selector: 'edge.highlighted',
      style: {
        width: 3,
        'line-color': palette.focus,
        'target-arrow-color': palette.focus,
        color: palette.text,
        'z-index': 9,
      },
    },
    {
      selector: 'node.highlighted',
      style: {
        'border-color': palette.focus,
        'border-width': 3,
        'font-weight': 'bold',
        'z-index': 10,
      },
    },
    {
      selector: 'node.selected',
      style: {
        'border-color': palette.focus,
        'border-width': 5,
        'underlay-color': palette.focus,
        'underlay-opacity': 0.2,
        'underlay-padding': 6,
      },
    },
    { selector: '.hidden', style: { display: 'none' } },
  ] as cytoscape.StylesheetJson;
}
