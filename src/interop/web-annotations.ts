/**
 * W3C Web Annotations (JSON-LD) for a story's quotes: one annotation per event
 * (and per entity that carries its own quote), whose target is the passage of
 * the source the quote is: a `TextQuoteSelector` (exact, prefix, suffix) and a
 * `TextPositionSelector` counted in Unicode code points, as the Web Annotation
 * Data Model counts characters (JavaScript strings count UTF-16 units: a
 * character outside the Basic Multilingual Plane is two of them, one here).
 * Where the article's URL is known, a second target links to the passage in
 * it with a text fragment (`#:~:text=`).
 *
 * @module
 */
import type { Quote, Story, TextLanguage } from '../model/story-schema.js';
import { labelIn } from './label.js';

/** The Web Annotation JSON-LD context. */
export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** How many characters of context the quote selector gives on each side. */
const CONTEXT_CODE_POINTS = 32;

/** A text selector as the model defines it. */
export type Selector =
  | { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string }
  | { type: 'TextPositionSelector'; start: number; end: number };

/** One annotation, ready for JSON. */
export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'describing';
  body: { type: 'TextualBody'; value: string; language: TextLanguage; format: 'text/plain' }[];
  target: ({ source: string; selector: Selector[] } | string)[];
}

/** The annotations of a story, as an `AnnotationCollection` with one page. */
export interface AnnotationCollection {
  '@context': string;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; items: WebAnnotation[] };
}

/** Options: the IRIs the annotations are named by. */
export interface AnnotationOptions {
  /** The language of the bodies (the event titles). */
  readonly language: TextLanguage;
  /** The IRI the collection and annotations are named under; a URN by default. */
  readonly baseIri?: string;
}

/** Where `quote` starts in `text` (UTF-16), its offset if the build wrote one. */
function quoteStart(text: string, quote: Quote): number {
  if (quote.offset !== undefined && text.startsWith(quote.text, quote.offset)) return quote.offset;
  return text.indexOf(quote.text);
}

/** Percent-encodes a text fragment term: `-`, `,` and `&` are its syntax. */
function fragmentTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

/**
 * A text-fragment link to `quote` in the article at `url`: the whole quote
 * when it is short and on one line, else its first and last words
 * (`textStart,textEnd`), which is how long passages are linked.
 */
export function textFragmentLink(url: string, quote: string): string {
  const base = url.replace(/#.*$/s, '');
  const lines = quote.split('\n').filter((line) => line.trim() !== '');
  const first = lines[0]?.trim() ?? quote;
  const last = lines[lines.length - 1]?.trim() ?? quote;
  if (lines.length <= 1 && Array.from(first).length <= 80)
    return `${base}#:~:text=${fragmentTerm(first)}`;
  const spaced = /\s/.test(first);
  const start = spaced
    ? first.split(/\s+/).slice(0, 5).join(' ')
    : Array.from(first).slice(0, 10).join('');
  const end = spaced ? last.split(/\s+/).slice(-5).join(' ') : Array.from(last).slice(-10).join('');
  return `${base}#:~:text=${fragmentTerm(start)},${fragmentTerm(end)}`;
}

/** The two selectors of the quote that starts at `start` (UTF-16) in `text`. */
export function quoteSelectors(text: string, start: number, exact: string): Selector[] {
  const before = Array.from(text.slice(0, start));
  const after = Array.from(text.slice(start + exact.length));
  const startPoint = before.length;
  return [
    {
      type: 'TextQuoteSelector',
      exact,
      prefix: before.slice(-CONTEXT_CODE_POINTS).join(''),
      suffix: after.slice(0, CONTEXT_CODE_POINTS).join(''),
    },
    { type: 'TextPositionSelector', start: startPoint, end: startPoint + Array.from(exact).length },
  ];
}

/**
 * The story's quotes as Web Annotations. `story.source.text` must be present
 * (a compiled story has it); quotes not found in it are left out.
 */
export function storyToWebAnnotations(
  story: Story,
  options: AnnotationOptions,
): AnnotationCollection {
  const base = options.baseIri ?? `urn:history-explorer:${story.id}`;
  const text = story.source.text ?? '';
  const sourceIri = story.source.url ?? `${base}:source`;
  const quoted = [
    ...story.events.map((event) => ({ id: event.id, title: event.title, quote: event.quote })),
    ...story.entities.flatMap((entity) =>
      entity.quote ? [{ id: entity.id, title: entity.name, quote: entity.quote }] : [],
    ),
  ];
  const items: WebAnnotation[] = [];
  for (const { id, title, quote } of quoted) {
    const start = quoteStart(text, quote);
    if (start < 0) continue;
    const target: WebAnnotation['target'] = [
      { source: sourceIri, selector: quoteSelectors(text, start, quote.text) },
    ];
    if (story.source.url !== undefined) target.push(textFragmentLink(story.source.url, quote.text));
    items.push({
      id: `${base}:annotation:${id}`,
      type: 'Annotation',
      motivation: 'describing',
      body: [
        {
          type: 'TextualBody',
          value: labelIn(title, options.language),
          language: options.language,
          format: 'text/plain',
        },
      ],
      target,
    });
  }
  return {
    '@context': ANNOTATION_CONTEXT,
    id: `${base}:annotations`,
    type: 'AnnotationCollection',
    label: labelIn(story.title, options.language),
    total: items.length,
    first: { id: `${base}:annotations:page-1`, type: 'AnnotationPage', items },
  };
}
