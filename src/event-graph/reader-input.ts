/**
 * What a reader does on a drawn graph, wired to its cytoscape instance: a tap
 * on a name selects it, taps land where the canvas is drawn now, and one- and
 * two-finger gestures pan and zoom (touch-gestures.ts).
 *
 * @module
 */
import type cytoscape from 'cytoscape';
import { CanvasPositionWatch } from './canvas-position.js';
import { TouchGestures } from './touch-gestures.js';

/** What the controller is told of the reader's input. */
export interface ReaderHooks {
  /** The reader tapped the node `id`. */
  selectEntity(id: string): void;
  /** The reader zoomed or panned: a resize no longer refits the graph. */
  moved(): void;
}

/** Follows the reader's taps and gestures on `cy` (drawn in `container`) until `detach` is called. */
export function followReaderInput(
  cy: cytoscape.Core,
  container: HTMLElement,
  hooks: ReaderHooks,
): { detach(): void } {
  cy.on('tap', 'node', (event) => {
    hooks.selectEntity((event.target as cytoscape.NodeSingular).id());
  });
  cy.on('scrollzoom pinchzoom dragpan', () => {
    hooks.moved();
  });
  // Taps land on what is drawn, wherever the canvas has moved since (canvas-position.ts).
  const position = new CanvasPositionWatch(container, () => cy.resize());
  const touch = new TouchGestures(container, {
    viewport: () => ({ zoom: cy.zoom(), pan: cy.pan() }),
    setViewport: (viewport) => {
      hooks.moved();
      cy.viewport(viewport);
    },
    minZoom: cy.minZoom(),
    maxZoom: cy.maxZoom(),
  });
  return {
    detach: () => {
      position.detach();
      touch.detach();
    },
  };
}
