import { expect } from '@esm-bundle/chai';
import { miniStory } from '../../test/fixtures/mini-story.js';
import { computeGraphView } from '../model/graph-view.js';
import { classToggles, DIM_REST_LIMIT, dimsRest, type ClassedElement } from './graph-classes.js';

/** A drawn element as the function reads it, with the classes it has now. */
function drawn(id: string, isNode: boolean, ...classes: string[]): ClassedElement {
  return { id: () => id, isNode: () => isNode, hasClass: (name) => classes.includes(name) };
}

const story = miniStory();
const plain = () => [
  drawn('baku', true),
  drawn('org', true),
  drawn('treaty', true),
  drawn('org~held-in~baku', false),
  drawn('org~party-to~treaty', false),
];
const summary = (toggles: ReturnType<typeof classToggles>) =>
  toggles.map(({ element, name, on }) => `${element.id()} ${on ? '+' : '-'}${name}`);

describe('classToggles', () => {
  it('changes nothing on a first draw with nothing selected or hidden', () => {
    expect(classToggles(plain(), computeGraphView(story, {}), '')).to.deep.equal([]);
  });

  it("highlights the selected event's entities and edge, and dims the rest", () => {
    const toggles = classToggles(plain(), computeGraphView(story, { selectedEvent: 'treaty' }), '');
    expect(summary(toggles)).to.deep.equal([
      'baku +dimmed',
      'org +highlighted',
      'treaty +highlighted',
      'org~held-in~baku +dimmed',
      'org~party-to~treaty +highlighted',
    ]);
  });

  it('marks the selected entity, and hides what the filters leave out', () => {
    const view = computeGraphView(story, {
      selectedEntity: 'baku',
      visibleEvents: new Set(['congress']),
    });
    expect(summary(classToggles(plain(), view, 'baku'))).to.deep.equal([
      'baku +highlighted',
      'baku +selected',
      'org +highlighted',
      'treaty +hidden',
      'treaty +dimmed',
      'org~held-in~baku +highlighted',
      'org~party-to~treaty +hidden',
      'org~party-to~treaty +dimmed',
    ]);
  });

  it('toggles only the classes that change when the selection moves', () => {
    const before = [
      drawn('baku', true, 'dimmed'),
      drawn('org', true, 'highlighted'),
      drawn('treaty', true, 'highlighted'),
      drawn('org~held-in~baku', false, 'dimmed'),
      drawn('org~party-to~treaty', false, 'highlighted'),
    ];
    const view = computeGraphView(story, { selectedEvent: 'congress' });
    expect(summary(classToggles(before, view, ''))).to.deep.equal([
      'baku +highlighted',
      'baku -dimmed',
      'treaty -highlighted',
      'treaty +dimmed',
      'org~held-in~baku +highlighted',
      'org~held-in~baku -dimmed',
      'org~party-to~treaty -highlighted',
      'org~party-to~treaty +dimmed',
    ]);
  });

  it('clears every class when the selection goes', () => {
    const before = [drawn('baku', true, 'highlighted', 'selected'), drawn('org', true, 'dimmed')];
    expect(summary(classToggles(before, computeGraphView(story, {}), ''))).to.deep.equal([
      'baku -highlighted',
      'baku -selected',
      'org -dimmed',
    ]);
  });

  it('restyles only the highlighted elements of a graph too big to dim', () => {
    // As many unrelated nodes as make the graph too big to dim, beside the mini story's.
    const elements = [
      ...plain(),
      ...Array.from({ length: DIM_REST_LIMIT }, (_, index) => drawn(`extra-${index}`, true)),
    ];
    expect(dimsRest(elements.length)).to.equal(false);
    expect(dimsRest(plain().length)).to.equal(true);
    const view = computeGraphView(story, { selectedEvent: 'treaty' });
    const toggles = classToggles(elements, view, '', dimsRest(elements.length));
    expect(summary(toggles)).to.deep.equal([
      'org +highlighted',
      'treaty +highlighted',
      'org~party-to~treaty +highlighted',
    ]);
  });
});
