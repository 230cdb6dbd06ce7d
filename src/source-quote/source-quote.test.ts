import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { MINI_SOURCE, miniStory } from '../../test/fixtures/mini-story.js';
import { cleanup, mount, nextEvent } from '../../test/helpers/browser.js';
import { TEXT_LANGUAGES } from '../model/story-schema.js';
import { UI_LANGUAGES, localeOf, uiStrings } from '../shared/i18n.js';
import './define.js';
import type { SourceQuote } from './source-quote.js';

async function mountQuote(attributes = ''): Promise<SourceQuote> {
  const element = mount<SourceQuote>(`<source-quote ${attributes}></source-quote>`);
  const rendered = nextEvent(element, 'story-render');
  element.story = miniStory();
  await rendered;
  return element;
}

const root = (element: SourceQuote) => element.shadowRoot!;
const text = (node: Element | null) => node?.textContent.replace(/\s+/g, ' ').trim() ?? '';

describe('<source-quote>', () => {
  afterEach(cleanup);

  it('asks the reader to select an event until one is selected, and cites the source', async () => {
    const element = await mountQuote();
    expect(text(root(element).querySelector('.prompt'))).to.equal(
      'Select an event to read the sentence of the source that dates it.',
    );
    expect(text(root(element).querySelector('.citation')))
      .to.include('Publisher')
      .and.include('18 Oct 2025');
  });

  it('shows the quote highlighted inside its paragraph', async () => {
    const element = await mountQuote('selected="treaty"');
    const blockquote = root(element).querySelector('blockquote')!;
    expect(text(blockquote)).to.equal(
      'In 2005 the two states signed a treaty. The treaty is in force.',
    );
    expect(text(blockquote.querySelector('mark'))).to.equal(
      'In 2005 the two states signed a treaty.',
    );
    expect(blockquote.getAttribute('lang')).to.equal('en');
    expect(text(root(element).querySelector('.title'))).to.equal('Treaty');
    expect(text(root(element).querySelector('.date'))).to.equal('2005');
  });

  it('explains a derived date and marks a planned event', async () => {
    const element = await mountQuote('selected="cable"');
    expect(text(root(element).querySelector('.date-basis'))).to.equal(
      'How this date was derived Next year: the year after 2025.',
    );
    expect(text(root(element).querySelector('.date'))).to.equal('Dec 2026 planned');
  });

  it('labels a translation as a translation', async () => {
    const element = mount<SourceQuote>('<source-quote selected="congress"></source-quote>');
    const rendered = nextEvent(element, 'story-render');
    const story = miniStory();
    // A Chinese source: its language comes first in the story's languages.
    element.story = {
      ...story,
      languages: ['zh', 'en'],
      source: { ...story.source, language: 'zh' },
    };
    await rendered;
    const translation = root(element).querySelector('.translation')!;
    expect(text(translation.querySelector('.label'))).to.equal('Translation (English)');
    expect(text(translation.querySelector('p'))).to.equal('In 1926 the congress met in Baku.');
    expect(translation.querySelector('p')!.getAttribute('lang')).to.equal('en');
  });

  it("shows the translation in the reader's language, labelled with that language", async () => {
    // The mini story's source is English; the congress quote carries a Chinese translation.
    const element = await mountQuote('selected="congress" lang="zh"');
    const translation = root(element).querySelector('.translation')!;
    expect(text(translation.querySelector('.label'))).to.equal('译文（中文）');
    expect(text(translation.querySelector('p'))).to.equal('1926年大会在巴库举行。');
    expect(translation.querySelector('p')!.getAttribute('lang')).to.equal('zh');
  });

  it("names a translation's language in the reader's own, for every interface language", async () => {
    // The mini story's source is English; a Russian reader, with no Russian translation, gets the Chinese one.
    const element = await mountQuote('selected="congress" lang="ru"');
    const translation = root(element).querySelector('.translation');
    expect(text(translation?.querySelector('.label') ?? null)).to.equal('Перевод (китайский)');
    // The names are written out (no Intl object on a reader's first click): the same as Intl's.
    for (const lang of UI_LANGUAGES) {
      const names = new Intl.DisplayNames([localeOf(lang)], { type: 'language' });
      for (const code of TEXT_LANGUAGES) {
        expect(uiStrings(lang).textLanguageNames[code], `${code} in ${lang}`).to.equal(
          names.of(code),
        );
      }
    }
  });

  it("gives a reader of the source's language the story's next language", async () => {
    const element = await mountQuote('selected="congress" lang="en"');
    const translation = root(element).querySelector('.translation');
    expect(text(translation?.querySelector('.label') ?? null)).to.equal('Translation (Chinese)');
    expect(translation?.querySelector('p')?.getAttribute('lang')).to.equal('zh');
  });

  it('opens the whole source scrolled to the quote, and closes with Escape', async () => {
    const element = await mountQuote('selected="cable"');
    const button = root(element).querySelector<HTMLButtonElement>('.read-source')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = root(element).querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    const paragraphs = [...dialog.querySelectorAll('.source-text p')].map(text);
    expect(paragraphs.join('\n')).to.equal(
      MINI_SOURCE.split('\n')
        .filter((line) => line.trim())
        .join('\n'),
    );
    const mark = dialog.querySelector('mark')!;
    expect(text(mark)).to.equal('Next year the cable will be done.');
    const markBox = mark.getBoundingClientRect();
    const dialogBox = dialog.getBoundingClientRect();
    expect(
      markBox.top >= dialogBox.top && markBox.bottom <= dialogBox.bottom,
      'the quote is in view',
    ).to.equal(true);
    await sendKeys({ press: 'Escape' });
    expect(dialog.open).to.equal(false);
    expect(root(element).activeElement).to.equal(button);
  });

  it('builds the whole source when it opens, follows a new selection while open, drops it closed', async () => {
    const element = await mountQuote('selected="treaty"');
    const dialog = root(element).querySelector('dialog')!;
    // Closed: the source is not built with the selection (a long story's source is long).
    expect(dialog.querySelectorAll('.source-text p')).to.have.length(0);
    element.openSource();
    expect(dialog.querySelectorAll('.source-text p').length).to.be.greaterThan(1);
    expect(text(dialog.querySelector('mark'))).to.equal('In 2005 the two states signed a treaty.');
    element.selected = 'cable';
    await element.updateComplete;
    expect(text(dialog.querySelector('mark'))).to.equal('Next year the cable will be done.');
    expect(dialog.querySelectorAll('mark')).to.have.length(1);
    element.closeSource();
    expect(dialog.querySelectorAll('.source-text p')).to.have.length(0);
    element.openSource();
    expect(text(dialog.querySelector('mark'))).to.equal('Next year the cable will be done.');
  });

  it("reads in the reader's language", async () => {
    const element = await mountQuote('selected="treaty" lang="zh"');
    expect(text(root(element).querySelector('.title'))).to.equal('条约');
    expect(text(root(element).querySelector('.date'))).to.equal('2005年');
    expect(text(root(element).querySelector('.read-source'))).to.equal('阅读原文全文');
  });
});
