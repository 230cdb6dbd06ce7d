/**
 * How the graph draws a node and its name, as plain data the build's layout
 * and the canvas share: shape sizes, the label's font size and wrapping, and
 * the wrapped label itself. The layout (run at build time, without a canvas to
 * measure text) reserves room for exactly the lines the canvas then draws, so
 * that names laid out apart stay apart on screen.
 *
 * Widths are estimated from character classes, on the wide side (the figures
 * of DejaVu Sans, a wide sans-serif, rounded up): a label drawn in the page's
 * font is never wider than the room kept for it. Chinese names break between
 * words (`Intl.Segmenter`), Latin ones at spaces and after hyphens and dashes.
 *
 * @module
 */
import { canvasLabel } from './graph-elements.js';
import type { EntityKind } from './story-schema.js';

/** The label under every node, in graph units (CSS pixels at zoom 1). */
export const NODE_LABEL = {
  /** Font size of names. */
  fontSize: 14,
  /** Line height, as a multiple of the font size. */
  lineHeight: 1.25,
  /** Lines wrap at this width. */
  maxWidth: 150,
  /** Longer names end with "…" on the last line (the list and the selection show them whole). */
  maxLines: 3,
  /** Gap between a shape and its label. */
  margin: 5,
  /** Room around the text: the plate drawn behind it. */
  padding: 2,
} as const;

/** The diameter of each kind's shape. */
export const NODE_SIZES: Readonly<Record<EntityKind, number>> = {
  organisation: 30,
  company: 28,
  agreement: 30,
  country: 40,
  place: 26,
  person: 24,
  project: 28,
  work: 26,
  meeting: 30,
};

/** A name as the canvas draws it. */
export interface WrappedLabel {
  /** The lines, joined with line breaks (what cytoscape is given). */
  readonly text: string;
  readonly lines: readonly string[];
  /** The widest line, estimated, in graph units. */
  readonly width: number;
  /** All lines, in graph units. */
  readonly height: number;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const FULL_WIDTH =
  /[\u1100-\u115f\u2014\u2026\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;
/** Characters no line may start with, and after which none may end. */
const NO_BREAK_BEFORE = /[)\]}）】》〉」』”’、，。：；！？,.:;!?·・%]/u;
const NO_BREAK_AFTER = /[([{（【《〈「『“‘]/u;
/** A line may end after these inside a word ("Kassym-", "Aktau–"). */
const BREAK_AFTER = /[-–—/]/u;
/** Where a line had better end, when it can: after a space, a name separator, a dash or a comma. */
const GOOD_BREAK_AFTER = /[-–—/·・、，]/u;

/**
 * Advance widths in hundredths of an em of DejaVu Sans (a wide sans-serif,
 * Debian's default), rounded up: printable ASCII from U+0020, and Cyrillic
 * from U+0410. Other fonts of the same size are as wide or narrower.
 */
const ASCII_WIDTHS =
  '32,41,46,84,64,96,78,28,40,40,50,84,32,37,32,34,64,64,64,64,64,64,64,64,64,64,34,34,84,84,84,54,100,69,69,70,78,64,58,78,76,30,30,66,56,87,75,79,61,79,70,64,62,74,69,99,69,62,69,40,34,40,84,50,50,62,64,55,64,62,36,64,64,28,28,58,28,98,64,62,64,64,42,53,40,64,60,82,60,60,53,64,34,64,84'
    .split(',')
    .map(Number);
const CYRILLIC_WIDTHS =
  '69,69,69,61,79,64,108,65,75,75,71,76,87,76,79,76,61,70,62,61,87,69,78,69,107,110,84,89,69,70,108,70,62,62,59,53,70,62,91,54,65,65,61,64,76,66,62,66,64,55,59,60,86,60,69,60,92,95,71,79,59,55,85,61'
    .split(',')
    .map(Number);
/** Room for fonts a little wider than DejaVu Sans (Verdana). */
const SAFETY = 1.05;

/** The estimated width of one character, in ems. */
function charWidth(char: string): number {
  if (FULL_WIDTH.test(char)) return 1;
  // A letter with a diacritic is as wide as its base letter ("ü" as "u").
  const code = char.normalize('NFD').codePointAt(0) ?? 0;
  const ascii = ASCII_WIDTHS[code - 0x20];
  if (ascii !== undefined && code >= 0x20) return (ascii / 100) * SAFETY;
  const cyrillic = CYRILLIC_WIDTHS[code - 0x410];
  if (cyrillic !== undefined && code >= 0x410) return (cyrillic / 100) * SAFETY;
  if (code === 0x401 || code === 0x451) return 0.64 * SAFETY; // Ё, ё
  return CJK.test(char) ? 1 : 1.1 * SAFETY;
}

/** The estimated width of `text` at `fontSize`: never less than a browser draws it in a common sans-serif. */
export function estimateTextWidth(text: string, fontSize: number = NODE_LABEL.fontSize): number {
  let ems = 0;
  for (const char of text) ems += charWidth(char);
  return ems * fontSize;
}

/** A part of a name that is never broken, and whether a space comes before it. */
interface Piece {
  readonly text: string;
  readonly spaceBefore: boolean;
}

type WordSegmenter = (text: string) => string[];

let segmenter: WordSegmenter | undefined;

/** Word segments of CJK text; one per character where `Intl.Segmenter` is missing. */
function wordSegments(text: string): string[] {
  if (!segmenter) {
    const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
    if (Segmenter) {
      const words = new Segmenter('zh', { granularity: 'word' });
      segmenter = (input) => Array.from(words.segment(input), (part) => part.segment);
    } else {
      segmenter = (input) => Array.from(input);
    }
  }
  return segmenter(text);
}

/** Whether a line may break between `before` and `after` (two adjacent characters of a word). */
function mayBreakBetween(before: string, after: string): boolean {
  if (NO_BREAK_AFTER.test(before) || NO_BREAK_BEFORE.test(after)) return false;
  return BREAK_AFTER.test(before) || CJK.test(before) || CJK.test(after);
}

/**
 * Cuts a space-free word where a line may break: between Chinese words, and
 * after a hyphen or dash; `everyCharacter` also between any two CJK characters
 * (for a Chinese word too long for a line).
 */
function splitWord(word: string, everyCharacter = false): string[] {
  // Without CJK, only dashes and slashes allow a break (split below): the
  // segmenter's word boundaries would all be joined again, and it is slow.
  const segments = everyCharacter ? Array.from(word) : CJK.test(word) ? wordSegments(word) : [word];
  // Hyphens and dashes end a segment of their own too.
  const atoms = segments.flatMap((segment) => segment.split(/(?<=[-–—/])/u));
  const parts: string[] = [];
  for (const atom of atoms) {
    const previous = parts[parts.length - 1];
    const last = previous ? Array.from(previous).pop() : undefined;
    const first = Array.from(atom)[0];
    if (previous !== undefined && last && first && mayBreakBetween(last, first)) parts.push(atom);
    else if (previous !== undefined) parts[parts.length - 1] = previous + atom;
    else parts.push(atom);
  }
  return parts;
}

/** The pieces of a name, in order. */
function pieces(name: string, maxWidth: number, fontSize: number): Piece[] {
  const result: Piece[] = [];
  // Zero-width spaces mark break opportunities an author placed; they take no room.
  const words = name.split(/(\s+|\u200b)/u);
  let spaceBefore = false;
  for (const word of words) {
    if (word === '\u200b' || word === '') continue;
    if (/^\s+$/u.test(word)) {
      spaceBefore = true;
      continue;
    }
    const parts = splitWord(word).flatMap((part) =>
      estimateTextWidth(part, fontSize) > maxWidth && CJK.test(part)
        ? splitWord(part, true)
        : [part],
    );
    parts.forEach((text, index) => result.push({ text, spaceBefore: index === 0 && spaceBefore }));
    spaceBefore = false;
  }
  return result;
}

/** The text of a line of pieces. */
function joined(line: readonly Piece[]): string {
  return line
    .map((piece, index) => (index > 0 && piece.spaceBefore ? ' ' : '') + piece.text)
    .join('');
}

/** Whether a line may end well before `line[index]` (after a space, a dash, a name separator). */
function endsWell(line: readonly Piece[], index: number): boolean {
  const piece = line[index];
  const before = Array.from(line[index - 1]?.text ?? '').pop() ?? '';
  return piece === undefined || piece.spaceBefore || GOOD_BREAK_AFTER.test(before);
}

/** The last line shortened to fit with "…" after it: whole pieces dropped first, then characters. */
function withEllipsis(line: readonly Piece[], maxWidth: number, fontSize: number): string {
  const fits = (text: string) => estimateTextWidth(`${text}…`, fontSize) <= maxWidth;
  let kept = [...line];
  while (kept.length > 1 && !fits(joined(kept))) kept = kept.slice(0, -1);
  let chars = Array.from(joined(kept));
  while (chars.length > 1 && !fits(chars.join(''))) chars = chars.slice(0, -1);
  return `${chars.join('').replace(/[\s\-–—/·,，、]+$/u, '')}…`;
}

/** Options of `wrapLabel`; `NODE_LABEL` by default. */
export interface LabelOptions {
  readonly fontSize: number;
  readonly lineHeight: number;
  readonly maxWidth: number;
  readonly maxLines: number;
}

/**
 * A name wrapped into lines as the canvas draws it: greedy, at the break
 * opportunities of `pieces`, preferring to end a line after a space, a dash or
 * a name separator ("哈斯穆-卓玛尔特·" rather than "哈斯穆-卓玛尔特·托卡") when that
 * leaves it at least half full; at most `maxLines` lines, the last one ending
 * with "…" when the name is longer.
 */
export function wrapLabel(name: string, options: LabelOptions = NODE_LABEL): WrappedLabel {
  const { fontSize, maxWidth, maxLines } = options;
  const fits = (line: readonly Piece[]) => estimateTextWidth(joined(line), fontSize) <= maxWidth;
  const lines: Piece[][] = [];
  let line: Piece[] = [];
  for (const piece of pieces(name.trim(), maxWidth, fontSize)) {
    if (line.length === 0 || fits([...line, piece])) {
      line.push(piece);
      continue;
    }
    let cut = line.length;
    if (!endsWell([...line, piece], line.length)) {
      for (let index = line.length - 1; index > 0; index -= 1) {
        if (!endsWell(line, index)) continue;
        const halfFull = estimateTextWidth(joined(line.slice(0, index)), fontSize) >= maxWidth / 2;
        if (halfFull && fits([...line.slice(index), piece])) cut = index;
        break;
      }
    }
    lines.push(line.slice(0, cut));
    line = [...line.slice(cut), piece];
  }
  if (line.length > 0) lines.push(line);
  const shown = lines.slice(0, maxLines).map(joined);
  const last = lines[maxLines - 1];
  if (lines.length > maxLines && last) shown[maxLines - 1] = withEllipsis(last, maxWidth, fontSize);
  const width = Math.max(0, ...shown.map((text) => estimateTextWidth(text, fontSize)));
  return {
    text: shown.join('\n'),
    lines: shown,
    width,
    height: shown.length * fontSize * options.lineHeight,
  };
}

/** A name as a node's label: its abbreviation when it has one (`canvasLabel`), wrapped. */
export function nodeLabel(name: string): WrappedLabel {
  return wrapLabel(canvasLabel(name));
}

/** The room a node takes: its shape with the label under it, as a box around the node's position. */
export interface NodeBox {
  /** From the node's position to the box's left and right edges (the box is centred horizontally). */
  readonly halfWidth: number;
  /** From the node's position up to the top of the box (the top of the shape). */
  readonly above: number;
  /** From the node's position down to the bottom of the box (the bottom of the label). */
  readonly below: number;
}

/** The box of a node of `kind` labelled `label` (already wrapped). */
export function nodeBox(kind: EntityKind, label: WrappedLabel): NodeBox {
  const size = NODE_SIZES[kind];
  const { padding, margin } = NODE_LABEL;
  const labelHeight = label.lines.length > 0 ? label.height + 2 * padding : 0;
  return {
    halfWidth: Math.max(size, label.width + 2 * padding) / 2,
    above: size / 2,
    below: size / 2 + (labelHeight > 0 ? margin + labelHeight : 0),
  };
}

/**
 * The room to keep for a node whose name may be drawn in any of `names` (its
 * name in each of the story's languages): the widest and tallest of their boxes.
 */
export function roomForNames(kind: EntityKind, names: readonly string[]): NodeBox {
  const boxes = names.map((name) => nodeBox(kind, nodeLabel(name)));
  return {
    halfWidth: Math.max(NODE_SIZES[kind] / 2, ...boxes.map((box) => box.halfWidth)),
    above: NODE_SIZES[kind] / 2,
    below: Math.max(NODE_SIZES[kind] / 2, ...boxes.map((box) => box.below)),
  };
}
