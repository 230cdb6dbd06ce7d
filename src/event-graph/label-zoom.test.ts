import { expect } from '@esm-bundle/chai';
import { createCytoscape } from './cytoscape-loader.js';
import { followLabelZoom } from './label-zoom.js';
import { zoomClasses } from './graph-style.js';

/** A headless graph of `count` nodes in a row, each linked to the next. */
function row(count: number) {
  const nodes = Array.from({ length: count }, (_, index) => ({
    data: { id: `n${index}`, label: `Name ${index}` },
    position: { x: index * 100, y: 0 },
  }));
  const edges = nodes.slice(1).map((node, index) => ({
    data: { id: `e${index}`, source: `n${index}`, target: node.data.id },
  }));
  return createCytoscape({ headless: true, styleEnabled: true, elements: { nodes, edges } });
}

/** Counts the elements whose classes cytoscape changed (each is restyled). */
function countRestyled(cy: ReturnType<typeof row>): () => number {
  const restyled = new Set<string>();
  cy.on('class', (event) => {
    restyled.add((event.target as { id(): string }).id());
  });
  return () => {
    const seen = restyled.size;
    restyled.clear();
    return seen;
  };
}

describe('followLabelZoom', () => {
  const readable = 1;
  const tooSmall = 0.2;

  it('the zooms used here read as intended', () => {
    expect(zoomClasses(readable)['names-too-small']).to.equal(false);
    expect(zoomClasses(tooSmall)['names-too-small']).to.equal(true);
  });

  it('restyles no element when the graph opens at a readable zoom', () => {
    const cy = row(50);
    cy.zoom(readable);
    const restyled = countRestyled(cy);
    followLabelZoom(cy);
    expect(restyled()).to.equal(0);
    expect(cy.elements('.names-too-small').length).to.equal(0);
    cy.destroy();
  });

  it('hides every name once zoomed out too far, and shows them again when zoomed in', () => {
    const cy = row(50);
    cy.zoom(readable);
    followLabelZoom(cy);
    const restyled = countRestyled(cy);
    cy.zoom(tooSmall);
    expect(cy.elements('.names-too-small').length).to.equal(cy.elements().length);
    // Relations' labels hide on edges only: nodes have none.
    expect(cy.elements('.relations-too-small').length).to.equal(cy.edges().length);
    expect(restyled()).to.equal(cy.elements().length);
    cy.zoom(readable * 0.99);
    cy.zoom(readable);
    expect(cy.elements('.names-too-small').length).to.equal(0);
    cy.destroy();
  });

  it('touches no element while the zoom stays on the same side of a limit', () => {
    const cy = row(50);
    cy.zoom(tooSmall);
    followLabelZoom(cy);
    const restyled = countRestyled(cy);
    cy.zoom(tooSmall * 1.1);
    expect(restyled()).to.equal(0);
    cy.destroy();
  });
});
