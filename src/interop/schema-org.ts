/**
 * schema.org JSON-LD for a page that shows a story: a `CreativeWork` (the
 * story) `about` the article it is drawn from (a `NewsArticle` with its
 * publisher, date and URL), that `mentions` its entities (each `sameAs` its
 * Wikidata page when the story gives a QID) and `citation`s every quote as a
 * `Quotation`. Written into the page as a `<script type="application/ld+json">`
 * data block, which browsers never run, so a strict CSP allows it.
 *
 * @module
 */
import type { Entity, Story, TextLanguage } from '../model/story-schema.js';
import { labelIn } from './label.js';

/** A Wikidata item id: Q and digits. */
export const WIKIDATA_QID = /^Q[1-9]\d*$/;

/** schema.org types for the story format's entity kinds. */
const ENTITY_TYPES: Readonly<Record<string, string>> = {
  organisation: 'Organization',
  company: 'Corporation',
  agreement: 'Legislation',
  country: 'Country',
  place: 'Place',
  person: 'Person',
  project: 'Project',
  work: 'CreativeWork',
  meeting: 'Event',
};

/** The entity's Wikidata page, when it carries a valid QID. */
export function wikidataUrl(entity: Entity): string | undefined {
  const qid = (entity as { wikidata?: unknown }).wikidata;
  return typeof qid === 'string' && WIKIDATA_QID.test(qid)
    ? `https://www.wikidata.org/wiki/${qid}`
    : undefined;
}

/** The story as schema.org JSON-LD, texts in `language`. */
export function storyJsonLd(story: Story, language: TextLanguage): Record<string, unknown> {
  const source = story.source;
  const article = {
    '@type': 'NewsArticle',
    headline: labelIn(source.title, language),
    inLanguage: source.language,
    datePublished: source.dateline,
    publisher: { '@type': 'Organization', name: labelIn(source.publisher, language) },
    ...(source.url !== undefined && { url: source.url }),
  };
  const quotes = [
    ...story.events.map((event) => event.quote),
    ...story.entities.flatMap((entity) => (entity.quote ? [entity.quote] : [])),
  ];
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    '@id': `#story-${story.id}`,
    name: labelIn(story.title, language),
    ...(story.summary !== undefined && { description: labelIn(story.summary, language) }),
    inLanguage: language,
    isBasedOn: article,
    about: article,
    mentions: story.entities.map((entity) => {
      const sameAs = wikidataUrl(entity) ?? entity.url;
      return {
        '@type': ENTITY_TYPES[entity.kind] ?? 'Thing',
        name: labelIn(entity.name, language),
        ...(sameAs !== undefined && { sameAs }),
      };
    }),
    citation: quotes.map((quote) => ({
      '@type': 'Quotation',
      text: quote.text,
      inLanguage: source.language,
      isPartOf: article,
    })),
  };
}

/**
 * The JSON-LD as an HTML data block. `<` is written `\u003c`, so no text of
 * the story can close the script element (`</script>`) or open a comment.
 */
export function jsonLdScript(data: Record<string, unknown>): string {
  const json = JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `<script type="application/ld+json">${json}</script>`;
}
