import { describe, it } from 'node:test';
import { expect } from '@esm-bundle/chai';
import { proposeEventFromSpan, proposeEventsForSource, sentencesAround } from './event-proposal.js';
import { FIXTURE_SOURCE } from './story-fixture.test-helper.js';

const OPTIONS = { dateline: '2025-10-18', language: 'zh' } as const;

describe('proposeEventFromSpan', () => {
  it('quotes exactly the selected text, with its offset, and proposes its date', () => {
    const start = FIXTURE_SOURCE.indexOf('去年的会议');
    const end = FIXTURE_SOURCE.indexOf('效果很好。') + '效果很好。'.length;
    const proposal = proposeEventFromSpan(FIXTURE_SOURCE, start, end, OPTIONS);
    expect(proposal.quote).to.deep.equal({
      text: '去年的会议在丙城举行，效果很好。',
      offset: start,
    });
    expect(proposal.mentions.map((mention) => mention.text)).to.deep.equal(['去年']);
    expect(proposal.date?.start).to.equal('2024');
    expect(proposal.date?.basis?.en).to.contain('2024');
  });

  it('lists every datable mention: the first dates the event, the others are offered', () => {
    const source = '2023年，甲国文化日在乙国举办；2024年，乙国文化日在甲国举行。';
    const proposal = proposeEventFromSpan(source, 0, source.length, OPTIONS);
    expect(proposal.date?.start).to.equal('2023');
    expect(proposal.otherDates.map((date) => date.start)).to.deep.equal(['2024']);
  });

  it('proposes no date for a span whose mentions must be read to be dated', () => {
    const source = '同一时期，乙国总统也六次访问甲国。';
    const proposal = proposeEventFromSpan(source, 0, source.length, OPTIONS);
    expect(proposal.mentions).to.have.length(1);
    expect(proposal.date).to.equal(undefined);
  });

  it('drops the white space a selection takes at either end', () => {
    const source = 'Intro.\n In 2022, cargo doubled. \nMore.';
    const proposal = proposeEventFromSpan(source, 6, 33, {
      dateline: '2025-10-18',
      language: 'en',
    });
    expect(proposal.quote).to.deep.equal({ text: 'In 2022, cargo doubled.', offset: 8 });
  });

  it('refuses a span that is empty or outside the source', () => {
    expect(() => proposeEventFromSpan('abc', 2, 2, OPTIONS)).to.throw(RangeError, 'empty');
    expect(() => proposeEventFromSpan('a  b', 1, 3, OPTIONS)).to.throw(RangeError, 'white space');
    expect(() => proposeEventFromSpan('abc', 2, 1, OPTIONS)).to.throw(RangeError, 'not a span');
    expect(() => proposeEventFromSpan('abc', 1, 9, OPTIONS)).to.throw(
      RangeError,
      'after the source',
    );
  });
});

describe('sentencesAround', () => {
  it('widens a span to whole sentences, with the speaker label that opens the line', () => {
    const source = '记者：您即将访问哈萨克斯坦。您有何期待？';
    const at = source.indexOf('即将');
    const span = sentencesAround(source, { start: at, end: at + 2 }, 'zh');
    expect(source.slice(span.start, span.end)).to.equal('记者：您即将访问哈萨克斯坦。');
  });

  it('keeps to the sentence in a paragraph of several (en)', () => {
    const source = 'It is a route. It opened in 2017. It grew.';
    const at = source.indexOf('2017');
    const span = sentencesAround(source, { start: at, end: at + 4 }, 'en');
    expect(source.slice(span.start, span.end)).to.equal('It opened in 2017.');
  });
});

describe('proposeEventsForSource', () => {
  const quotes = (source: string, language: 'zh' | 'en' = 'zh') =>
    proposeEventsForSource(source, { dateline: '2025-10-18', language }).map(
      (proposal) => proposal.quote.text,
    );

  it('gives each dated sentence its own event, with the undated sentences after it', () => {
    expect(
      quotes('2022年，甲签约。此后合作加深。这很重要。2024年，乙签约。结果很好。'),
    ).to.deep.equal(['2022年，甲签约。此后合作加深。这很重要。', '2024年，乙签约。结果很好。']);
  });

  it('gives the undated sentences that open a paragraph to its first dated sentence', () => {
    expect(
      quotes('在重点项目方面，两国推进光缆建设。该项目于2025年3月签署。\n\n无日期的段落。'),
    ).to.deep.equal(['在重点项目方面，两国推进光缆建设。该项目于2025年3月签署。']);
  });

  it('starts events at undatable mentions only where no mention of the paragraph can be dated', () => {
    expect(quotes('同一时期，乙国总统六次访问甲国。这反映了意愿。')).to.deep.equal([
      '同一时期，乙国总统六次访问甲国。这反映了意愿。',
    ]);
    expect(quotes('多年来，两国签署了文件。其中，今年迎来条约20周年。')).to.deep.equal([
      '多年来，两国签署了文件。其中，今年迎来条约20周年。',
    ]);
  });

  it('never retypes a quote: each is the source at its offset', () => {
    const source = 'Intro.\n\nIn 2022, cargo doubled. It grew.\n\nSince 2022, China invested.\n';
    const proposals = proposeEventsForSource(source, { dateline: '2025-10-18', language: 'en' });
    expect(
      proposals.map(({ quote }) => source.slice(quote.offset, quote.offset + quote.text.length)),
    ).to.deep.equal(['In 2022, cargo doubled. It grew.', 'Since 2022, China invested.']);
  });
});
