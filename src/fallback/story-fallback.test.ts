import { expect } from '@esm-bundle/chai';
import { XSS_PAYLOADS, xssStory } from '../../test/fixtures/xss-story.js';
import { escapeHtml, storyFallbackHtml } from './story-fallback.js';

/** Parses markup as a page would and returns the body. */
const parse = (markup: string) => new DOMParser().parseFromString(markup, 'text/html').body;

/** The elements a fallback is made of; anything else came from data. */
const FALLBACK_TAGS = new Set([
  'template',
  'link',
  'div',
  'h2',
  'h3',
  'p',
  'ol',
  'li',
  'time',
  'span',
  'blockquote',
  'cite',
]);

describe('escapeHtml', () => {
  for (const payload of XSS_PAYLOADS) {
    it(`turns ${JSON.stringify(payload)} into text only`, () => {
      const escaped = escapeHtml(payload);
      expect(escaped).not.to.match(/[<>"']/);
      const body = parse(`<p title="${escaped}">${escaped}</p>`);
      const paragraph = body.firstElementChild!;
      expect(body.children.length).to.equal(1);
      expect(paragraph.children.length).to.equal(0);
      expect([...paragraph.childNodes].every((node) => node.nodeType === Node.TEXT_NODE)).to.equal(
        true,
      );
      expect(paragraph.textContent).to.equal(payload);
      expect(paragraph.getAttribute('title')).to.equal(payload);
      expect([...parse(escaped).childNodes].map((node) => node.nodeType)).to.deep.equal([
        Node.TEXT_NODE,
      ]);
    });
  }
});

describe('storyFallbackHtml with payloads in every field', () => {
  for (const lang of ['en', 'zh', 'ru'] as const) {
    it(`(${lang}) makes no element or attribute of them, and shows them literally`, () => {
      const story = xssStory();
      const markup = storyFallbackHtml(story, { stylesheet: XSS_PAYLOADS[2], lang });
      expect(markup).not.to.match(/<(img|script|svg)/i);
      // In a <div> as a page has it (a bare <template> would be parsed into <head>).
      const template = parse(`<div>${markup}</div>`).querySelector('template')!;
      const elements = [...template.content.querySelectorAll('*')];
      expect(
        elements.map((element) => element.localName).filter((tag) => !FALLBACK_TAGS.has(tag)),
      ).to.deep.equal([]);
      for (const element of elements)
        for (const attribute of element.attributes) expect(attribute.name).not.to.match(/^on/);
      expect(template.content.querySelector('link')!.getAttribute('href')).to.equal(
        XSS_PAYLOADS[2],
      );
      const text = template.content.textContent;
      expect(template.content.querySelector('.title')!.textContent).to.equal(story.title[lang]);
      for (const event of story.events) {
        expect(text).to.include(event.title[lang]);
        expect(text).to.include(event.quote.text);
      }
      if (lang === 'en') expect(text).to.include(story.events[0]!.quote.translation!.en);
      expect(text).to.include(story.source.title[lang]).and.include(story.source.publisher[lang]);
    });
  }
});

describe('storyFallbackHtml for keyboard users', () => {
  it('makes the scrolling list a named group in the tab order', () => {
    const markup = storyFallbackHtml(xssStory(), { stylesheet: 'fallback.css', lang: 'ru' });
    const template = parse(`<div>${markup}</div>`).querySelector('template')!;
    const list = template.content.querySelector('.fallback')!;
    expect(list.getAttribute('tabindex')).to.equal('0');
    expect(list.getAttribute('role')).to.equal('group');
    expect(list.getAttribute('aria-label')).to.equal(xssStory().title.ru);
  });
});
