/**
 * The date expressions each source language writes, as patterns: the rules
 * `findDateMentions` (date-mentions.ts) runs. Years of any length where the
 * words say they are years ("in 988", "44 BC", "公元前44年", "в 988 году"),
 * approximate years ("c. 1900", "约1900年", "около 1900 г."), decades and
 * centuries ("the 1990s", "the 7th century", "20世纪90年代", "VII век"), months
 * without a year, and the relative expressions news writes most ("10 years
 * ago", "a year later", "год спустя", "次年"). A number followed by a unit
 * ("1500 metres", "3 года") or after a word that numbers things ("Room 2010")
 * is not a year.
 *
 * @module
 */
import type { DateMentionKind } from './date-mentions.js';
import { asciiDigits, readCount } from './numerals.js';
import type { TextLanguage } from './story-vocabulary.js';

/** One pattern of a language's date expressions. */
export interface DateMentionRule {
  readonly kind: DateMentionKind;
  /** Matched against the whole source; flags other than `g` are kept. */
  readonly pattern: RegExp;
  /**
   * The astronomical year the matched text states (-43 for "44 BC"; the first
   * year of a decade or century). Without it, year and date mentions state the
   * first four digits they hold.
   */
  readonly year?: (text: string) => number | undefined;
}

/** Rules every language shares: ISO dates such as a dateline "2025-10-18". */
const COMMON_RULES: readonly DateMentionRule[] = [
  { kind: 'date', pattern: /(?<![0-9])[0-9]{4}-[0-9]{2}-[0-9]{2}(?![0-9])/ },
];

const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** The value of a Roman numeral (XX → 20, VII → 7). */
export function romanValue(text: string): number {
  let total = 0;
  for (let index = 0; index < text.length; index++) {
    const value = ROMAN[text.charAt(index)] ?? 0;
    const next = ROMAN[text.charAt(index + 1)] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** The astronomical year of a year before the common era: 44 BC is -43 (1 BC is year 0). */
const beforeCommonEra = (year: number): number => 1 - year;

/** The first year of a century: the 7th is 600 (EDTF 06XX), the 7th BC begins in -699. */
const centuryStart = (century: number, before: boolean): number =>
  before ? beforeCommonEra(century * 100) : (century - 1) * 100;

/** The first number written in digits in `text`. */
const firstNumber = (text: string): number | undefined => {
  const match = /[0-9]+/.exec(text);
  return match ? Number(match[0]) : undefined;
};

const EN_MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** Months that are not also everyday words ("May" is a verb too, so it needs a preposition). */
const EN_PLAIN_MONTH =
  '(?:January|February|March|April|June|July|August|September|October|November|December)';
/** What a number followed by it counts: not a year. */
const EN_UNITS =
  '(?:m|km|cm|mm|metres?|meters?|kilomet(?:re|er)s?|miles?|feet|foot|ft|yards?|tonnes?|tons?|kg|kilograms?|grams?|litres?|liters?|hectares?|ha|acres?|people|persons|troops|soldiers|men|women|children|workers|residents|inhabitants|households|cars|vehicles|ships|units|rooms|beds|seats|pages|copies|dollars|euros|pounds|roubles|rubles|yuan|tenge|manat|MW|GW|kW|kWh|MWh|km2|sq|square|percent|per cent|%|years?|months?|days?|hours?|minutes?|degrees?|cases|times|votes|points|jobs|companies|firms|families|visitors|tourists|passengers|students|members|delegates|containers|wagons|trains|flights|projects|articles)';
/** Words that number a thing rather than date it: "Room 2010", "Flight 1500". */
const EN_NUMBERING =
  '(?:Room|room|No\\.|no\\.|Nos\\.|Number|number|Page|page|p\\.|pp\\.|Flight|flight|Route|route|Highway|highway|Article|article|Section|section|Chapter|chapter|Resolution|resolution|Rule|rule|Bus|bus|Platform|platform|Gate|gate|Unit|unit|Block|block|Lot|lot|Case|case|Model|model|Item|item|Line|line|Order|order)';
const EN_COUNT =
  '(?:[0-9]+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|a few|a couple of|several|many)';
const EN_ORDINAL_CENTURY =
  '(?:[0-9]{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)';
const EN_ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
  'twenty-first',
];

/** The century an English phrase names: "the 7th century BC" → -699, "the twentieth century" → 1900. */
function englishCentury(text: string): number | undefined {
  const lower = text.toLowerCase();
  const number =
    firstNumber(lower) ?? EN_ORDINALS.findIndex((word) => lower.includes(`${word} `)) + 1;
  if (!number) return undefined;
  return centuryStart(number, /\bb\.?c/.test(lower));
}

/** Words that may follow a year in running text ("in 988 the prince…"); a noun would make it a count ("in 300 cases"). */
const EN_FUNCTION_WORD =
  '(?:the|a|an|and|or|but|when|as|he|she|it|they|we|after|before|at|on|by|to|with|under|during|its|his|her|their|was|were|is|had|has|that|which|this|there|until)';

/** English. A four-digit year 1000-2099 standing alone, or any year the words mark as one. */
const EN_RULES: readonly DateMentionRule[] = [
  {
    kind: 'year',
    pattern: new RegExp(
      `\\b(?:1[0-9]|20)[0-9]{2}(?<!(?:\\b${EN_NUMBERING}\\s?|[$€£¥#])[0-9]{4})s?\\b(?!\\s*${EN_UNITS}\\b)(?!\\s*%)`,
    ),
  },
  // "in 988", "since 750", "c. 900": a year below 1000 where a word says it is one.
  {
    kind: 'year',
    pattern: new RegExp(
      `\\b[1-9](?<=\\b(?:[Ii]n|[Ss]ince|[Ff]rom|[Uu]ntil|[Tt]ill|[Bb]y|[Bb]efore|[Aa]fter|[Yy]ear)\\s[1-9])[0-9]{2}\\b(?![.,][0-9])(?=\\s*(?:[.,;:)!?]|$|[A-Z]|${EN_FUNCTION_WORD}\\b))`,
    ),
    year: firstNumber,
  },
  {
    kind: 'year',
    pattern: /\b[0-9]{1,4}\s?(?:BCE|BC|B\.C\.E\.|B\.C\.)(?![A-Za-z])/,
    year: (text) => beforeCommonEra(firstNumber(text) ?? 0),
  },
  {
    kind: 'year',
    pattern: /\b(?:AD|A\.D\.)\s?[0-9]{1,4}\b|\b[0-9]{1,4}\s?(?:AD|A\.D\.|CE)(?![A-Za-z])/,
    year: firstNumber,
  },
  {
    kind: 'year',
    pattern: new RegExp(
      `\\b(?:c\\.|ca\\.|circa|around|about)\\s?[0-9]{3,4}\\b(?!\\s*(?:BC|BCE|B\\.C\\.|AD|CE)\\b)(?![.,][0-9])(?!\\s*${EN_UNITS}\\b)`,
      'i',
    ),
    year: firstNumber,
  },
  // "the early 2000s", "the mid-1990s": a part of a decade.
  {
    kind: 'year',
    pattern: /\b(?:early|mid|late)[- ](?:1[0-9]|20)[0-9]0s\b/i,
    year: firstNumber,
  },
  {
    kind: 'period',
    pattern: new RegExp(
      `\\b(?:(?:early|mid|late)[- ])?${EN_ORDINAL_CENTURY}[- ]centur(?:y|ies)(?:\\s?(?:BCE|BC|B\\.C\\.|AD|CE)(?![A-Za-z]))?`,
      'i',
    ),
    year: englishCentury,
  },
  {
    kind: 'month',
    pattern: new RegExp(`\\b${EN_MONTH}\\s+[0-9]{1,2}\\b|\\b[0-9]{1,2}\\s+${EN_MONTH}\\b`),
  },
  // A month without a year or day ("in June"); "May" only after a word that dates it.
  {
    kind: 'month',
    pattern: new RegExp(
      `(?<![0-9]\\s)\\b(?:${EN_PLAIN_MONTH}|(?<=\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ee]arly|[Ll]ate|[Mm]id-|[Ll]ast|[Nn]ext|[Tt]his|[Ff]rom|[Oo]f)\\s?)May)\\b(?!\\s+[0-9])`,
    ),
  },
  {
    kind: 'relative',
    pattern:
      /\b(?:(?:earlier |later )?this year|last year|next year|the previous year|this month|last month|next month|recently|soon|upcoming|forthcoming|since then|in the same period)\b/i,
  },
  {
    kind: 'relative',
    pattern: new RegExp(
      `\\b(?:${EN_COUNT} (?:years?|months?|decades?|centuries|century) (?:ago|later|earlier|afterwards|before that)|decades ago|years ago|the (?:following|next|same) (?:year|month|decade)|the year (?:before|after)|a year (?:before|after)|(?:earlier|later) that year|(?:by|at|until|before) the (?:end|beginning|start|middle) of (?:the|that|this|last|next) year|that year)\\b`,
      'i',
    ),
  },
  {
    kind: 'anniversary',
    pattern: /\b[0-9]+(?:st|nd|rd|th) anniversary\b|\bcentenar(?:y|ies)\b|\bcentennial\b/i,
  },
  {
    kind: 'period',
    pattern:
      /\b(?:in recent years|in recent decades|for many years|for decades|(?:over |in |during )?the (?:past|last) (?:[0-9]+ |two |three |four |five |six |seven |eight |nine |ten |few |several |many )?(?:years|months|decades|centuries)|(?:over |in |during )?the (?:past|last) (?:decade|century))\b/i,
  },
];

/** Russian numerals a relative date counts with. */
const RU_COUNT =
  '(?:[0-9]+|один|одного|два|двух|три|трёх|трех|четыре|пять|шесть|семь|восемь|девять|десять|двадцать|тридцать|сто|полтора|несколько|много)';
const RU_YEAR_WORD = '(?:гг?\\.|год[а-яё]*)';
const RU_BEFORE_ERA = '(?:до\\s?н\\.\\s?э\\.|до нашей эры)';

/** Russian. `\b` does not work for Cyrillic, so word edges are spelled out. */
const RU_RULES: readonly DateMentionRule[] = [
  {
    kind: 'year',
    pattern: /(?<![0-9])[0-9]{4}(?=\s*[—–-]\s*[0-9]{4}\s*(?:гг?\.|год))/u,
  },
  { kind: 'year', pattern: new RegExp(`(?<![0-9])[0-9]{4}\\s*${RU_YEAR_WORD}`, 'u') },
  // "в 988 году", "с 750 г.": a year below 1000 after a preposition and before "год".
  {
    kind: 'year',
    pattern:
      /[1-9](?<=(?:^|[^а-яё])[Вв]\s[1-9])[0-9]{2}\s?(?:г\.|году)(?![а-яё])|[1-9](?<=(?:^|[^а-яё])(?:[Сс]|[Дд]о|[Кк]|[Оо]т|[Пп]о)\s[1-9])[0-9]{2}\s?(?:г\.|года|году)(?![а-яё])/u,
    year: firstNumber,
  },
  {
    kind: 'year',
    pattern: new RegExp(`(?<![0-9])[0-9]{1,4}\\s?(?:${RU_YEAR_WORD}\\s?)?${RU_BEFORE_ERA}`, 'u'),
    year: (text) => beforeCommonEra(firstNumber(text) ?? 0),
  },
  {
    kind: 'year',
    pattern: new RegExp(
      `(?<![а-яё])(?:около|ок\\.|примерно|приблизительно|порядка)\\s?[0-9]{3,4}\\s?${RU_YEAR_WORD}`,
      'iu',
    ),
    year: firstNumber,
  },
  // Decades: "1990-е", "в 1990-х годах", "1990-е годы".
  {
    kind: 'year',
    pattern: /(?<![0-9])[0-9]{3}0-(?:е|х)(?:\s?(?:годы|годах|годов|гг\.))?(?![а-яё])/u,
    year: firstNumber,
  },
  // Centuries: "VII век", "в XX веке", "V в. до н. э.".
  {
    kind: 'period',
    pattern: new RegExp(
      `(?<![A-Za-zА-Яа-яё])[IVXLC]+\\s?(?:век[а-яё]*|вв?\\.)(?:\\s?${RU_BEFORE_ERA})?`,
      'u',
    ),
    year: (text) => {
      const roman = /[IVXLC]+/.exec(text)?.[0] ?? '';
      return centuryStart(romanValue(roman), text.includes('до'));
    },
  },
  {
    kind: 'relative',
    pattern:
      /(?<![а-яё])(?:в этом году|в прошлом году|в следующем году|в ближайшее время|в скором времени|недавно|предстоящ[а-яё]*|с тех пор|в тот же период)(?![а-яё])/iu,
  },
  {
    kind: 'relative',
    pattern: new RegExp(
      `(?<![а-яё])(?:(?:${RU_COUNT}\\s)?(?:год|года|лет|месяц[а-яё]*|десятилети[а-яё]*|век[а-яё]*)\\s(?:назад|спустя)|через\\s(?:${RU_COUNT}\\s)?(?:год|года|лет|месяц[а-яё]*)|годом (?:позже|ранее|раньше)|на следующий год|в том же году|в тот год|к (?:концу|началу|середине) (?:года|этого года|того года))(?![а-яё])`,
      'iu',
    ),
  },
  { kind: 'anniversary', pattern: /[0-9]+-?лети[яюеи]/iu },
  {
    kind: 'period',
    pattern:
      /(?<![а-яё])(?:в последние годы|в последние десятилетия|за последние [0-9а-яё]+ (?:года|лет|десятилетия)|за последние десятилетия)(?![а-яё])/iu,
  },
];

const ZH_DIGIT = '[0-9０-９]';
const ZH_NUMERAL = '[0-9０-９一二两三四五六七八九十]';

/**
 * Chinese. Present-tense words (目前, 当前, 如今) are deliberately not listed:
 * they describe the state of things at the dateline, not a dated event.
 */
const ZH_RULES: readonly DateMentionRule[] = [
  // The first year of a range, "2022—2027年": the year that the 年 does not follow.
  {
    kind: 'year',
    pattern: new RegExp(
      `(?<!${ZH_DIGIT})${ZH_DIGIT}{4}(?=\\s*[—–―\\-－~～至到]\\s*${ZH_DIGIT}{4}\\s*年)`,
    ),
  },
  { kind: 'year', pattern: new RegExp(`(?<!${ZH_DIGIT})${ZH_DIGIT}{4}\\s*年`) },
  { kind: 'year', pattern: /[〇零一二三四五六七八九]{4}年/ },
  {
    kind: 'year',
    pattern: /公元前\s*[0-9０-９]{1,4}\s*年/,
    year: (text) => beforeCommonEra(readCount(text) ?? 0),
  },
  { kind: 'year', pattern: /公元\s*[0-9０-９]{1,4}\s*年/, year: readCount },
  // "于988年": a three-digit year after a word that dates it; "988年来" counts years.
  {
    kind: 'year',
    pattern: new RegExp(
      `${ZH_DIGIT}(?<=(?:于|在|至|到|从|自|是)\\s?${ZH_DIGIT})${ZH_DIGIT}{2}\\s*年(?![代间来内后前])`,
    ),
    year: readCount,
  },
  {
    kind: 'year',
    pattern: new RegExp(
      `(?:约|大约|大概|约在)\\s*${ZH_DIGIT}{3,4}\\s*年|(?<!${ZH_DIGIT})${ZH_DIGIT}{4}\\s*年(?:左右|前后)`,
    ),
    year: (text) => firstNumber(asciiDigits(text)),
  },
  // Decades: "20世纪90年代", "1990年代".
  {
    kind: 'year',
    pattern: new RegExp(`${ZH_NUMERAL}{1,3}\\s*世纪\\s*${ZH_DIGIT}0\\s*年代`),
    year: (text) => {
      const [century, decade] = text.split('世纪');
      return ((readCount(century ?? '') ?? 1) - 1) * 100 + (readCount(decade ?? '') ?? 0);
    },
  },
  {
    kind: 'year',
    pattern: new RegExp(`(?<!${ZH_DIGIT})${ZH_DIGIT}{3}0\\s*年代`),
    year: firstNumber,
  },
  // Centuries: "7世纪", "二十世纪初", "公元前5世纪".
  {
    kind: 'period',
    pattern: new RegExp(`(?:公元前)?${ZH_NUMERAL}{1,3}\\s*世纪(?:初|末|中叶|上半叶|下半叶)?`),
    year: (text) =>
      centuryStart(readCount(text.replace(/^公元前/, '')) ?? 1, text.startsWith('公元前')),
  },
  // A month without its year ("1月至8月" after "2025年", "10月18日"); a month
  // that follows 年 is part of the year's mention already.
  { kind: 'month', pattern: new RegExp(`(?<![0-9０-９年])${ZH_DIGIT}{1,2}月`) },
  {
    kind: 'relative',
    pattern:
      /今年|去年|明年|前年|后年|本月|上月|下月|近期|近日|日前|即将|此前|此后|同一时期|上一年/,
  },
  {
    kind: 'relative',
    pattern: new RegExp(
      `次年|翌年|同年|第二年|(?<![0-9０-９〇零一二三四五六七八九])(?:${ZH_DIGIT}{1,2}|[一二两三四五六七八九十几数]+)(?:个)?(?:年|十年)(?:前|后|之后|以后|以前)`,
    ),
  },
  { kind: 'anniversary', pattern: /[0-9０-９一二三四五六七八九十百]+周年/ },
  {
    kind: 'period',
    pattern: /近年来|多年来|近几十年|(?:过去|最近|近)[0-9０-９一二两三四五六七八九十几数]+个?年/,
  },
];

/** The date expressions the coverage check looks for, by source language. */
export const DATE_MENTION_RULES: Readonly<Record<TextLanguage, readonly DateMentionRule[]>> = {
  zh: [...COMMON_RULES, ...ZH_RULES],
  en: [...COMMON_RULES, ...EN_RULES],
  ru: [...COMMON_RULES, ...RU_RULES],
};
