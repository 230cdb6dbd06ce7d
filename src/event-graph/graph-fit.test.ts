import { expect } from '@esm-bundle/chai';
import { miniStory } from '../../test/fixtures/mini-story.js';
import { computeGraphView } from '../model/graph-view.js';
import { fitTarget } from './graph-fit.js';

describe('fitTarget', () => {
  const story = miniStory();

  it('fits everything shown when nothing is selected', () => {
    expect(fitTarget(computeGraphView(story, {}))).to.deep.equal({
      selector: ':visible',
      padding: 24,
    });
  });

  it('fits what a selection lights up, with more room, never zoomed in past 0.95', () => {
    expect(fitTarget(computeGraphView(story, { selectedEvent: 'treaty' }))).to.deep.equal({
      selector: 'node.highlighted',
      padding: 48,
      maxZoom: 0.95,
    });
  });

  it('fits everything when the selection is hidden by the filters', () => {
    const view = computeGraphView(story, {
      selectedEntity: 'treaty',
      visibleEvents: new Set(['congress']),
    });
    expect(fitTarget(view).selector).to.equal(':visible');
  });
});
