/**
 * Numbers as texts write them: digits (ASCII or full-width), Chinese numerals
 * ("二十", "两"), English and Russian number words. Shared by the date-mention
 * rules (the year "公元前44年" states) and the date proposals ("十年前", "two
 * decades later", "через два года").
 *
 * @module
 */

/** ASCII digits for full-width ones, so one pattern reads both. */
export const asciiDigits = (text: string): string =>
  text.replace(/[０-９]/g, (char) => String(char.charCodeAt(0) - 0xff10));

const CHINESE_NUMERALS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** A number written in digits or Chinese numerals up to 999 ("二十", "一百", "30"). */
export function readCount(text: string): number | undefined {
  const digits = /[0-9]+/.exec(asciiDigits(text));
  if (digits) return Number(digits[0]);
  let total = 0;
  let pending = 0;
  let seen = false;
  for (const char of text) {
    const digit = CHINESE_NUMERALS[char];
    if (digit !== undefined) {
      pending = digit;
      seen = true;
    } else if (char === '十' || char === '百') {
      total += (pending === 0 ? 1 : pending) * (char === '十' ? 10 : 100);
      pending = 0;
      seen = true;
    }
  }
  return seen ? total + pending : undefined;
}

/** English number words a date counts with ("a year later", "two decades ago"). */
export const EN_NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  'a hundred': 100,
};

/** Russian number words a date counts with ("через два года", "двух лет"). */
export const RU_NUMBER_WORDS: Readonly<Record<string, number>> = {
  один: 1,
  одного: 1,
  два: 2,
  двух: 2,
  три: 3,
  трёх: 3,
  трех: 3,
  четыре: 4,
  пять: 5,
  шесть: 6,
  семь: 7,
  восемь: 8,
  девять: 9,
  десять: 10,
  двадцать: 20,
  тридцать: 30,
  сто: 100,
};
