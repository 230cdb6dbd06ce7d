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
import { MIN_LABEL_PX } from './graph-fit.js';

/**
 * The node shape of each entity kind (the legend draws the same shapes). The
 * kinds are told apart by shape, in neutral tones: colour belongs to the
 * timeline's categories, and a country must not look like a "Transport" event.
 */
export const KIND_SHAPES: Readonly<Record<EntityKind, cytoscape.Css.NodeShape>> = {
  organisation: 'round-rectangle',
  company: 'rhomboid',
  agreement: 'diamond',
  country: 'ellipse',
  place: 'round-triangle',
  person: 'ellipse',
  project: 'round-hexagon',
  work: 'round-tag',
  meeting: 'star',
};

/** Kinds drawn as an outline rather than filled: a person is a ring, a country a disc. */
export const HOLLOW_KINDS: ReadonlySet<EntityKind> = new Set(['person']);

/** The font size of relation labels (drawn only once zoomed in far enough to read them). */
const RELATION_FONT_SIZE = 11;

/** The classes that hide labels too small to read at a zoom. */
export type ZoomClass = 'names-too-small' | 'relations-too-small';

/**
 * Which labels are too small to read at `zoom` (drawn under `MIN_LABEL_PX`):
 * names (and the larger labels of highlighted relations), and other relations'
 * labels. cytoscape's own `min-zoomed-font-size` cannot tell: it rounds the
 * zoom up to a power of two first, so a 14 px name at zoom 0.6 counts as 14 px.
 */
export function zoomClasses(zoom: number): Readonly<Record<ZoomClass, boolean>> {
  // A hair of tolerance: a view fitted at exactly the readable zoom shows its names.
  const readable = (fontSize: number) => fontSize * zoom >= MIN_LABEL_PX - 1e-6;
  return {
    'names-too-small': !readable(NODE_LABEL.fontSize),
    'relations-too-small': !readable(RELATION_FONT_SIZE),
  };
}

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
      'background-color': HOLLOW_KINDS.has(kind) ? palette.background : palette.kinds[kind],
      ...(HOLLOW_KINDS.has(kind) ? { 'border-color': palette.kinds[kind], 'border-width': 3 } : {}),
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
        // Zoomed out past a readable size, names are not drawn at all (smudges
        // would only hide the shapes; see zoomClasses); they come back as the
        // reader zooms in. This coarser check skips them cheaply far out.
        'min-zoomed-font-size': MIN_LABEL_PX,
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
        'font-size': RELATION_FONT_SIZE,
        color: palette.muted,
        'text-rotation': 'autorotate',
        'text-background-color': palette.background,
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        // Edge labels appear when zoomed in (or highlighted, larger); at
        // overview scale 45 labels would bury the names.
        'min-zoomed-font-size': MIN_LABEL_PX,
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
        // Readable at the zoom the selection is brought into view at.
        'font-size': NODE_LABEL.fontSize,
        'z-index': 9,
      },
    },
    {
      selector: 'node.highlighted',
      style: {
        'border-color': palette.focus,
        'border-width': 3,
        // No bold: the layout kept room for names in the regular weight.
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
    { selector: 'edge.relations-too-small', style: { 'text-opacity': 0 } },
    { selector: 'edge.highlighted.relations-too-small', style: { 'text-opacity': 1 } },
    { selector: '.names-too-small', style: { 'text-opacity': 0 } },
    { selector: '.hidden', style: { display: 'none' } },
  ] as cytoscape.StylesheetJson;
}
