import { expect } from '@esm-bundle/chai';
import type { GraphElements } from '../model/graph-elements.js';
import { computeGraphLayout } from './graph-layout.js';
import { startLayout } from './layout-client.js';

/** `count` organisations, each linked to the next and to one further away. */
function graph(count: number): GraphElements {
  const nodes = Array.from({ length: count }, (_, index) => ({
    id: `o${index}`,
    kind: 'organisation' as const,
    label: `Organisation ${index}`,
  }));
  const pairs = nodes.flatMap((_, index) => [
    [index, (index + 1) % count],
    [index, (index * 7 + 3) % count],
  ]);
  const edges = pairs
    .filter(([a, b]) => a !== b)
    .map(([a, b], index) => ({
      id: `e${index}`,
      source: `o${a}`,
      target: `o${b}`,
      type: 'member-of' as const,
      label: '',
      events: [],
    }));
  return { nodes, edges };
}

/** Counts the page's turns (timer tasks) until the returned function is called. */
function countTurns(): () => number {
  let turns = 0;
  let counting = true;
  const tick = () => {
    if (!counting) return;
    turns += 1;
    setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  return () => {
    counting = false;
    return turns;
  };
}

describe('startLayout', () => {
  const elements = graph(300);

  it('draws at once at provisional positions, then the worker gives the final ones', async () => {
    const replies: string[] = [];
    const job = startLayout(elements, undefined, () => {
      const worker = new Worker(new URL('./layout-worker.js', import.meta.url), { type: 'module' });
      worker.addEventListener('message', (event: MessageEvent<object>) => {
        replies.push(
          'started' in event.data ? 'started' : 'positions' in event.data ? 'positions' : 'other',
        );
      });
      return worker;
    });
    let begun = false;
    void job!.started.then(() => (begun = true));
    expect(job).to.not.equal(undefined);
    expect(Object.keys(job!.provisional)).to.have.length(300);
    const stop = countTurns();
    const final = await job!.final;
    // It says when it has begun (the first drawing waits for that), then gives the positions.
    expect(replies, 'replies from the worker').to.deep.equal(['started', 'positions']);
    expect(begun, 'the job knew the layout had begun').to.equal(true);
    expect(stop(), 'the page got turns while the worker worked').to.be.greaterThan(3);
    // The same algorithm in the worker: the same picture as here.
    expect(final).to.deep.equal(computeGraphLayout(elements).positions);
  });

  it('lays out on the main thread in slices when no worker can be made', async () => {
    let yields = 0;
    const job = startLayout(
      elements,
      undefined,
      () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      async () => {
        yields += 1;
        await new Promise((resolve) => setTimeout(resolve, 0));
      },
    );
    const final = await job!.final;
    expect(final).to.deep.equal(computeGraphLayout(elements).positions);
    expect(yields, 'the layout gave the page turns').to.be.greaterThan(3);
  });

  it('falls back to slices when the worker fails to load (a CSP without worker-src)', async () => {
    const job = startLayout(elements, undefined, () => {
      // A worker whose script fails, as one blocked by the page's CSP does: an error event.
      const failing = new Blob(['throw new Error("blocked")'], { type: 'text/javascript' });
      return new Worker(URL.createObjectURL(failing), { type: 'module' });
    });
    expect(await job!.final).to.deep.equal(computeGraphLayout(elements).positions);
  });

  it('keeps the positions a story has when they cover most nodes, laying out the rest', async () => {
    const { positions: old } = computeGraphLayout(graph(280));
    const job = startLayout(elements, old);
    const final = await job!.final;
    for (const [id, at] of Object.entries(old)) expect(final[id], id).to.deep.equal(at);
    expect(Object.keys(final)).to.have.length(300);
    expect(job!.provisional.o0).to.deep.equal(old.o0);
  });

  it('does nothing when the story places every node', () => {
    const { positions } = computeGraphLayout(elements);
    expect(startLayout(elements, positions)).to.equal(undefined);
  });
});
