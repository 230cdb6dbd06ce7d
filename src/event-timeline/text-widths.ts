/**
 * Text widths for many labels at the price of a few measurements: the width
 * of a text in a simple script is the sum of its characters' advances plus an
 * adjustment for each pair of neighbours (kerning, a two-letter ligature), and
 * each character and each pair is measured once. Laying out a 2,000-event
 * timeline measured 2,000 titles one canvas call each, most of the crowd
 * layout's first cost; this needs a few hundred calls (docs/performance.md).
 *
 * Only scripts whose glyphs do not change with their context are summed:
 * Latin, Greek, Cyrillic, CJK and their punctuation. A text with any other
 * character (Arabic joins its letters, Indic scripts reorder theirs, an emoji
 * may be several code points) is measured whole, as before.
 *
 * @module
 */

/** Measures one text on the canvas, in px. */
export type MeasureText = (text: string) => number;

/** Code units whose glyph does not depend on its neighbours beyond pair kerning. */
function isSimple(code: number): boolean {
  return (
    (code >= 0x20 && code <= 0x24f) || // Basic Latin, Latin-1, Latin Extended A–B
    (code >= 0x370 && code <= 0x3ff && code !== 0x37e) || // Greek
    (code >= 0x400 && code <= 0x4ff) || // Cyrillic
    (code >= 0x2000 && code <= 0x206f && (code < 0x200b || code > 0x200f)) || // punctuation
    (code >= 0x3000 && code <= 0x30ff) || // CJK punctuation, kana
    (code >= 0x3400 && code <= 0x4dbf) || // CJK extension A
    (code >= 0x4e00 && code <= 0x9fff) || // CJK unified ideographs
    (code >= 0xff01 && code <= 0xff5e) // full-width forms
  );
}

/**
 * CJK ideographs: set on a full-width grid, with no kerning or ligature between
 * two of them (checked in Chromium for every ideograph pair of our stories, in
 * the page's fonts, Noto Sans CJK SC and serif: all 0 px), so such a pair is
 * not measured. A Chinese story's titles are mostly such pairs: at 2,000 events
 * they were 293 of the 337 measurements (docs/performance.md). Punctuation and
 * kana are not here: browsers trim the space between two full-width marks.
 */
function isIdeograph(code: number): boolean {
  return (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff);
}

/** Texts this short are measured whole: summing saves nothing. */
const SHORT = 3;

/**
 * A width function over `measureText` (one font) that sums characters and
 * pairs where the script allows it and measures whole otherwise; widths agree
 * with `measureText` of the whole text to a fraction of a pixel (tested).
 */
export function summedTextWidths(measureText: MeasureText): MeasureText {
  const advances = new Map<number, number>();
  const pairs = new Map<number, number>();
  const whole = new Map<string, number>();
  const advance = (code: number): number => {
    let width = advances.get(code);
    if (width === undefined) {
      width = measureText(String.fromCharCode(code));
      advances.set(code, width);
    }
    return width;
  };
  const measuredWhole = (text: string): number => {
    let width = whole.get(text);
    if (width === undefined) {
      width = measureText(text);
      whole.set(text, width);
    }
    return width;
  };
  return (text) => {
    if (text.length <= SHORT) return measuredWhole(text);
    for (let index = 0; index < text.length; index += 1) {
      if (!isSimple(text.charCodeAt(index))) return measuredWhole(text);
    }
    let width = 0;
    let previous = -1;
    for (let index = 0; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      const own = advance(code);
      width += own;
      if (previous >= 0 && !(isIdeograph(code) && isIdeograph(previous))) {
        const key = previous * 0x10000 + code;
        let adjustment = pairs.get(key);
        if (adjustment === undefined) {
          adjustment = measureText(String.fromCharCode(previous, code)) - advance(previous) - own;
          pairs.set(key, adjustment);
        }
        width += adjustment;
      }
      previous = code;
    }
    return width;
  };
}
