/**
 * Finding a quote's place in its source: the paragraph around it and the text
 * split into paragraphs, with the quote's span marked. Offsets are UTF-16 code
 * units (JavaScript string indexes), as the build records them.
 *
 * @module
 */

/** A stretch of text, marked when it is (part of) the quote. */
export interface TextSegment {
  readonly text: string;
  readonly quoted: boolean;
}

/** A paragraph of the source, split around the quote. */
export interface SourceParagraph {
  /** Offset of the paragraph's first character in the source. */
  readonly offset: number;
  readonly segments: readonly TextSegment[];
  /** Whether the quote (or part of it) lies in this paragraph. */
  readonly containsQuote: boolean;
}

/** Where a quote is: found at its recorded offset, or searched for. */
export function locateQuote(source: string, quote: string, offset?: number): number {
  if (offset !== undefined && source.startsWith(quote, offset)) return offset;
  return source.indexOf(quote);
}

function splitSegments(
  text: string,
  base: number,
  quoteStart: number,
  quoteEnd: number,
): TextSegment[] {
  const start = Math.max(quoteStart - base, 0);
  const end = Math.min(quoteEnd - base, text.length);
  if (quoteStart < 0 || end <= 0 || start >= text.length) return [{ text, quoted: false }];
  return [
    { text: text.slice(0, start), quoted: false },
    { text: text.slice(start, end), quoted: true },
    { text: text.slice(end), quoted: false },
  ].filter((segment) => segment.text !== '');
}

/**
 * The source as paragraphs (one per non-blank line), the quote's span marked.
 * `quoteStart` of -1 marks nothing.
 */
export function sourceParagraphs(
  source: string,
  quoteStart: number,
  quoteLength: number,
): SourceParagraph[] {
  const paragraphs: SourceParagraph[] = [];
  const quoteEnd = quoteStart + quoteLength;
  let offset = 0;
  for (const line of source.split('\n')) {
    const lineOffset = offset;
    offset += line.length + 1;
    if (line.trim() === '') continue;
    const containsQuote =
      quoteStart >= 0 && quoteStart < lineOffset + line.length && quoteEnd > lineOffset;
    paragraphs.push({
      offset: lineOffset,
      segments: containsQuote
        ? splitSegments(line, lineOffset, quoteStart, quoteEnd)
        : [{ text: line, quoted: false }],
      containsQuote,
    });
  }
  return paragraphs;
}

/** The paragraph(s) that hold the quote, or undefined when the quote is not in the source. */
export function quoteInContext(
  source: string,
  quote: string,
  offset?: number,
): SourceParagraph[] | undefined {
  const start = locateQuote(source, quote, offset);
  if (start < 0) return undefined;
  return sourceParagraphs(source, start, quote.length).filter(
    (paragraph) => paragraph.containsQuote,
  );
}
