/**
 * Positions in a source text, for messages an editor can act on: a line and
 * column to jump to, and a short excerpt to recognise the place by.
 *
 * Offsets are UTF-16 code units (JavaScript string indexes), as everywhere in
 * the story format; columns count the same units, as most editors do.
 *
 * Every function here is linear in what it reads, whatever the text holds: a
 * message is built for each problem, and a source of 60,000 spaces once made a
 * backtracking regular expression take minutes per message.
 *
 * @module
 */

/** A 1-based line and column in a text. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/** Where each line of the text last asked about starts: one pass, reused for every message. */
let cachedLines: { readonly text: string; readonly starts: readonly number[] } | undefined;

function lineStarts(text: string): readonly number[] {
  if (cachedLines?.text !== text) {
    const starts = [0];
    for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) {
      starts.push(index + 1);
    }
    cachedLines = { text, starts };
  }
  return cachedLines.starts;
}

/** The line and column of `offset` in `text` (both 1-based). */
export function positionAt(text: string, offset: number): TextPosition {
  const at = Math.min(Math.max(0, offset), text.length);
  const starts = lineStarts(text);
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if ((starts[middle] ?? 0) <= at) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: at - (starts[low] ?? 0) + 1 };
}

/** `line 15, column 8`, the form used in every message. */
export function formatPosition(text: string, offset: number): string {
  const { line, column } = positionAt(text, offset);
  return `line ${line}, column ${column}`;
}

/** How many places a message lists before it only counts the rest. */
export const PLACES_LISTED = 3;

/**
 * A few places and a count of the rest: `line 3, column 1; line 9, column 4;
 * line 12, column 2 … and 49,997 more`. `count` is how many places there are
 * in all (`offsets` may hold only the first few).
 */
export function formatPlaces(
  text: string,
  offsets: readonly number[],
  count = offsets.length,
): string {
  const listed = offsets.slice(0, PLACES_LISTED).map((offset) => formatPosition(text, offset));
  const rest = count - listed.length;
  return rest > 0 ? `${listed.join('; ')} … and ${formatCount(rest)} more` : listed.join('; ');
}

/** A count as messages write it: `49,997`. */
export function formatCount(count: number): string {
  return count.toLocaleString('en');
}

const isWhiteSpace = (code: number): boolean =>
  code === 0x20 ||
  (code >= 0x09 && code <= 0x0d) ||
  code === 0xa0 ||
  code === 0x1680 ||
  (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 ||
  code === 0x2029 ||
  code === 0x202f ||
  code === 0x205f ||
  code === 0x3000 ||
  code === 0xfeff;

/**
 * The text on one line: every run of white space that holds a line break
 * becomes one space (other runs stay as they are). Reads at most as far as it
 * needs for `limit` characters of output, in one pass.
 */
export function flattenLines(text: string, limit = Infinity): string {
  let out = '';
  let index = 0;
  while (index < text.length && out.length < limit) {
    if (!isWhiteSpace(text.charCodeAt(index))) {
      const start = index;
      const room = limit - out.length;
      while (index < text.length && index - start < room && !isWhiteSpace(text.charCodeAt(index)))
        index += 1;
      out += text.slice(start, index);
      continue;
    }
    const start = index;
    let breaksLine = false;
    while (index < text.length && isWhiteSpace(text.charCodeAt(index))) {
      const code = text.charCodeAt(index);
      if (code === 0x0a || code === 0x0d) breaksLine = true;
      index += 1;
      // A run too long to show: stop reading it once the output is full.
      if (!breaksLine && index - start + out.length > limit) break;
    }
    out += breaksLine ? ' ' : text.slice(start, index);
  }
  return out;
}

/**
 * The text from `start` to `end` with up to `context` characters either side,
 * on one line, with "…" where it was cut: `"…平衡遭破坏的问题，但遗憾…"`.
 */
export function excerpt(text: string, start: number, end: number, context = 12): string {
  const from = Math.max(0, start - context);
  const to = Math.min(text.length, end + context);
  const body = flattenLines(text.slice(from, to));
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
}

/** At most `length` characters of `text`, with "…" when it was shortened. */
export function shorten(text: string, length = 24): string {
  const flat = flattenLines(text, length + 1);
  return flat.length <= length ? flat : `${flat.slice(0, length)}…`;
}
