/**
 * Search that forgives how people type names: in any of the story's scripts,
 * in another romanisation, in another grammatical form. "tokaev", "Tokayev",
 * "Токаев" and "Токаева" all find President Tokayev; "cables" finds a cable,
 * "Баку" finds Baku.
 *
 * Latin and Cyrillic words are compared by a *key*: the word case-folded,
 * stripped of accents, its inflectional ending removed (Russian cases, English
 * plurals), Cyrillic romanised, and common romanisation variants folded
 * together (kh/h, zh/dzh/j, ay/ai/ey/ei, a doubled letter). A query word finds
 * a text when the key of one of the text's words begins with the query word's
 * key, so a word still being typed finds what it begins. Chinese (and other
 * scripts without spaces between words) is matched as a substring of the text.
 *
 * @module
 */

/** A text prepared for searching: the keys of its words and its folded whole. */
export interface SearchableText {
  /** One key per distinct word (Latin or Cyrillic, romanised and folded). */
  readonly keys: readonly string[];
  /** The whole text case-folded and without accents, for substring matches. */
  readonly folded: string;
}

/** One word of a query, and how it is matched. */
export type QueryWord =
  | { readonly match: 'prefix'; readonly key: string }
  | { readonly match: 'substring'; readonly text: string };

/** Scripts written without spaces between words: matched as substrings. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
/** A word: letters and digits, with apostrophes inside ("Aliyev's") dropped first. */
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Russian inflectional endings, longest first. Not "-ов"/"-ев"/"-ин": they end
 * surnames (Токаев, Алиев) as often as they mark a case.
 */
const RUSSIAN_ENDINGS = [
  'иями',
  'ями',
  'ами',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'ах',
  'ях',
  'ой',
  'ей',
  'ий',
  'ый',
  'ая',
  'яя',
  'ое',
  'ее',
  'ую',
  'юю',
  'ых',
  'их',
  'ым',
  'им',
  'ом',
  'ем',
  'ам',
  'ям',
  'а',
  'я',
  'у',
  'ю',
  'е',
  'ы',
  'и',
  'о',
  'ь',
];

/** The shortest stem an ending may leave: "Баку" keeps "бак", "мир" stays whole. */
const MIN_STEM = 3;

/** Cyrillic letters (Russian, Kazakh) in a plain romanisation; folded further below. */
const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  // Kazakh
  ә: 'a',
  ғ: 'g',
  қ: 'k',
  ң: 'n',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  і: 'i',
};

/** Latin letters that accent stripping does not reduce (Azerbaijani, Turkish, German). */
const LATIN_SPECIALS: Readonly<Record<string, string>> = {
  ə: 'a',
  ı: 'i',
  ş: 'sh',
  ç: 'ch',
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
  ł: 'l',
};

/** Romanisation variants folded into one spelling, applied in this order. */
const VARIANTS: readonly (readonly [RegExp, string])[] = [
  [/dzh|dj|zh/g, 'j'],
  [/kh/g, 'h'],
  [/ph/g, 'f'],
  [/x/g, 'ks'],
  [/w/g, 'v'],
  // A final z sounds s: KazMunaiGaz/KazMunayGas.
  [/z$/, 's'],
  // A glide after a vowel is dropped: Tokayev/Токаев, KazMunayGas/KazMunaiGaz,
  // Aliyev/Алиев, Azerbaijan/Азербайджан.
  [/([aeiou])y+/g, '$1'],
  [/([aeo])i/g, '$1'],
  // Any other y is an i: Kassym/Касым, Kurmangazy/Курмангазы.
  [/y/g, 'i'],
  // A doubled letter counts once: Kassym/Касым.
  [/(\p{L})\1+/gu, '$1'],
];

/** Lower case, Unicode-composed, apostrophes removed. */
function foldCase(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/['’ʼ]/g, '');
}

/** Drops accents ("Türkiye" → "turkiye") after the letters accents cannot reduce. */
function stripAccents(text: string): string {
  return text
    .replace(/[əışçßøæœđł]/g, (char) => LATIN_SPECIALS[char] ?? char)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
}

/** Removes one inflectional ending, if what is left is long enough to be a stem. */
function stem(word: string): string {
  if (CYRILLIC.test(word)) {
    for (const ending of RUSSIAN_ENDINGS) {
      if (word.endsWith(ending) && word.length - ending.length >= MIN_STEM) {
        return word.slice(0, -ending.length);
      }
    }
    return word;
  }
  return englishStem(word);
}

/** English plurals and the commonest verb endings: cables, treaties, signed, signing. */
function englishStem(word: string): string {
  const strip = (suffix: string, replacement = '') =>
    word.endsWith(suffix) && word.length - suffix.length >= MIN_STEM
      ? word.slice(0, -suffix.length) + replacement
      : undefined;
  return (
    strip('ies', 'y') ??
    (/(?:s|x|z|ch|sh)es$/.test(word) ? strip('es') : undefined) ??
    (/[^su]s$/.test(word) ? strip('s') : undefined) ??
    strip('ing') ??
    strip('ed') ??
    word
  );
}

/** The key of one (case-folded) word: romanised, accents stripped, variants folded. */
function wordKey(word: string): string {
  let key = stripAccents(
    word.replace(/\p{Script=Cyrillic}/gu, (char) => CYRILLIC_TO_LATIN[char] ?? char),
  );
  for (const [pattern, replacement] of VARIANTS) key = key.replace(pattern, replacement);
  return key;
}

/** Prepares texts (in any languages) for {@link matchesQuery}. */
export function searchableText(texts: readonly string[]): SearchableText {
  const folded = stripAccents(foldCase(texts.join('\n')));
  const keys = new Set<string>();
  for (const text of texts) {
    for (const [word] of foldCase(text).matchAll(WORD)) {
      if (!UNSPACED.test(word)) keys.add(wordKey(word));
    }
  }
  return { keys: [...keys], folded };
}

/** The words of a query, each with how it is matched; empty for a blank query. */
export function parseQuery(query: string): QueryWord[] {
  const words: QueryWord[] = [];
  for (const part of foldCase(query).split(/\s+/)) {
    if (UNSPACED.test(part)) {
      words.push({ match: 'substring', text: stripAccents(part) });
      continue;
    }
    for (const [word] of part.matchAll(WORD)) {
      const key = wordKey(stem(word));
      if (key !== '') words.push({ match: 'prefix', key });
    }
  }
  return words;
}

/** Whether a text holds every word of a query (a blank query finds everything). */
export function matchesQuery(text: SearchableText, query: readonly QueryWord[]): boolean {
  return query.every((word) =>
    word.match === 'substring'
      ? text.folded.includes(word.text)
      : text.keys.some((key) => key.startsWith(word.key)),
  );
}
