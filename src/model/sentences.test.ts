import { describe, it } from 'node:test';
import { expect } from '@esm-bundle/chai';
import {
  isSentenceEnd,
  isSentenceStart,
  sentenceEndAfter,
  sentenceStartBefore,
} from './sentences.js';

const zh = '第一句。第二句，有逗号；还有分号！\n他说：“好。”第三句？';

describe('sentence edges (zh)', () => {
  it('starts a sentence at the text, a paragraph or after a terminator', () => {
    expect(isSentenceStart(zh, 0, 'zh')).to.be.true;
    expect(isSentenceStart(zh, zh.indexOf('第二句'), 'zh')).to.be.true;
    expect(isSentenceStart(zh, zh.indexOf('他说'), 'zh')).to.be.true;
    expect(isSentenceStart(zh, zh.indexOf('有逗号'), 'zh')).to.be.false;
    expect(isSentenceStart(zh, zh.indexOf('还有'), 'zh')).to.be.false; // after ；
  });

  it('ends a sentence after a terminator and any closing quotation mark', () => {
    expect(isSentenceEnd(zh, zh.indexOf('第二句'), 'zh')).to.be.true;
    expect(isSentenceEnd(zh, zh.indexOf('\n'), 'zh')).to.be.true;
    expect(isSentenceEnd(zh, zh.indexOf('”'), 'zh')).to.be.false; // the ” belongs to the sentence
    expect(isSentenceEnd(zh, zh.indexOf('”') + 1, 'zh')).to.be.true;
    expect(isSentenceEnd(zh, zh.indexOf('，'), 'zh')).to.be.false;
    expect(isSentenceEnd(zh, zh.length, 'zh')).to.be.true;
  });

  it('finds where the sentence around an offset begins and ends', () => {
    const inside = zh.indexOf('有逗号');
    expect(
      zh.slice(sentenceStartBefore(zh, inside, 'zh'), sentenceEndAfter(zh, inside, 'zh')),
    ).to.equal('第二句，有逗号；还有分号！');
  });
});

describe('speaker labels', () => {
  it('starts a sentence after the label that opens an interview paragraph, in any language', () => {
    const zhText = '记者：您即将访问。\n阿利耶夫总统：两国关系稳固。他说：好。';
    expect(isSentenceStart(zhText, zhText.indexOf('您'), 'zh')).to.be.true;
    expect(isSentenceStart(zhText, zhText.indexOf('两国'), 'zh')).to.be.true;
    expect(isSentenceStart(zhText, zhText.indexOf('好'), 'zh')).to.be.false; // mid-paragraph colon
    const enText = 'Reporter: How do you see it?';
    expect(isSentenceStart(enText, enText.indexOf('How'), 'en')).to.be.true;
  });
});

describe('sentence edges (en)', () => {
  it('needs white space after a full stop, so a decimal point is not an end', () => {
    const en = 'Trade reached 3.5 million. It grew.';
    expect(isSentenceEnd(en, en.indexOf('5 million') - 1, 'en')).to.be.false;
    expect(isSentenceEnd(en, en.indexOf(' It'), 'en')).to.be.true;
    expect(isSentenceStart(en, en.indexOf('It'), 'en')).to.be.true;
    expect(isSentenceStart(en, en.indexOf('million'), 'en')).to.be.false;
  });
});

describe('opening quotation marks and brackets', () => {
  it('belong to the sentence they open, even right after the last one ends (zh)', () => {
    const text = '进展如何？“中间走廊”意味着什么？（笑）很好。';
    const quoteMark = text.indexOf('“');
    expect(isSentenceEnd(text, quoteMark, 'zh')).to.be.true;
    expect(isSentenceStart(text, quoteMark, 'zh')).to.be.true;
    expect(isSentenceStart(text, quoteMark + 1, 'zh')).to.be.false;
    expect(sentenceEndAfter(text, 1, 'zh')).to.equal(quoteMark);
    const inside = text.indexOf('意味');
    expect(
      text.slice(sentenceStartBefore(text, inside, 'zh'), sentenceEndAfter(text, inside, 'zh')),
    ).to.equal('“中间走廊”意味着什么？');
    expect(isSentenceStart(text, text.indexOf('（'), 'zh')).to.be.true;
  });
});

describe('sentence edges (ru)', () => {
  it('does not end a sentence at an abbreviation followed by a lower-case word', () => {
    const ru = 'В 1926 г. в Баку прошёл съезд. Он стал вехой («историческим событием»).';
    expect(isSentenceEnd(ru, ru.indexOf(' в Баку'), 'ru')).to.be.false;
    expect(isSentenceStart(ru, ru.indexOf('в Баку'), 'ru')).to.be.false;
    expect(isSentenceEnd(ru, ru.indexOf(' Он'), 'ru')).to.be.true;
    expect(isSentenceStart(ru, ru.indexOf('Он'), 'ru')).to.be.true;
    expect(isSentenceEnd(ru, ru.length, 'ru')).to.be.true;
    expect(isSentenceEnd(ru, ru.indexOf('»'), 'ru')).to.be.false;
  });
});

describe('long paragraphs', () => {
  it('finds the same sentences in a paragraph of many thousand characters, one sentence longer than 4,000', () => {
    const sentences = [
      ...Array.from({ length: 300 }, (_, index) => `Sentence ${index} is here.`),
      `A long one ${'with words '.repeat(600)}ends.`,
      ...Array.from({ length: 300 }, (_, index) => `Then ${index} follows!`),
    ];
    const text = sentences.join(' ');
    const expected: number[] = [];
    let offset = 0;
    for (const sentence of sentences) {
      expected.push(offset);
      offset += sentence.length + 1;
    }
    const found: number[] = [];
    for (let index = 0; index < text.length; index++) {
      if (text.charAt(index) !== ' ' && isSentenceStart(text, index, 'en')) found.push(index);
    }
    expect(found).to.deep.equal(expected);
  });
});
