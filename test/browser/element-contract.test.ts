import { expect } from '@esm-bundle/chai';
import { miniStory } from '../fixtures/mini-story.js';
import { cleanup, mount, nextEvent } from '../helpers/browser.js';
import '../../src/history-explorer/define.js';
import type { StoryElement } from '../../src/shared/story-element.js';

const TAGS = ['event-timeline', 'event-graph', 'source-quote', 'history-explorer'] as const;

describe('every widget', () => {
  let pageLang: string;
  beforeEach(() => {
    pageLang = document.documentElement.lang;
    document.documentElement.lang = 'en';
  });
  afterEach(() => {
    document.documentElement.lang = pageLang;
    cleanup();
  });

  for (const tag of TAGS) {
    it(`<${tag}> leaves lang to the page: no lang attribute of its own, the page's language shown`, async () => {
      const element = mount<StoryElement>(`<${tag}></${tag}>`);
      const rendered = nextEvent(element, 'story-render');
      element.story = miniStory();
      await rendered;
      expect(
        element.hasAttribute('lang'),
        `<${tag}> carries lang="${element.getAttribute('lang') ?? ''}"`,
      ).to.be.false;
      expect(element.shadowRoot!.textContent).not.to.include('小故事');
    });

    it(`<${tag}> follows a lang set on it later, and reflects it like any element`, async () => {
      const element = mount<StoryElement>(`<${tag}></${tag}>`);
      const rendered = nextEvent(element, 'story-render');
      element.story = miniStory();
      await rendered;
      element.lang = 'zh';
      await element.updateComplete;
      expect(element.getAttribute('lang')).to.equal('zh');
      const text = element.shadowRoot!.textContent;
      expect(text, `<${tag}> in Chinese`).to.match(/[\u4e00-\u9fff]/);
    });
  }
});
