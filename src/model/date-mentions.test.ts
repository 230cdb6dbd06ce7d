import { describe, it } from 'node:test';
import { expect } from '@esm-bundle/chai';
import { findDateMentions } from './date-mentions.js';

const texts = (text: string, language: 'zh' | 'en' | 'ru' = 'zh') =>
  findDateMentions(text, language).map((mention) => mention.text);

describe('findDateMentions (zh)', () => {
  it('finds every year followed by 年, with its offset and stated year', () => {
    const mentions = findDateMentions('该组织于2009年成立。1926年的大会。', 'zh');
    expect(
      mentions.map(({ text, kind, start, end, year }) => ({ text, kind, start, end, year })),
    ).to.deep.equal([
      { text: '2009年', kind: 'year', start: 4, end: 9, year: 2009 },
      { text: '1926年', kind: 'year', start: 12, end: 17, year: 1926 },
    ]);
  });

  it('finds the first year of a range, which 年 does not follow', () => {
    expect(texts('《2022—2027年路线图》')).to.deep.equal(['2022', '2027年']);
    expect(texts('2022至2027年')).to.deep.equal(['2022', '2027年']);
    expect(findDateMentions('2022-2027年', 'zh')[0]?.year).to.equal(2022);
  });

  it('reads full-width and Chinese-numeral years', () => {
    expect(findDateMentions('２０２４年', 'zh')[0]?.year).to.equal(2024);
    expect(findDateMentions('二〇二五年', 'zh')[0]?.year).to.equal(2025);
  });

  it('finds the relative expressions resolved against the dateline', () => {
    expect(texts('今年、去年、明年、近期、即将召开、此后、同一时期、上一年同期')).to.deep.equal([
      '今年',
      '去年',
      '明年',
      '近期',
      '即将',
      '此后',
      '同一时期',
      '上一年',
    ]);
  });

  it('finds anniversaries and periods, which have no year of their own', () => {
    const mentions = findDateMentions(
      '迎来20周年纪念；一百周年；过去三年里；近年来；过去几十年间；多年来',
      'zh',
    );
    expect(mentions.map((mention) => [mention.text, mention.kind])).to.deep.equal([
      ['20周年', 'anniversary'],
      ['一百周年', 'anniversary'],
      ['过去三年', 'period'],
      ['近年来', 'period'],
      ['过去几十年', 'period'],
      ['多年来', 'period'],
    ]);
    expect(mentions.every((mention) => mention.year === undefined)).to.be.true;
  });

  it('finds a month without its year, but not the month of a year already found', () => {
    expect(texts('2025年1月至8月期间；10月18日')).to.deep.equal(['2025年', '8月', '10月']);
  });

  it('finds ISO dates such as a dateline, once', () => {
    expect(texts(' date 2025-10-18 以下')).to.deep.equal(['2025-10-18']);
  });

  it('leaves present-tense words and plain numbers alone', () => {
    expect(texts('目前约有250家企业，当前、如今；每年150万吨；约170份文件')).to.deep.equal([]);
  });
});

describe('findDateMentions (en, ru)', () => {
  it('finds English years, relative dates and anniversaries; the longer phrase wins', () => {
    expect(
      texts(
        'In 2024 trade grew. Earlier this year, the 20th anniversary; 3,500 tonnes; over the past three years',
        'en',
      ),
    ).to.deep.equal(['2024', 'Earlier this year', '20th anniversary', 'over the past three years']);
  });

  it('finds Russian years with год and relative dates', () => {
    expect(texts('В 2024 году и в прошлом году; 20-летие; в 2022–2027 гг.', 'ru')).to.deep.equal([
      '2024 году',
      'в прошлом году',
      '20-летие',
      '2022',
      '2027 гг.',
    ]);
  });
});
