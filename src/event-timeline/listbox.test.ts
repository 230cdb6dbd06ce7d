import { expect } from '@esm-bundle/chai';
import { firstActive, keyAction, nextActive, optionsAround } from './listbox.js';

const ids = ['a', 'b', 'c', 'd'];
const events = (count: number) =>
  Array.from({ length: count }, (_, index) => ({ id: `e${index}` }));

describe('optionsAround', () => {
  it('holds every event of a story of ordinary size', () => {
    const all = events(10);
    expect(optionsAround(all, 'e5', 64)).to.deep.equal({ options: all, offset: 0 });
  });

  it('holds a window centred on the active event in a long story', () => {
    const { options, offset } = optionsAround(events(1000), 'e500', 64);
    expect(offset).to.equal(468);
    expect(options).to.have.length(64);
    expect(options[0]!.id).to.equal('e468');
  });

  it('keeps the window inside the list at both ends, and starts at the first without an active event', () => {
    expect(optionsAround(events(1000), 'e990', 64).offset).to.equal(936);
    expect(optionsAround(events(1000), 'e3', 64).offset).to.equal(0);
    expect(optionsAround(events(1000), '', 64).options[0]!.id).to.equal('e0');
  });
});

describe('nextActive', () => {
  it('moves to the next and previous event, stopping at the ends', () => {
    expect(nextActive(ids, 'b', 'ArrowRight')).to.equal('c');
    expect(nextActive(ids, 'b', 'ArrowDown')).to.equal('c');
    expect(nextActive(ids, 'b', 'ArrowLeft')).to.equal('a');
    expect(nextActive(ids, 'b', 'ArrowUp')).to.equal('a');
    expect(nextActive(ids, 'd', 'ArrowRight')).to.equal('d');
    expect(nextActive(ids, 'a', 'ArrowLeft')).to.equal('a');
  });

  it('jumps to the ends with Home and End', () => {
    expect(nextActive(ids, 'b', 'Home')).to.equal('a');
    expect(nextActive(ids, 'b', 'End')).to.equal('d');
  });

  it('starts at the first event when none is active (or the active one is filtered out)', () => {
    expect(nextActive(ids, '', 'ArrowRight')).to.equal('a');
    expect(nextActive(ids, 'gone', 'ArrowLeft')).to.equal('a');
  });

  it('does not move for other keys or without events', () => {
    expect(nextActive(ids, 'b', 'x')).to.equal(undefined);
    expect(nextActive([], '', 'ArrowRight')).to.equal(undefined);
  });
});

describe('keyAction', () => {
  it('selects the active event with Enter or Space, the first if none is active', () => {
    expect(keyAction(ids, 'c', 'Enter')).to.deep.equal({ kind: 'select', id: 'c' });
    expect(keyAction(ids, 'c', ' ')).to.deep.equal({ kind: 'select', id: 'c' });
    expect(keyAction(ids, '', 'Enter')).to.deep.equal({ kind: 'select', id: 'a' });
  });

  it('zooms with + (or =) and -, and shows everything with 0', () => {
    expect(keyAction(ids, '', '+')).to.deep.equal({ kind: 'zoom-in' });
    expect(keyAction(ids, '', '=')).to.deep.equal({ kind: 'zoom-in' });
    expect(keyAction(ids, '', '-')).to.deep.equal({ kind: 'zoom-out' });
    expect(keyAction(ids, '', '0')).to.deep.equal({ kind: 'fit' });
  });

  it('moves with the arrows, and leaves other keys (and an empty list) alone', () => {
    expect(keyAction(ids, 'a', 'End')).to.deep.equal({ kind: 'move', id: 'd' });
    expect(keyAction(ids, 'a', 'Tab')).to.equal(undefined);
    expect(keyAction([], '', '+')).to.equal(undefined);
  });
});

describe('firstActive', () => {
  it('starts keyboard focus on the selected event if listed, else the first', () => {
    expect(firstActive(ids, 'c')).to.equal('c');
    expect(firstActive(ids, 'gone')).to.equal('a');
    expect(firstActive(ids, '')).to.equal('a');
    expect(firstActive([], 'c')).to.equal(undefined);
  });

  it('else on the first event in view, so that focusing keeps the window shown', () => {
    const inView = (id: string) => id === 'c' || id === 'd';
    expect(firstActive(ids, '', inView)).to.equal('c');
    expect(firstActive(ids, 'b', inView), 'the selection first').to.equal('b');
    expect(
      firstActive(ids, '', () => false),
      'none in view: the first',
    ).to.equal('a');
  });
});
