import { describe, it } from 'node:test';
import { expect } from '@esm-bundle/chai';
import { checkCoverage } from './coverage.js';
import { findDateMentions } from './date-mentions.js';
import type { TextLanguage } from './story-vocabulary.js';

/**
 * Sentences of the kind news and encyclopedias write, by language, with the
 * date expressions the coverage check must find in each (none: it must find
 * nothing). Those marked `real` are quoted from sources kept in the project
 * (test/fixtures/sources/, data/sources/); the others are written for this
 * test in the same style.
 */
interface Sentence {
  readonly text: string;
  readonly found: readonly string[];
  readonly real?: string;
}

const SENTENCES: Readonly<Record<TextLanguage, readonly Sentence[]>> = {
  en: [
    {
      text: "Ten years ago, the port handled less than half of today's cargo.",
      found: ['Ten years ago'],
    },
    {
      text: 'The treaty was signed in June and ratified a year later.',
      found: ['June', 'a year later'],
    },
    { text: 'Prince Vladimir was baptised in 988 and the city followed.', found: ['988'] },
    { text: 'The fortress was built around 500 BC on the hill.', found: ['500 BC'] },
    { text: 'Coins minted in AD 750 were found near the gate.', found: ['AD 750'] },
    { text: 'Julius Caesar was assassinated in 44 BC.', found: ['44 BC'] },
    { text: 'The church dates from c. 1900.', found: ['c. 1900'] },
    {
      text: 'Trade boomed in the 1990s and slowed in the early 2000s.',
      found: ['1990s', 'early 2000s'],
    },
    { text: 'The monastery was founded in the 7th century.', found: ['7th century'] },
    { text: 'In the 20th century the town grew quickly.', found: ['20th century'] },
    {
      text: 'The line closed in 1998; the following year it was dismantled.',
      found: ['1998', 'the following year'],
    },
    { text: 'Two decades later, a new bridge was opened.', found: ['Two decades later'] },
    {
      text: 'The works should be finished by the end of the year.',
      found: ['by the end of the year'],
    },
    { text: 'Over the past decades the population has doubled.', found: ['Over the past decades'] },
    {
      text: 'Since 2022, China also increased its involvement in the Middle Corridor projects, signing agreements with Kazakhstan, Georgia, and Azerbaijan, to develop infrastructure along the route.',
      found: ['2022'],
      real: 'test/fixtures/sources/middle-corridor-wikipedia.en.txt',
    },
    {
      text: 'Turkey positions itself as a key player between China and Europe through the Organization of Turkic States for the Middle Corridor, with cargo transportation increasing six-fold in the last decade.',
      found: ['in the last decade'],
      real: 'test/fixtures/sources/middle-corridor-wikipedia.en.txt',
    },
    {
      text: "In 2022, the Middle Corridor's cargo doubled to 1.5 million tons, while the Northern Route's shipping volume declined by 34%.",
      found: ['2022'],
      real: 'test/fixtures/sources/middle-corridor-wikipedia.en.txt',
    },
    { text: 'The runners covered 1500 metres in under four minutes.', found: [] },
    { text: 'The meeting took place in Room 2010 of the main building.', found: [] },
    { text: 'The company employs 1200 people at the plant.', found: [] },
    { text: 'The bridge is 1850 m long and carries 2000 cars a day.', found: [] },
    { text: 'Flight 1500 landed safely.', found: [] },
    { text: 'About 300 workers joined the strike; in 300 cases the court agreed.', found: [] },
    { text: 'The results may change, and the march was peaceful.', found: [] },
  ],
  ru: [
    { text: '10 лет назад порт принимал вдвое меньше грузов.', found: ['10 лет назад'] },
    { text: 'Крепость перестроили в XX веке.', found: ['XX веке'] },
    { text: 'В 1990-х годах завод закрыли.', found: ['1990-х годах'] },
    { text: 'В 1990-е годы город сильно изменился.', found: ['1990-е годы'] },
    { text: 'Год спустя договор был ратифицирован.', found: ['Год спустя'] },
    { text: 'Князь Владимир крестился в 988 году.', found: ['988 году'] },
    { text: 'Юлий Цезарь был убит в 44 г. до н. э.', found: ['44 г. до н. э.'] },
    { text: 'Церковь построена около 1900 г.', found: ['около 1900 г.'] },
    { text: 'Храм относится к VII веку.', found: ['VII веку'] },
    { text: 'Через два года линию продлили до моря.', found: ['Через два года'] },
    {
      text: 'Начало строительства трубопровода было положено 18 сентября 2002 года в Баку.',
      found: ['2002 года'],
      real: 'test/fixtures/sources/btc-pipeline-ruwiki.ru.txt',
    },
    { text: 'Бегуны пробежали 1500 метров.', found: [] },
    { text: 'Совещание прошло в комнате 2010.', found: [] },
    { text: 'За 3 года объём перевозок вырос вдвое.', found: [] },
    { text: 'В 3 года он уже читал, а в 300 домах не было света.', found: [] },
  ],
  zh: [
    { text: '公元前44年，恺撒遇刺。', found: ['公元前44年'] },
    { text: '该城市在20世纪90年代迅速发展。', found: ['20世纪90年代'] },
    { text: '这座寺庙建于7世纪。', found: ['7世纪'] },
    { text: '这座教堂约1900年建成。', found: ['约1900年'] },
    { text: '十年前，这里还是一片荒地。', found: ['十年前'] },
    { text: '次年，双方签署了协议。', found: ['次年'] },
    { text: '该城建于988年。', found: ['988年'] },
    {
      text: '2024年，阿塞拜疆与哈萨克斯坦之间的过境运输量超过350万吨，同比增长20%。',
      found: ['2024年'],
      real: 'data/sources/kazinform-2025-10-18-aliyev-interview.zh.txt',
    },
    { text: '跑道全长1500米。', found: [] },
    { text: '会议在2010号房间举行。', found: [] },
    { text: '项目将在3年内完成，约有250家企业参与。', found: [] },
  ],
};

describe('date mentions in real sentences', () => {
  for (const language of ['en', 'ru', 'zh'] as const) {
    for (const sentence of SENTENCES[language]) {
      const what = sentence.found.length > 0 ? sentence.found.join(', ') : 'nothing';
      it(`${language}: finds ${what} in "${sentence.text}"`, () => {
        const found = findDateMentions(sentence.text, language).map((mention) => mention.text);
        expect(found).to.deep.equal(sentence.found);
        // The coverage check asks about each one: in no event's quote, so a problem each.
        const { problems } = checkCoverage({ source: { language }, events: [] }, sentence.text);
        expect(problems.map((problem) => /"([^"]+)" \(/.exec(problem.message)?.[1])).to.deep.equal(
          sentence.found,
        );
      });
    }
  }
});

describe('the year a mention states', () => {
  it('reads years BC as astronomical years, decades and centuries from their first year', () => {
    const year = (text: string, language: TextLanguage) =>
      findDateMentions(text, language)[0]?.year;
    expect(year('in 44 BC', 'en')).to.equal(-43);
    expect(year('公元前44年', 'zh')).to.equal(-43);
    expect(year('в 44 г. до н. э.', 'ru')).to.equal(-43);
    expect(year('AD 750', 'en')).to.equal(750);
    expect(year('in 988 the', 'en')).to.equal(988);
    expect(year('в 988 году', 'ru')).to.equal(988);
    expect(year('the 7th century', 'en')).to.equal(600);
    expect(year('the 7th century BC', 'en')).to.equal(-699);
    expect(year('в XX веке', 'ru')).to.equal(1900);
    expect(year('20世纪90年代', 'zh')).to.equal(1990);
    expect(year('7世纪', 'zh')).to.equal(600);
    expect(year('в 1990-х годах', 'ru')).to.equal(1990);
    expect(year('c. 1900', 'en')).to.equal(1900);
    expect(year('около 1900 г.', 'ru')).to.equal(1900);
    expect(year('约1900年', 'zh')).to.equal(1900);
  });
});
