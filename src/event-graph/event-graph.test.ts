import { expect } from '@esm-bundle/chai';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { miniStory } from '../../test/fixtures/mini-story.js';
import type { Story } from '../model/story-schema.js';
import { afterPaint, cleanup, mount, nextEvent, until } from '../../test/helpers/browser.js';
import './define.js';
import type { EventGraph } from './event-graph.js';

/** How many graphs have moved to their final layout on this page so far. */
const finalLayouts = () => performance.getEntriesByName('he-graph-layout-final').length;

async function mountGraph(attributes = ''): Promise<EventGraph> {
  const finals = finalLayouts();
  const element = mount<EventGraph>(`<event-graph ${attributes}></event-graph>`);
  const rendered = nextEvent(element, 'story-render');
  element.story = miniStory();
  await rendered;
  // A story without positions is drawn at provisional ones, then moves to the layout's.
  await until(() => finalLayouts() > finals, 'the final layout', 20000);
  return element;
}

/** The mini story drawn at the positions a compiled story would carry (no layout runs). */
async function mountPlaced(
  positions: Readonly<Record<string, { x: number; y: number }>>,
): Promise<EventGraph> {
  const element = mount<EventGraph>('<event-graph></event-graph>');
  const rendered = nextEvent(element, 'story-render');
  element.story = { ...miniStory(), layout: { positions } };
  await rendered;
  return element;
}

/**
 * The mini story with a chain of `count` organisations, each cooperating with
 * the next (an event cites each pair), laid out on a grid far wider than the
 * canvas: a graph big enough to be drawn in steps (first-drawn.ts).
 */
function chainStory(count: number): Story {
  const story = miniStory();
  const [congress] = story.events;
  const id = (n: number) => `o${n}`;
  for (let n = 1; n <= count; n += 1) {
    story.entities.push({
      id: id(n),
      kind: 'organisation',
      name: { zh: `组织${n}`, en: `Org ${n}` },
    });
    if (n === 1) continue;
    story.events.push({ ...congress!, id: `link${n}`, entities: [id(n - 1), id(n)] });
    story.relations.push({
      type: 'cooperates-with',
      from: id(n - 1),
      to: id(n),
      events: [`link${n}`],
    });
  }
  const positions: Record<string, { x: number; y: number }> = {
    org: { x: -600, y: 0 },
    baku: { x: -600, y: 300 },
    treaty: { x: -300, y: 300 },
  };
  for (let n = 1; n <= count; n += 1)
    positions[id(n)] = { x: ((n - 1) % 20) * 300, y: Math.floor((n - 1) / 20) * 300 };
  return { ...story, layout: { positions } };
}

const root = (element: EventGraph) => element.shadowRoot!;
const drawnNode = (element: EventGraph, id: string) =>
  element.drawnNodes().find((node) => node.id === id);
const drawnEdge = (element: EventGraph, id: string) =>
  element.drawnEdges().find((edge) => edge.id === id);
/** Whether the canvas draws `id` (a node or an edge) with the class `name`. */
const hasClass = (element: EventGraph, id: string, name: string) =>
  (drawnNode(element, id) ?? drawnEdge(element, id))?.classes.includes(name) ?? false;
const listEntry = (element: EventGraph, id: string) =>
  root(element).querySelector<HTMLElement>(`.entity[data-entity="${id}"]`);
const highlightedEntries = (element: EventGraph) =>
  [...root(element).querySelectorAll<HTMLElement>('.entity.is-highlighted')].map(
    (entry) => entry.dataset.entity,
  );

describe('<event-graph>', () => {
  afterEach(cleanup);

  it('draws the view of a big graph first, then the rest, which takes a choice made meanwhile', async () => {
    const element = mount<EventGraph>('<event-graph></event-graph>');
    const rendered = nextEvent(element, 'story-render');
    element.story = chainStory(320);
    await rendered;
    const firstNodes = element.drawnNodes();
    expect(firstNodes.length).to.be.above(0).and.below(100);
    const canvas = root(element).querySelector('.canvas')!.getBoundingClientRect();
    const shown = firstNodes.filter(
      ({ renderedPosition: { x, y } }) =>
        x >= 0 && y >= 0 && x <= canvas.width && y <= canvas.height,
    );
    expect(shown.length).to.be.above(0);
    // Chosen before the far end of the chain is on the canvas.
    element.selectedEntity = 'o300';
    await element.whenComplete();
    await until(() => hasClass(element, 'o300', 'selected'), 'the chosen name lit up');
    expect(element.drawnNodes()).to.have.length(323);
    expect(element.drawnEdges()).to.have.length(321);
    expect(hasClass(element, 'o299', 'highlighted')).to.equal(true);
    expect(hasClass(element, 'o301', 'highlighted')).to.equal(true);
    expect(hasClass(element, 'o150', 'dimmed')).to.equal(true);
    // Brought into view, though it was not on the canvas when chosen.
    const chosen = drawnNode(element, 'o300')!.renderedPosition;
    expect(chosen.x).to.be.within(0, canvas.width);
    expect(chosen.y).to.be.within(0, canvas.height);
  });

  it('draws a big graph laid out at run time whole in the end: every node and edge, each node on a spot of its own', async function () {
    // It starts with its nodes alone (provisionalFirstDrawn, first-drawn.test.ts) and gains the
    // edges in steps; the layout of 323 nodes may arrive before or after the first frame.
    this.timeout(30_000);
    const finals = finalLayouts();
    const element = mount<EventGraph>('<event-graph></event-graph>');
    const rendered = nextEvent(element, 'story-render');
    element.story = { ...chainStory(320), layout: undefined };
    await rendered;
    await until(() => finalLayouts() > finals, 'the final layout', 20_000);
    await element.whenComplete();
    expect(element.drawnNodes()).to.have.length(323);
    expect(element.drawnEdges()).to.have.length(321);
    const spots = new Set(
      element.drawnNodes().map(({ position: { x, y } }) => `${Math.round(x)},${Math.round(y)}`),
    );
    expect(spots.size, 'nodes on distinct spots').to.equal(323);
  });

  it('draws a node per entity and an edge per relation on the canvas', async () => {
    const element = await mountGraph();
    expect(element.drawn).to.equal(true);
    expect(
      element
        .drawnNodes()
        .map((node) => `${node.id}:${node.kind}`)
        .sort(),
    ).to.deep.equal(['baku:place', 'org:organisation', 'treaty:agreement']);
    expect(
      element
        .drawnEdges()
        .map((edge) => edge.label)
        .sort(),
    ).to.deep.equal(['held in', 'party to']);
    expect(root(element).querySelector('.canvas canvas')).to.exist;
    expect(root(element).querySelector('.legend')!.textContent)
      .to.include('Organisation')
      .and.include('Agreement');
  });

  it('lists every entity as a button with its number of events', async () => {
    const element = await mountGraph();
    const org = listEntry(element, 'org')!;
    expect(org.querySelector('button')!.textContent)
      .to.include('Organisation')
      .and.include('3 events');
  });

  it('lists the names once the canvas has drawn, or at once when the reader opens the list', async () => {
    const listed = (element: EventGraph) =>
      [...root(element).querySelectorAll('.entity .name')].map((name) => name.textContent);
    // Held back, then released as the explorer does once its timeline has drawn.
    const held = mount<EventGraph>('<event-graph defer-canvas></event-graph>');
    held.story = miniStory();
    await afterPaint(); // the element knows it is in view
    held.deferCanvas = false;
    const drawn = nextEvent(held, 'story-render');
    await held.updateComplete;
    expect(held.drawn, 'the canvas is still to come').to.equal(false);
    expect(root(held).querySelector('.list-summary')!.textContent).to.include('(3)');
    expect(listed(held), 'no names before the canvas').to.deep.equal([]);
    await drawn;
    await held.updateComplete;
    expect(listed(held).sort()).to.deep.equal(['Baku', 'Organisation', 'Treaty']);

    const opened = mount<EventGraph>('<event-graph defer-canvas></event-graph>');
    opened.story = miniStory();
    await afterPaint();
    opened.deferCanvas = false;
    await opened.updateComplete;
    expect(opened.drawn).to.equal(false);
    root(opened).querySelector<HTMLElement>('.list-summary')!.click();
    await opened.updateComplete;
    expect(root(opened).querySelector('details')!.open).to.equal(true);
    expect(listed(opened).sort()).to.deep.equal(['Baku', 'Organisation', 'Treaty']);
  });

  it('lists no names while far below the fold, and lists them once scrolled to', async () => {
    const listed = (element: EventGraph) =>
      [...root(element).querySelectorAll('.entity .name')].map((name) => name.textContent);
    const page = mount('<div style="height: 5000px"></div><event-graph></event-graph>');
    const far = page.parentElement!.querySelector<EventGraph>('event-graph')!;
    far.story = miniStory();
    await far.updateComplete;
    await afterPaint(); // the element knows it is far from the viewport
    await far.updateComplete;
    expect(root(far).querySelector('.list-summary')!.textContent).to.include('(3)');
    expect(far.drawn).to.equal(false);
    expect(listed(far), 'no names sorted for a graph nobody has scrolled to').to.deep.equal([]);
    const drawn = nextEvent(far, 'story-render');
    far.scrollIntoView();
    await drawn;
    await far.updateComplete;
    expect(listed(far).sort()).to.deep.equal(['Baku', 'Organisation', 'Treaty']);
  });

  it('lists the events of a chosen entity, each a button that selects it', async () => {
    const element = await mountGraph();
    listEntry(element, 'org')!.querySelector('button')!.click();
    await element.updateComplete;
    const chosen = root(element).querySelector<HTMLElement>('[part="chosen"]')!;
    expect(chosen.querySelector('h4')!.textContent.trim()).to.equal('Organisation: 3 events');
    const events = [...chosen.querySelectorAll<HTMLButtonElement>('.chosen-event')];
    expect(events.map((button) => button.textContent.replace(/\s+/g, ' ').trim())).to.deep.equal([
      '1926 Congress',
      '2005 Treaty',
      '2022–2027 Roadmap',
    ]);
    // Exposed to assistive technology: the chosen name is pressed, the count announced.
    expect(
      listEntry(element, 'org')!.querySelector('button')!.getAttribute('aria-pressed'),
    ).to.equal('true');
    expect(root(element).querySelector('[role="status"]')!.textContent.trim()).to.equal(
      'Organisation: 3 events',
    );
    const connections = [...chosen.querySelectorAll('.connections li')].map((item) =>
      item.textContent.replace(/\s+/g, ' ').trim(),
    );
    expect(connections).to.deep.equal([
      'Organisation held in Baku',
      'Organisation party to Treaty',
    ]);
    const selected = nextEvent(element, 'event-select');
    events[1]!.click();
    expect((await selected).detail).to.deep.equal({ eventId: 'treaty' });
    await element.updateComplete;
    expect(events[1]!.getAttribute('aria-current')).to.equal('true');
  });

  it('links a chosen name to its Wikidata entry when the story gives one', async () => {
    const element = mount<EventGraph>('<event-graph></event-graph>');
    const rendered = nextEvent(element, 'story-render');
    const story = miniStory();
    element.story = {
      ...story,
      entities: story.entities.map((entity) =>
        entity.id === 'baku' ? { ...entity, wikidata: 'Q9248' } : entity,
      ),
    };
    await rendered;
    listEntry(element, 'baku')!.querySelector('button')!.click();
    await element.updateComplete;
    const link = root(element).querySelector<HTMLAnchorElement>('[part="chosen"] .wikidata a')!;
    expect(link.href).to.equal('https://www.wikidata.org/wiki/Q9248');
    expect(link.textContent.trim()).to.equal('Wikidata Q9248');
    // A name without one shows no link.
    listEntry(element, 'org')!.querySelector('button')!.click();
    await element.updateComplete;
    expect(root(element).querySelector('[part="chosen"] .wikidata')).to.equal(null);
  });

  it('lists only the events search and filters leave', async () => {
    const element = await mountGraph('selected-entity="org"');
    element.visibleEvents = ['treaty'];
    await element.updateComplete;
    const chosen = root(element).querySelector<HTMLElement>('[part="chosen"]')!;
    expect(chosen.querySelector('h4')!.textContent.trim()).to.equal('Organisation: 1 event');
    expect(chosen.querySelectorAll('.chosen-event')).to.have.length(1);
  });

  it('shows a visible, unclipped focus ring on the entity buttons', async () => {
    const element = await mountGraph();
    // The list opens from its summary (closed, it is one tab stop).
    root(element).querySelector<HTMLElement>('.list-summary')!.click();
    const button = listEntry(element, 'org')!.querySelector('button')!;
    button.focus();
    expect(root(element).activeElement).to.equal(button);
    await sendKeys({ press: 'Shift' });
    const style = getComputedStyle(button);
    expect(style.outlineStyle).to.not.equal('none');
    const ring = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
    expect(ring).to.be.greaterThan(0);
    const box = button.getBoundingClientRect();
    // No ancestor that clips its painting (paint containment, overflow) cuts the ring.
    for (
      let ancestor = button.parentElement;
      ancestor && ancestor !== root(element).host;
      ancestor = ancestor.parentElement
    ) {
      const css = getComputedStyle(ancestor);
      const clips =
        css.contentVisibility === 'auto' ||
        /paint|content|strict/.test(css.contain) ||
        css.overflow !== 'visible';
      if (!clips) continue;
      const area = ancestor.getBoundingClientRect();
      expect(box.left - ring, ancestor.className).to.be.at.least(area.left);
      expect(box.top - ring, ancestor.className).to.be.at.least(area.top);
      expect(box.right + ring, ancestor.className).to.be.at.most(area.right);
      expect(box.bottom + ring, ancestor.className).to.be.at.most(area.bottom);
    }
  });

  it('draws every name at 11 px or more on screen at the opening zoom', async () => {
    const element = await mountGraph();
    await afterPaint();
    const sizes = element.drawnNodes().map((node) => node.labelSize);
    expect(Math.min(...sizes)).to.be.at.least(11 - 1e-6);
  });

  it('centres a graph too wide to read whole on its best-connected name', async () => {
    // Three names over 3,000 px: at a zoom where they can be read, only a part fits.
    // "Organisation" has two relations, the others one each; it is neither first nor central.
    const element = await mountPlaced({
      baku: { x: 0, y: 0 },
      org: { x: 1800, y: 0 },
      treaty: { x: 3000, y: 0 },
    });
    const canvas = root(element).querySelector<HTMLElement>('.canvas')!;
    const org = drawnNode(element, 'org')!.renderedPosition;
    expect(org.x, 'Organisation in the middle of the canvas').to.be.closeTo(
      canvas.clientWidth / 2,
      2,
    );
    const baku = drawnNode(element, 'baku')!.renderedPosition;
    expect(baku.x, 'Baku out of view on the left').to.be.below(0);
  });

  it('takes a click on a drawn node after a box around it has scrolled', async () => {
    const scroller = mount(
      '<div style="height: 550px; overflow: auto"><div style="height: 200px"></div><event-graph></event-graph><div style="height: 600px"></div></div>',
    );
    const element = scroller.querySelector<EventGraph>('event-graph')!;
    const finals = finalLayouts();
    const rendered = nextEvent(element, 'story-render');
    element.story = miniStory();
    await rendered;
    // Clicked where the node ends up: under load the layout's positions came after the
    // click was aimed, and the click fell where the node had been (CI failed on it).
    await until(() => finalLayouts() > finals, 'the final layout', 20000);
    await afterPaint();
    // cytoscape learns where its canvas is now; then the box scrolls by 150 px.
    const canvas = root(element).querySelector('.canvas')!;
    canvas.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
    scroller.scrollTop = 150;
    await afterPaint();
    const position = drawnNode(element, 'treaty')!.renderedPosition;
    const box = canvas.getBoundingClientRect();
    const picked = nextEvent(element, 'entity-select');
    await sendMouse({
      type: 'click',
      position: [Math.round(box.x + position.x), Math.round(box.y + position.y)],
    });
    expect((await picked).detail).to.deep.equal({ entityId: 'treaty' });
  });

  it("lights up the selected event's entities, in the list and on the canvas", async () => {
    const element = await mountGraph();
    element.selected = 'treaty';
    await element.updateComplete;
    expect(highlightedEntries(element).sort()).to.deep.equal(['org', 'treaty']);
    expect(listEntry(element, 'treaty')!.textContent).to.include('in the selected event');
    // The canvas lights up right after the paint that shows the selection.
    await until(() => hasClass(element, 'treaty', 'highlighted'), 'the highlight on the canvas');
    expect(hasClass(element, 'baku', 'dimmed')).to.equal(true);
    expect(hasClass(element, 'org~party-to~treaty', 'highlighted')).to.equal(true);
  });

  it('keeps the focus on a name pressed from the keyboard, and says "in the selected event" only while it is', async () => {
    const element = await mountGraph();
    /** What a screen reader reads of an entry: its text without the hidden parts. */
    const spoken = (id: string) =>
      [...listEntry(element, id)!.querySelectorAll('button *')]
        .filter((part) => part.children.length === 0 && !part.closest('[hidden]'))
        .map((part) => part.textContent)
        .join(' ');
    element.selected = 'treaty';
    await element.updateComplete;
    expect(spoken('org')).to.include('in the selected event');
    element.selected = '';
    await element.updateComplete;
    expect(spoken('org')).not.to.include('in the selected event');
    expect(listEntry(element, 'org')!.classList.contains('is-highlighted')).to.equal(false);

    root(element).querySelector<HTMLElement>('.list-summary')!.click();
    await element.updateComplete;
    const button = listEntry(element, 'baku')!.querySelector('button')!;
    button.focus();
    const picked = nextEvent(element, 'entity-select');
    await sendKeys({ press: 'Enter' });
    expect((await picked).detail).to.deep.equal({ entityId: 'baku' });
    await element.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(root(element).activeElement, 'the pressed name keeps the focus').to.equal(button);
    expect(root(element).querySelectorAll('.entity-button')).to.have.length(3);
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

    // The graph zooms to the selection after it paints; click where the node is then.
    await until(() => hasClass(element, 'baku', 'selected'), 'the selected node');
    await afterPaint();
    const position = drawnNode(element, 'treaty')!.renderedPosition;
    const box = root(element).querySelector('.canvas')!.getBoundingClientRect();
    const fromCanvas = nextEvent(element, 'entity-select');
    await sendMouse({
      type: 'click',
      position: [Math.round(box.x + position.x), Math.round(box.y + position.y)],
    });
    expect((await fromCanvas).detail).to.deep.equal({ entityId: 'treaty' });
  });

  it('lays a story out the same way on every load', async () => {
    const first = (await mountGraph()).drawnNodes().map((node) => node.position);
    cleanup();
    const second = (await mountGraph()).drawnNodes().map((node) => node.position);
    expect(second).to.deep.equal(first);
  });

  it('uses the positions a compiled story carries', async () => {
    const element = await mountPlaced({
      baku: { x: 0, y: 0 },
      org: { x: 100, y: 0 },
      treaty: { x: 200, y: 50 },
    });
    expect(drawnNode(element, 'treaty')!.position).to.deep.equal({ x: 200, y: 50 });
  });

  it("follows the timeline's window when asked to", async () => {
    const element = await mountGraph('follow-range');
    element.range = {
      start: new Date('1920-01-01T00:00:00Z'),
      end: new Date('1930-01-01T00:00:00Z'),
    };
    await element.updateComplete;
    expect(listEntry(element, 'treaty')).to.equal(null);
    await until(() => hasClass(element, 'treaty', 'hidden'), 'the node hidden on the canvas');
    element.followRange = false;
    await element.updateComplete;
    expect(listEntry(element, 'treaty')).to.exist;
    await until(() => !hasClass(element, 'treaty', 'hidden'), 'the node back on the canvas');
  });

  it('leaves a plain wheel to the page and zooms with Ctrl + wheel', async () => {
    const element = await mountGraph();
    const canvas = root(element).querySelector('.canvas')!;
    // Zooming changes how far apart the nodes are drawn.
    const spread = () => {
      const [a, b] = element.drawnNodes().map((node) => node.renderedPosition);
      return Math.hypot(a!.x - b!.x, a!.y - b!.y);
    };
    const before = spread();
    const plain = new WheelEvent('wheel', {
      deltaY: 100,
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    canvas.dispatchEvent(plain);
    expect(plain.defaultPrevented, 'a plain wheel scrolls the page').to.equal(false);
    expect(spread()).to.equal(before);
    const zoom = new WheelEvent('wheel', {
      deltaY: -100,
      ctrlKey: true,
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    canvas.dispatchEvent(zoom);
    expect(zoom.defaultPrevented).to.equal(true);
    expect(spread()).to.be.greaterThan(before);
  });

  it("adds nothing to the page's head", async () => {
    const before = document.head.children.length;
    await mountGraph();
    expect(document.getElementById('__________cytoscape_stylesheet')).to.equal(null);
    expect(document.head.children.length).to.equal(before);
  });

  it('draws the last story it is given, even one that came while another was being drawn', async () => {
    const element = mount<EventGraph>('<event-graph lang="en"></event-graph>');
    const first = miniStory();
    const second = {
      ...first,
      entities: first.entities.map((entity) =>
        entity.id === 'baku' ? { ...entity, name: { zh: '阿克套', en: 'Aktau' } } : entity,
      ),
    };
    const rendered = nextEvent(element, 'story-render', 15000);
    element.story = first;
    // Once near the viewport (an observer's first report), the first story's drawing begins
    // (cytoscape's chunk, the layout in a worker, the fonts): another story comes meanwhile.
    await afterPaint();
    await afterPaint();
    expect(element.drawn, 'the first story drawn already').to.equal(false);
    element.story = second;
    await rendered;
    expect(element.drawn, 'the canvas drawn').to.equal(true);
    expect(drawnNode(element, 'baku')?.label).to.equal('Aktau');
  });

  it('works again after being moved elsewhere in the page', async () => {
    const element = await mountGraph();
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    try {
      const rendered = nextEvent(element, 'story-render');
      elsewhere.append(element);
      await rendered;
      expect(element.drawn).to.equal(true);
      expect(element.drawnNodes()).to.have.length(3);
      await until(() => root(element).querySelector('.canvas canvas'), 'a canvas after the move');
    } finally {
      elsewhere.remove();
    }
  });

  it("names entities in the reader's language", async () => {
    const element = await mountGraph('lang="zh"');
    expect(listEntry(element, 'baku')!.textContent).to.include('巴库');
    expect(drawnNode(element, 'baku')!.label).to.equal('巴库');
    element.lang = 'en';
    await element.updateComplete;
    expect(drawnNode(element, 'baku')!.label).to.equal('Baku');
  });
});
