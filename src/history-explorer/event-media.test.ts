import { expect } from '@esm-bundle/chai';
import { miniStory } from '../../test/fixtures/mini-story.js';
import { cleanup, mount, nextEvent } from '../../test/helpers/browser.js';
import type { StoryEvent } from '../model/story-schema.js';
import './define.js';
import type { HistoryExplorer } from './history-explorer.js';

describe('event media', () => {
  afterEach(cleanup);

  it('shows the media link under the quote, and none for an event without media', async () => {
    const story = miniStory();
    const [congress, treaty] = story.events as [StoryEvent, StoryEvent];
    Object.assign(congress, {
      media: {
        url: 'https://example.org/congress.jpg',
        caption: 'The congress hall',
        credit: 'Archive',
      },
    });
    // (A media link that is not http(s) never gets this far: the story format refuses it.)
    const element = mount<HistoryExplorer>('<history-explorer></history-explorer>');
    const rendered = nextEvent(element, 'story-render');
    element.story = story;
    await rendered;
    element.selected = congress.id;
    await element.updateComplete;
    const link = element.shadowRoot!.querySelector<HTMLAnchorElement>('.media a')!;
    expect(link.href).to.equal('https://example.org/congress.jpg');
    expect(link.textContent).to.equal('The congress hall');
    expect(element.shadowRoot!.querySelector('.media-credit')!.textContent).to.equal('Archive');
    element.selected = treaty.id;
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('.media')).to.equal(null);
  });
});
