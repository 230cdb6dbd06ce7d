/**
 * The heavy part of the graph, in its own chunk: cytoscape. Loaded only when a
 * graph becomes visible. (The layout, for stories without precomputed
 * positions, is another chunk.)
 *
 * @module
 */
import cytoscape from 'cytoscape';

const STYLE_ID = '__________cytoscape_stylesheet';

/**
 * Creates a cytoscape instance without letting it add its `<style>` element to
 * the document head. That element would change the host page and break a
 * strict CSP (style-src 'self'); the rule it carries (`position: relative` on
 * the container) is in the graph's own shadow styles instead (cytoscape #1776).
 * cytoscape only checks `document.getElementById(id)` before adding it, so the
 * check is answered for the duration of the synchronous constructor.
 */
export function createCytoscape(options: cytoscape.CytoscapeOptions): cytoscape.Core {
  const original = document.getElementById;
  const standIn = document.createElement('template');
  document.getElementById = function getElementById(this: Document, id: string) {
    return id === STYLE_ID ? standIn : original.call(this, id);
  };
  try {
    return cytoscape(options);
  } finally {
    document.getElementById = original;
  }
}

export type { cytoscape };
