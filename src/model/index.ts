/**
 * The pure data layer: story types and schema, partial dates, validation,
 * the editorial review (quotes, evidence, coverage) and compilation.
 * No DOM here, so the build (in Node) and the widgets (in the browser) share
 * one implementation of every rule.
 *
 * @module
 */
export * from './story-schema.js';
export * from './story-error.js';
export * from './partial-date.js';
export * from './validate-story.js';
export * from './text-position.js';
export * from './date-mentions.js';
export * from './sentences.js';
export * from './quote-location.js';
export * from './quote-checks.js';
export * from './relation-evidence.js';
export * from './coverage.js';
export * from './entity-use.js';
export * from './review-story.js';
export * from './compile-story.js';
export * from './text-encoding.js';
export * from './input-limits.js';
export * from './draft-schema.js';
export * from './date-proposal.js';
export * from './event-proposal.js';
export * from './mention-status.js';
export * from './draft-story.js';
export * from './entity-registry.js';
export * from './collection.js';
export * from './collection-story.js';
export * from './site-entry.js';
