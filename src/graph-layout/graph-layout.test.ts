import { expect } from '@esm-bundle/chai';
import { miniStory } from '../../test/fixtures/mini-story.js';
import { toGraphElements } from '../model/graph-elements.js';
import { computeGraphLayout } from './graph-layout.js';

describe('computeGraphLayout', () => {
  const story = miniStory();
  story.entities.push({ id: 'lonely', kind: 'person', name: { zh: '某人', en: 'Someone' } });
  const elements = toGraphElements(story, {
    textOf: (text) => text.en ?? '',
    relationLabel: String,
  });

  it('gives every node a position, the same on every run', () => {
    const first = computeGraphLayout(elements).positions;
    expect(Object.keys(first).sort()).to.deep.equal(['baku', 'lonely', 'org', 'treaty']);
    expect(computeGraphLayout(elements).positions).to.deep.equal(first);
    expect(computeGraphLayout(elements, 7).positions).not.to.deep.equal(first);
  });

  it('puts entities without relations in a row below the connected picture', () => {
    const { positions } = computeGraphLayout(elements);
    const connectedBottom = Math.max(positions.baku!.y, positions.org!.y, positions.treaty!.y);
    expect(positions.lonely!.y).to.be.greaterThan(connectedBottom);
  });
});
