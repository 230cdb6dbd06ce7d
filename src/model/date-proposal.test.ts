import { describe, it } from 'node:test';
import { expect } from '@esm-bundle/chai';
import { findDateMentions } from './date-mentions.js';
import { proposeDate, readCount, type DateProposal } from './date-proposal.js';
import { parsePartialDate } from './partial-date.js';
import type { TextLanguage } from './story-schema.js';

const DATELINE = parsePartialDate('2025-10-18');

/** The proposal for the mention `words` of `text` (its first occurrence). */
function proposalFor(
  text: string,
  words: string,
  language: TextLanguage,
  dateline = DATELINE,
): DateProposal | undefined {
  const mentions = findDateMentions(text, language);
  const mention = mentions.find((candidate) => candidate.text === words);
  if (!mention) throw new Error(`"${words}" is not a mention of "${text}"`);
  return proposeDate(text, mention, {
    dateline,
    language,
    sentence: { start: 0, end: text.length },
    mentions,
  });
}

/** The date fields a person reads: start, end, planned. */
const dateOf = (proposal: DateProposal | undefined) =>
  proposal && {
    start: proposal.start,
    end: proposal.end,
    precision: proposal.precision,
    planned: proposal.planned,
  };

describe('proposeDate: explicit dates at the precision the text gives', () => {
  it('reads a year as a year, never as a day', () => {
    expect(dateOf(proposalFor('1926年在巴库举行大会。', '1926年', 'zh'))).to.deep.equal({
      start: '1926',
      end: undefined,
      precision: 'year',
      planned: false,
    });
  });

  it('reads the month and day written with the year (zh, en, ru)', () => {
    expect(proposalFor('该项目于2025年3月签署。', '2025年', 'zh')?.start).to.equal('2025-03');
    expect(proposalFor('２０２５年１０月１８日发布。', '２０２５年', 'zh')?.start).to.equal(
      '2025-10-18',
    );
    expect(
      proposalFor('Since the war began in February 2014, it grew.', '2014', 'en')?.start,
    ).to.equal('2014-02');
    expect(proposalFor('It opened on 18 October 2025.', '2025', 'en')?.start).to.equal(
      '2025-10-18',
    );
    expect(proposalFor('It opened on October 18, 2025.', '2025', 'en')?.start).to.equal(
      '2025-10-18',
    );
    expect(
      proposalFor('после подписания 29 октября 1998 года в Анкаре', '1998 года', 'ru')?.start,
    ).to.equal('1998-10-29');
    expect(
      proposalFor('1 августа2002 года был учреждён консорциум.', '2002 года', 'ru')?.start,
    ).to.equal('2002-08-01');
    expect(proposalFor('Работы начались в апреле 2003 года.', '2003 года', 'ru')?.start).to.equal(
      '2003-04',
    );
    expect(
      proposalFor('Это было в мае 2005 года и в марте 2006 года.', '2006 года', 'ru')?.start,
    ).to.equal('2006-03');
  });

  it('reads an ISO date as a day and a range as its two years', () => {
    expect(proposalFor('date 2025-10-18 全文', '2025-10-18', 'zh')?.precision).to.equal('day');
    const roadmap = proposalFor('签署了《2022—2027年路线图》。', '2022', 'zh');
    expect([roadmap?.start, roadmap?.end]).to.deep.equal(['2022', '2027']);
    const decade = proposalFor('Trade grew in the 1990s.', '1990s', 'en');
    expect([decade?.start, decade?.end]).to.deep.equal(['1990', '1999']);
  });

  it('gives a month without a year the year stated before it, or the dateline’s with a basis', () => {
    const withYear = proposalFor('2025年1月至8月期间，贸易增长。', '8月', 'zh');
    expect([withYear?.start, withYear?.basis]).to.deep.equal(['2025-08', undefined]);
    const withoutYear = proposalFor('会议于10月25日举行。', '10月', 'zh');
    expect(withoutYear?.start).to.equal('2025-10-25');
    expect(withoutYear?.planned).to.equal(true);
    expect(withoutYear?.basis?.en).to.contain('no year').and.contain('2025');
  });

  it('proposes planned for a date after the dateline only', () => {
    expect(proposalFor('计划于2026年底完工。', '2026年', 'zh')?.planned).to.equal(true);
    expect(proposalFor('该项目于2025年3月签署。', '2025年', 'zh')?.planned).to.equal(false);
    expect(proposalFor('The line opens in November 2025.', '2025', 'en')?.planned).to.equal(true);
  });
});

describe('proposeDate: relative dates resolved against the dateline, the basis written out', () => {
  it('resolves last year in Chinese, English and Russian to the year before the dateline', () => {
    for (const [text, words, language] of [
      ['去年，首届峰会举行。', '去年', 'zh'],
      ['Last year the summit was held.', 'Last year', 'en'],
      ['В прошлом году прошёл саммит.', 'В прошлом году', 'ru'],
    ] as const) {
      const proposal = proposalFor(text, words, language);
      expect(dateOf(proposal), words).to.deep.equal({
        start: '2024',
        end: undefined,
        precision: 'year',
        planned: false,
      });
      expect(proposal?.basis?.en, words).to.contain(`“${words}”`).and.contain('2024');
      expect(proposal?.basis?.zh, words).to.contain('2025年10月18日').and.contain('2024年');
      expect(proposal?.basis?.ru, words).to.contain(words).and.contain('2024');
    }
  });

  it('resolves next year and this month, and marks what is still to come as planned', () => {
    expect(dateOf(proposalFor('明年将迎来纪念活动。', '明年', 'zh'))).to.deep.equal({
      start: '2026',
      end: undefined,
      precision: 'year',
      planned: true,
    });
    expect(proposalFor('Talks were held last month.', 'last month', 'en')?.start).to.equal(
      '2025-09',
    );
    const soon = proposalFor('记者：您即将对哈萨克斯坦进行国事访问。', '即将', 'zh');
    expect([soon?.start, soon?.planned]).to.deep.equal(['2025', true]);
    expect(soon?.basis?.en).to.contain('still to come');
    expect(
      proposalFor('В ближайшее время пройдёт встреча.', 'В ближайшее время', 'ru')?.planned,
    ).to.equal(true);
  });

  it('writes the basis as each language writes it', () => {
    const lastMonth = proposalFor(
      'В прошлом месяце… Talks were held last month.',
      'last month',
      'en',
    );
    expect(lastMonth?.basis).to.deep.equal({
      en: '“last month”: 1 month before the dateline (18 Oct 2025) → Sept 2025.',
      zh: '原文“last month”：发稿日期（2025年10月18日）的前一个月，即2025年9月。',
      ru: '«last month»: за месяц до даты публикации (18 окт. 2025 г.) → сент. 2025 г.',
    });
    expect(proposalFor('за последние 5 лет', 'за последние 5 лет', 'ru')?.basis?.ru).to.contain(
      'за 5 лет до даты публикации',
    );
    expect(proposalFor('за последние 3 года', 'за последние 3 года', 'ru')?.basis?.ru).to.contain(
      'за 3 года до',
    );
  });

  it('counts an anniversary back from the year it is celebrated in', () => {
    const english = proposalFor(
      'This year marks the 20th anniversary of the treaty.',
      '20th anniversary',
      'en',
    );
    expect(english?.start).to.equal('2005');
    expect(english?.basis?.en).to.equal('“20th anniversary” in 2025 (the dateline’s year) → 2005.');
    const stated = proposalFor('2023年举办了纪念托卡耶夫100周年的会议。', '100周年', 'zh');
    expect(stated?.start).to.equal('1923');
    expect(stated?.basis?.zh).to.contain('2023年').and.contain('1923年');
    expect(proposalFor('今年迎来条约二十周年纪念。', '二十周年', 'zh')?.start).to.equal('2005');
    expect(proposalFor('Отмечали 30-летие договора.', '30-летие', 'ru')?.start).to.equal('1995');
  });

  it('gives a counted period as the span up to the dateline', () => {
    const period = proposalFor('在过去三年里，我将迎来第七次访问。', '过去三年', 'zh');
    expect([period?.start, period?.end]).to.deep.equal(['2022', '2025']);
    const english = proposalFor(
      'Trade doubled over the past five years.',
      'over the past five years',
      'en',
    );
    expect([english?.start, english?.end]).to.deep.equal(['2020', '2025']);
  });

  it('proposes nothing where the text must be read to date it', () => {
    expect(proposalFor('同一时期，托卡耶夫总统也六次访问。', '同一时期', 'zh')).to.equal(undefined);
    expect(proposalFor('过去几十年间，我们构建了伙伴关系。', '过去几十年', 'zh')).to.equal(
      undefined,
    );
    expect(proposalFor('Since then, trade has grown.', 'Since then', 'en')).to.equal(undefined);
    expect(proposalFor('С тех пор торговля выросла.', 'С тех пор', 'ru')).to.equal(undefined);
  });
});

describe('readCount', () => {
  it('reads digits and Chinese numerals', () => {
    expect(['20', '二十', '一百', '十五', '两', '一百一十五', '115'].map(readCount)).to.deep.equal([
      20, 20, 100, 15, 2, 115, 115,
    ]);
    expect(readCount('几')).to.equal(undefined);
  });
});
