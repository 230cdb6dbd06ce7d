/**
 * Keeps the labels a zoom makes too small to read hidden (`zoomClasses` in
 * graph-style.ts), and shows them again as the reader zooms in. Elements are
 * touched only when the zoom crosses a limit, not on every zoom step, and only
 * those whose class changes.
 *
 * @module
 */
import type cytoscape from 'cytoscape';
import { zoomClasses, type ZoomClass } from './graph-style.js';

/**
 * Which elements a zoom class is set on: names on everything (the stylesheet
 * hides nodes' names and highlighted relations' larger labels), relations on
 * edges only (nodes have none; the opening classes, opening-view.ts, agree).
 */
const CARRIERS: Readonly<Record<ZoomClass, 'elements' | 'edges'>> = {
  'names-too-small': 'elements',
  'relations-too-small': 'edges',
};

/** Sets the zoom classes for `cy`'s zoom now and after every change of zoom. */
export function followLabelZoom(cy: cytoscape.Core): void {
  let applied = '';
  const apply = () => {
    const classes = zoomClasses(cy.zoom());
    const key = JSON.stringify(classes);
    if (key === applied) return;
    applied = key;
    cy.batch(() => {
      for (const [name, on] of Object.entries(classes) as [ZoomClass, boolean][]) {
        const carriers = CARRIERS[name] === 'edges' ? cy.edges() : cy.elements();
        // Only the elements whose class changes: cytoscape restyles every element it
        // is asked to toggle, even to the state it has.
        const changing = on ? carriers.not(`.${name}`) : carriers.filter(`.${name}`);
        changing.toggleClass(name, on);
      }
    });
  };
  cy.on('zoom', apply);
  apply();
}
