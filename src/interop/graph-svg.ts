/**
 * The graph as the canvas shows it, as SVG: each shown node at its place on
 * the canvas with its label, each shown edge as a line with its label. Built
 * from the canvas's own read-back (`<event-graph>`'s `drawnNodes()` and
 * `drawnEdges()`), so it needs no SVG plug-in for cytoscape; the picture is
 * cropped to what is drawn, with a margin.
 *
 * @module
 */
import { xmlText } from './xml-text.js';

/** A node as drawn (the fields of `DrawnNode` the picture needs). */
export interface SvgNode {
  readonly id: string;
  readonly kind: string;
  readonly label: string;
  readonly classes: readonly string[];
  readonly renderedPosition: { readonly x: number; readonly y: number };
}

/** An edge as drawn (the fields of `DrawnEdge` the picture needs). */
export interface SvgEdge {
  readonly source: string;
  readonly target: string;
  readonly label: string;
  readonly classes: readonly string[];
}

/** Colours of the picture: its background, nodes by kind, lines and text. */
export interface SvgColours {
  readonly background: string;
  readonly text: string;
  readonly edge: string;
  readonly node: (kind: string) => string;
}

const MARGIN = 80;
const RADIUS = 9;
const round = (value: number) => Math.round(value * 10) / 10;

/** The shown graph as an SVG document. */
export function graphSvg(
  nodes: readonly SvgNode[],
  edges: readonly SvgEdge[],
  colours: SvgColours,
  title: string,
): string {
  const shown = nodes.filter((node) => !node.classes.includes('hidden'));
  const at = new Map(shown.map((node) => [node.id, node.renderedPosition]));
  const xs = shown.map((node) => node.renderedPosition.x);
  const ys = shown.map((node) => node.renderedPosition.y);
  const left = (xs.length > 0 ? Math.min(...xs) : 0) - MARGIN;
  const top = (ys.length > 0 ? Math.min(...ys) : 0) - MARGIN;
  const width = (xs.length > 0 ? Math.max(...xs) : 0) - left + MARGIN;
  const height = (ys.length > 0 ? Math.max(...ys) : 0) - top + MARGIN;
  const lines = edges.flatMap((edge) => {
    const from = at.get(edge.source);
    const to = at.get(edge.target);
    if (!from || !to || edge.classes.includes('hidden')) return [];
    const middle = { x: round((from.x + to.x) / 2), y: round((from.y + to.y) / 2) };
    return [
      `<line x1="${round(from.x)}" y1="${round(from.y)}" x2="${round(to.x)}" y2="${round(to.y)}" stroke="${xmlText(colours.edge)}" stroke-width="1.5"/>`,
      `<text x="${middle.x}" y="${middle.y}" font-size="9" text-anchor="middle" fill="${xmlText(colours.edge)}">${xmlText(edge.label)}</text>`,
    ];
  });
  const circles = shown.flatMap((node) => {
    const { x, y } = node.renderedPosition;
    return [
      `<circle cx="${round(x)}" cy="${round(y)}" r="${RADIUS}" fill="${xmlText(colours.node(node.kind))}"><title>${xmlText(node.label)}</title></circle>`,
      `<text x="${round(x)}" y="${round(y + RADIUS + 12)}" font-size="11" text-anchor="middle" fill="${xmlText(colours.text)}">${xmlText(node.label)}</text>`,
    ];
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${round(width)}" height="${round(height)}" viewBox="${round(left)} ${round(top)} ${round(width)} ${round(height)}" font-family="system-ui, sans-serif">`,
    `<title>${xmlText(title)}</title>`,
    `<rect x="${round(left)}" y="${round(top)}" width="${round(width)}" height="${round(height)}" fill="${xmlText(colours.background)}"/>`,
    ...lines,
    ...circles,
    '</svg>',
    '',
  ].join('\n');
}
