import { expect } from '@esm-bundle/chai';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { EventGraph } from '../event-graph/event-graph.js';
import { cleanup, mountExplorer, until } from '../../test/helpers/browser.js';
import './define.js';

describe('download menu', () => {
  before(async () => {
    await setViewport({ width: 1280, height: 900 });
  });
  // What the page saved: the blobs it made URLs for, and the names of the links it clicked.
  let blobs: Blob[];
  let names: string[];
  const createObjectURL = URL.createObjectURL.bind(URL);
  beforeEach(() => {
    blobs = [];
    names = [];
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return createObjectURL(blob);
    };
    // No real download in a test: record the link's file name instead of following it.
    HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
      names.push(this.download);
    };
  });
  afterEach(() => {
    URL.createObjectURL = createObjectURL;
    Reflect.deleteProperty(HTMLAnchorElement.prototype, 'click');
    cleanup();
  });

  it('opens from the keyboard, lists every format, and Escape closes it back on its button', async () => {
    const element = await mountExplorer();
    const root = element.shadowRoot!;
    const summary = root.querySelector<HTMLElement>('.downloads > summary')!;
    expect(summary.textContent.trim()).to.equal('Download');
    summary.focus();
    await sendKeys({ press: 'Enter' });
    const menu = root.querySelector<HTMLDetailsElement>('.downloads')!;
    expect(menu.open).to.equal(true);
    const items = [...root.querySelectorAll('.download-list button')].map((button) =>
      button.textContent.trim(),
    );
    expect(items).to.deep.equal([
      'TimelineJS (JSON)',
      'TimelineJS sheet (CSV)',
      'Gephi (GEXF 1.3)',
      'GraphML',
      'Web Annotations (JSON-LD)',
      'Graph as shown (PNG)',
      'Graph as shown (SVG)',
    ]);
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement?.textContent.trim()).to.equal('TimelineJS (JSON)');
    await sendKeys({ press: 'Escape' });
    expect(menu.open).to.equal(false);
    expect(root.activeElement).to.equal(summary);
  });

  it('saves the story as GEXF through a Blob URL, named after the story', async () => {
    const element = await mountExplorer();
    const root = element.shadowRoot!;
    root.querySelector<HTMLDetailsElement>('.downloads')!.open = true;
    const button = [...root.querySelectorAll<HTMLButtonElement>('.download-list button')].find(
      (candidate) => candidate.textContent.includes('GEXF'),
    )!;
    button.click();
    expect(names).to.deep.equal(['azerbaijan-kazakhstan.gexf']);
    const gexf = await blobs[0]!.text();
    expect(gexf).to.contain('<gexf xmlns="http://gexf.net/1.3" version="1.3">');
    expect(root.querySelector<HTMLDetailsElement>('.downloads')!.open).to.equal(false);
  });

  it('saves the graph as shown: PNG and SVG with the names on the canvas', async function () {
    this.timeout(60_000);
    const element = await mountExplorer();
    const root = element.shadowRoot!;
    const graph = root.querySelector<EventGraph>('event-graph')!;
    graph.scrollIntoView();
    // The authored story is laid out in the browser first: slow on a loaded machine.
    await until(() => graph.drawn, 'the graph drawn', 40_000);
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('.download-list button')];
    buttons.find((button) => button.textContent.includes('PNG'))!.click();
    buttons.find((button) => button.textContent.includes('SVG'))!.click();
    expect(names).to.deep.equal([
      'azerbaijan-kazakhstan.graph.png',
      'azerbaijan-kazakhstan.graph.svg',
    ]);
    const [png, svg] = blobs;
    expect(png!.type).to.equal('image/png');
    const svgText = await svg!.text();
    const shownLabel = graph.drawnNodes().find((node) => !node.classes.includes('hidden'))!.label;
    expect(svgText).to.contain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(svgText).to.contain(`>${shownLabel}</text>`);
  });
});
