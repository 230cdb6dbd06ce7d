/**
 * Positions in a source text, for messages an editor can act on: a line and
 * column to jump to, and a short excerpt to recognise the place by.
 *
 * Offsets are UTF-16 code units (JavaScript string indexes), as everywhere in
 * the story format; columns count the same units, as most editors do.
 *
 * @module
 */

/** A 1-based line and column in a text. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/** The line and column of `offset` in `text` (both 1-based). */
export function positionAt(text: string, offset: number): TextPosition {
  const before = text.slice(0, Math.max(0, offset));
  const lineStart = before.lastIndexOf('\n') + 1;
  let line = 1;
  for (let index = before.indexOf('\n'); index >= 0; index = before.indexOf('\n', index + 1)) {
    line += 1;
  }
  return { line, column: before.length - lineStart + 1 };
}

/** `line 15, column 8`, the form used in every message. */
export function formatPosition(text: string, offset: number): string {
  const { line, column } = positionAt(text, offset);
  return `line ${line}, column ${column}`;
}

/**
 * The text from `start` to `end` with up to `context` characters either side,
 * on one line, with "…" where it was cut: `"…平衡遭破坏的问题，但遗憾…"`.
 */
export function excerpt(text: string, start: number, end: number, context = 12): string {
  const from = Math.max(0, start - context);
  const to = Math.min(text.length, end + context);
  const body = text.slice(from, to).replace(/\s*\n\s*/g, ' ');
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
}

/** At most `length` characters of `text`, with "…" when it was shortened. */
export function shorten(text: string, length = 24): string {
  const flat = text.replace(/\s*\n\s*/g, ' ');
  return flat.length <= length ? flat : `${flat.slice(0, length)}…`;
}
