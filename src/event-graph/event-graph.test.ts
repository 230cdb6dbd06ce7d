import { expect } from '@esm-bundle/chai';
import { sendMouse } from '@web/test-runner-commands';
import type cytoscape from 'cytoscape';
import { miniStory } from '../../test/fixtures/mini-story.js';
import { afterPaint, cleanup, mount, nextEvent, until } from '../../test/helpers/browser.js';
import './define.js';
import type { EventGraph } from './event-graph.js';

async function mountGraph(attributes = ''): Promise<EventGraph> {
  const element = mount<EventGraph>(`<event-graph ${attributes}></event-graph>`);
  const rendered = nextEvent(element, 'story-render');
  element.story = miniStory();
  await rendered;
  return element;
}

const root = (element: EventGraph) => element.shadowRoot!;
const cyOf = (element: EventGraph) => (element as unknown as { cy?: cytoscape.Core }).cy;
const listEntry = (element: EventGraph, id: string) =>
  root(element).querySelector<HTMLElement>(`.entity[data-entity="${id}"]`);
const highlightedEntries = (element: EventGraph) =>
  [...root(element).querySelectorAll<HTMLElement>('.entity.is-highlighted')].map(
    (entry) => entry.dataset.entity,
  );

describe('<event-graph>', () => {
  afterEach(cleanup);

  it('draws a node per entity and an edge per relation on the canvas', async () => {
    const element = await mountGraph();
    const cy = cyOf(element)!;
    expect(
      cy
        .nodes()
        .map((node) => `${node.id()}:${String(node.data('kind'))}`)
        .sort(),
    ).to.deep.equal(['baku:place', 'org:organisation', 'treaty:agreement']);
    expect(
      cy
        .edges()
        .map((edge) => String(edge.data('label')))
        .sort(),
    ).to.deep.equal(['held in', 'party to']);
    expect(root(element).querySelector('.canvas canvas')).to.exist;
    expect(root(element).querySelector('.legend')!.textContent)
      .to.include('Organisation')
      .and.include('Agreement');
  });

  it('lists every entity with its connections for keyboards and screen readers', async () => {
    const element = await mountGraph();
    const org = listEntry(element, 'org')!;
    expect(org.querySelector('button')!.textContent)
      .to.include('Organisation')
      .and.include('3 events');
    const connections = [...org.querySelectorAll('.connections li')].map((item) =>
      item.textContent.replace(/\s+/g, ' ').trim(),
    );
    expect(connections).to.deep.equal([
      'Organisation held in Baku',
      'Organisation party to Treaty',
    ]);
  });

  it("lights up the selected event's entities, in the list and on the canvas", async () => {
    const element = await mountGraph();
    element.selected = 'treaty';
    await element.updateComplete;
    expect(highlightedEntries(element).sort()).to.deep.equal(['org', 'treaty']);
    expect(listEntry(element, 'treaty')!.textContent).to.include('in the selected event');
    const cy = cyOf(element)!;
    // The canvas lights up right after the paint that shows the selection.
    await until(
      () => cy.getElementById('treaty').hasClass('highlighted'),
      'the highlight on the canvas',
    );
    expect(cy.getElementById('baku').hasClass('dimmed')).to.equal(true);
    expect(cy.getElementById('org~party-to~treaty').hasClass('highlighted')).to.equal(true);
  });

  it('fires entity-select from the list and from a click on a node', async () => {
    const element = await mountGraph();
    const fromList = nextEvent(element, 'entity-select');
    listEntry(element, 'baku')!.querySelector('button')!.click();
    expect((await fromList).detail).to.deep.equal({ entityId: 'baku' });
    await element.updateComplete;
    expect(
      listEntry(element, 'baku')!.querySelector('button')!.getAttribute('aria-pressed'),
    ).to.equal('true');

    const cy = cyOf(element)!;
    // The graph zooms to the selection after it paints; click where the node is then.
    await until(() => cy.getElementById('baku').hasClass('selected'), 'the selected node');
    await afterPaint();
    const node = cy.getElementById('treaty');
    const position = node.renderedPosition();
    const box = root(element).querySelector('.canvas')!.getBoundingClientRect();
    const fromCanvas = nextEvent(element, 'entity-select');
    await sendMouse({
      type: 'click',
      position: [Math.round(box.x + position.x), Math.round(box.y + position.y)],
    });
    expect((await fromCanvas).detail).to.deep.equal({ entityId: 'treaty' });
  });

  it('lays a story out the same way on every load', async () => {
    const first = cyOf(await mountGraph())!
      .nodes()
      .map((node) => node.position());
    cleanup();
    const second = cyOf(await mountGraph())!
      .nodes()
      .map((node) => node.position());
    expect(second).to.deep.equal(first);
  });

  it('uses the positions a compiled story carries', async () => {
    const element = mount<EventGraph>('<event-graph></event-graph>');
    const rendered = nextEvent(element, 'story-render');
    element.story = {
      ...miniStory(),
      layout: {
        positions: { baku: { x: 0, y: 0 }, org: { x: 100, y: 0 }, treaty: { x: 200, y: 50 } },
      },
    };
    await rendered;
    expect(cyOf(element)!.getElementById('treaty').position()).to.deep.equal({ x: 200, y: 50 });
  });

  it("follows the timeline's window when asked to", async () => {
    const element = await mountGraph('follow-range');
    element.range = {
      start: new Date('1920-01-01T00:00:00Z'),
      end: new Date('1930-01-01T00:00:00Z'),
    };
    await element.updateComplete;
    expect(listEntry(element, 'treaty')).to.equal(null);
    await until(
      () => cyOf(element)!.getElementById('treaty').hasClass('hidden'),
      'the node hidden on the canvas',
    );
    element.followRange = false;
    await element.updateComplete;
    expect(listEntry(element, 'treaty')).to.exist;
    await until(
      () => !cyOf(element)!.getElementById('treaty').hasClass('hidden'),
      'the node back on the canvas',
    );
  });

  it('leaves a plain wheel to the page and zooms with Ctrl + wheel', async () => {
    const element = await mountGraph();
    const canvas = root(element).querySelector('.canvas')!;
    const cy = cyOf(element)!;
    const before = cy.zoom();
    const plain = new WheelEvent('wheel', {
      deltaY: 100,
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    canvas.dispatchEvent(plain);
    expect(plain.defaultPrevented, 'a plain wheel scrolls the page').to.equal(false);
    expect(cy.zoom()).to.equal(before);
    const zoom = new WheelEvent('wheel', {
      deltaY: -100,
      ctrlKey: true,
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    canvas.dispatchEvent(zoom);
    expect(zoom.defaultPrevented).to.equal(true);
    expect(cy.zoom()).to.be.greaterThan(before);
  });

  it("adds nothing to the page's head", async () => {
    const before = document.head.children.length;
    await mountGraph();
    expect(document.getElementById('__________cytoscape_stylesheet')).to.equal(null);
    expect(document.head.children.length).to.equal(before);
  });

  it('works again after being moved elsewhere in the page', async () => {
    const element = await mountGraph();
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    try {
      const rendered = nextEvent(element, 'story-render');
      elsewhere.append(element);
      await rendered;
      expect(cyOf(element)!.nodes()).to.have.length(3);
      await until(() => root(element).querySelector('.canvas canvas'), 'a canvas after the move');
    } finally {
      elsewhere.remove();
    }
  });

  it("names entities in the reader's language", async () => {
    const element = await mountGraph('lang="zh"');
    expect(listEntry(element, 'baku')!.textContent).to.include('巴库');
    expect(cyOf(element)!.getElementById('baku').data('label')).to.equal('巴库');
    element.lang = 'en';
    await element.updateComplete;
    expect(cyOf(element)!.getElementById('baku').data('label')).to.equal('Baku');
  });
});
