/**
 * Checks of a text file's form, below the story format: is it UTF-8, and is
 * its text in the one form quotes are compared in (no byte order mark, no
 * NUL, plain line breaks, Unicode NFC). Each is named as such, with what to
 * do: a quote that "is not in the source" because the source is stored
 * differently is a mystery to an editor; "the file has Windows line endings"
 * is not.
 *
 * @module
 */
import { formatCount, formatPosition, positionAt } from './text-position.js';

/**
 * The offset of the first byte that is not part of valid UTF-8 (a stray
 * continuation byte, a truncated or overlong sequence, a surrogate, a code
 * point past U+10FFFF), or -1 when all of it is valid.
 */
export function invalidUtf8At(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    let length: number;
    let min: number;
    if (lead >= 0xc2 && lead <= 0xdf) [length, min] = [2, 0x80];
    else if (lead >= 0xe0 && lead <= 0xef) [length, min] = [3, 0x800];
    else if (lead >= 0xf0 && lead <= 0xf4) [length, min] = [4, 0x10000];
    else return index;
    if (index + length > bytes.length) return index;
    let code = lead & (0xff >> (length + 1));
    for (let next = 1; next < length; next++) {
      const byte = bytes[index + next] ?? 0;
      if ((byte & 0xc0) !== 0x80) return index;
      code = (code << 6) | (byte & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return index;
    index += length;
  }
  return -1;
}

/** Why bytes are not UTF-8 text, and what to do; `what` names the file ("the source file"). */
export function notUtf8Message(bytes: Uint8Array, what: string): string {
  const at = Math.max(0, invalidUtf8At(bytes));
  let line = 1;
  for (let index = 0; index < at; index++) if (bytes[index] === 0x0a) line += 1;
  const byte = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  return (
    `${what} is not UTF-8 text: byte ${formatCount(at)} (line ${line}) is 0x${byte}, which UTF-8 does not allow there. ` +
    'It may be in Latin-1 or Windows-1252 (or not text at all): open it in an editor and save it as UTF-8.'
  );
}

/** A short piece of text around `start`, with its code points: `"é" (U+0065 U+0301)`. */
function codePoints(text: string): string {
  return Array.from(
    text,
    (char) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`,
  ).join(' ');
}

/** Where `text` and its NFC form first differ: the start of that character with its marks. */
function firstUnnormalised(text: string, composed: string): { start: number; end: number } {
  let index = 0;
  while (index < text.length && text.charCodeAt(index) === composed.charCodeAt(index)) index += 1;
  let start = index;
  while (start > 0 && /\p{M}/u.test(text.charAt(start))) start -= 1;
  let end = index + 1;
  while (end < text.length && /\p{M}/u.test(text.charAt(end))) end += 1;
  return { start, end };
}

/**
 * What is wrong with the form of a decoded text file: a byte order mark, NUL
 * characters (a binary file), Windows line endings, text not in Unicode NFC.
 * Each message names the place and what to do; `what` names the file.
 * Empty when the text is fine. Linear in the text.
 */
export function textFormProblems(text: string, what: string): string[] {
  const problems: string[] = [];
  if (text.charCodeAt(0) === 0xfeff) {
    problems.push(
      `${what} starts with a byte order mark (BOM, U+FEFF), which quote offsets would count. ` +
        'Save it as UTF-8 without BOM (most editors call it "UTF-8", not "UTF-8 with BOM").',
    );
  }
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    problems.push(
      `${what} holds NUL characters (the first at ${formatPosition(text, nul)}): it is a binary file, not plain text. ` +
        'Use the text itself, saved as a .txt file in UTF-8.',
    );
    return problems;
  }
  const carriageReturn = text.indexOf('\r');
  if (carriageReturn >= 0) {
    problems.push(
      `${what} has Windows line endings (CRLF, the first at the end of line ${positionAt(text, carriageReturn).line}). ` +
        'Save it with Unix line endings (LF), for example with `dos2unix`, then update its sha256.',
    );
  }
  const composed = text.normalize('NFC');
  if (composed !== text) {
    const { start, end } = firstUnnormalised(text, composed);
    const written = text.slice(start, end);
    problems.push(
      `${what} is not in Unicode NFC: at ${formatPosition(text, start)}, ${JSON.stringify(written.normalize('NFC'))} is stored as ` +
        `${codePoints(written)} instead of ${codePoints(written.normalize('NFC'))}, so a quote typed or pasted elsewhere will not match it. ` +
        'Convert the file to NFC (for example `uconv -x any-nfc`), then update its sha256.',
    );
  }
  return problems;
}
