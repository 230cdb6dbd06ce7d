/**
 * Keeps the labels a zoom makes too small to read hidden (`zoomClasses` in
 * graph-style.ts), and shows them again as the reader zooms in. Elements are
 * touched only when the zoom crosses a limit, not on every zoom step.
 *
 * @module
 */
import type cytoscape from 'cytoscape';
import { zoomClasses, type ZoomClass } from './graph-style.js';

/** Sets the zoom classes for `cy`'s zoom now and after every change of zoom. */
export function followLabelZoom(cy: cytoscape.Core): void {
  let applied = '';
  const apply = () => {
    const classes = zoomClasses(cy.zoom());
    const key = JSON.stringify(classes);
    if (key === applied) return;
    applied = key;
    const elements = cy.elements();
    cy.batch(() => {
      for (const [name, on] of Object.entries(classes) as [ZoomClass, boolean][])
        elements.toggleClass(name, on);
    });
  };
  cy.on('zoom', apply);
  apply();
}
