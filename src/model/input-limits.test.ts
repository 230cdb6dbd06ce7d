import { describe, it } from 'node:test';
import { expect } from '@esm-bundle/chai';
import { inspectStoryInput } from './input-limits.js';

/** Nests `leaf` `levels` deep: `{ inner: { inner: … leaf } }`. */
function nested(levels: number, leaf: unknown): unknown {
  let value = leaf;
  for (let level = 0; level < levels; level += 1) value = { inner: value };
  return value;
}

function copyOf(input: unknown): unknown {
  const inspection = inspectStoryInput(input, true);
  if (!inspection.ok) throw new Error(inspection.problem.message);
  return inspection.value;
}

describe('inspectStoryInput', () => {
  it('copies plain data into new objects and lists with the same values', () => {
    const input = {
      id: 'a',
      events: [{ id: 'e', start: '1926', entities: ['x', 'y'], planned: false, count: 2 }],
      holes: [1, , 3], // eslint-disable-line no-sparse-arrays
    };
    const copy = copyOf(input) as typeof input;
    expect(copy).to.deep.equal({ ...input, holes: [1, undefined, 3] });
    expect(copy).not.to.equal(input);
    expect(copy.events).not.to.equal(input.events);
    expect(copy.events[0]).not.to.equal(input.events[0]);
  });

  it('keeps "__proto__" as an own field of the copy, not its prototype', () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}, "id": "a"}') as object;
    const copy = copyOf(input) as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).to.equal(Object.prototype);
    expect(Object.keys(copy)).to.deep.equal(['__proto__', 'id']);
    expect((copy as { polluted?: boolean }).polluted).to.equal(undefined);
  });

  it('copies data nested deeper than the quick walk goes (100 levels)', () => {
    const input = nested(100, 'leaf');
    expect(copyOf(input)).to.deep.equal(input);
  });

  it('marks where an object contains itself, at any depth', () => {
    const loop: Record<string, unknown> = { id: 'loop' };
    loop.self = loop;
    expect(copyOf({ events: [loop] })).to.deep.equal({
      events: [{ id: 'loop', self: '[circular reference]' }],
    });
  });

  it('copies an object met twice (not a cycle) twice', () => {
    const shared = { en: 'Baku' };
    const copy = copyOf({ a: shared, b: shared }) as { a: object; b: object };
    expect(copy.a).to.deep.equal(shared);
    expect(copy.b).to.deep.equal(shared);
  });

  it('reads a getter once when it answers', () => {
    let reads = 0;
    const input = {
      get title() {
        reads += 1;
        return reads === 1 ? 'first' : 'later';
      },
    };
    expect(copyOf(input)).to.deep.equal({ title: 'first' });
    expect(reads).to.equal(1);
  });

  it('says where a getter threw', () => {
    const input = {
      events: [
        {
          get start(): string {
            throw new Error('no date');
          },
        },
      ],
    };
    const inspection = inspectStoryInput(input, true);
    expect(inspection.ok).to.equal(false);
    if (inspection.ok) return;
    expect(inspection.problem.path).to.equal('events[0].start');
    expect(inspection.problem.message).to.match(/^reading this value failed \(Error: no date\)/);
  });

  it('refuses a list longer than the limit, and data nested past it, with where', () => {
    const long = inspectStoryInput({ events: { length: 1 } }, true);
    expect(long.ok).to.equal(true);
    const huge = inspectStoryInput(
      { events: new Proxy([], { get: (_t, key) => (key === 'length' ? 1e9 : undefined) }) },
      true,
    );
    expect(huge.ok).to.equal(false);
    if (!huge.ok)
      expect(huge.problem.message).to.match(/^the list says it has 1,000,000,000 items/);
    const deep = inspectStoryInput(nested(4000, 'leaf'), false);
    expect(deep.ok).to.equal(false);
    if (!deep.ok) expect(deep.problem.message).to.match(/nested more than 3,?500 levels deep/);
  });
});
