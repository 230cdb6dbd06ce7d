/**
 * The story `npm run draft` writes for a source text: one draft event per
 * dated sentence (see `event-proposal.ts`), nothing else invented. What the
 * editor has to write (titles, summaries, categories, entities, relations,
 * quote translations, the story's own title and publisher) is left out, not
 * filled with placeholders; the build lists the drafts until they are reviewed.
 *
 * @module
 */
import type { DraftEvent, DraftStory } from './draft-schema.js';
import { proposeEventsForSource, type EventProposal } from './event-proposal.js';
import type { TextLanguage } from './story-schema.js';

/** What a draft is made from. */
export interface DraftInput {
  /** The story id, which names its file: lower-case words joined by hyphens. */
  readonly id: string;
  /** The full source text. */
  readonly sourceText: string;
  /** The source file as the story names it, relative to the story file. */
  readonly sourceFile: string;
  /** SHA-256 of the source file's bytes (64 lower-case hex digits). */
  readonly sha256: string;
  /** The source's dateline: `"2025-10-18"`. */
  readonly dateline: string;
  readonly language: TextLanguage;
  /** The JSON Schema the file points at, relative to the story file. */
  readonly schema?: string;
}

/** The draft event for one proposal; `index` numbers its id (`draft-1`, `draft-2`, …). */
export function draftEventFrom(proposal: EventProposal, index: number): DraftEvent {
  const { date } = proposal;
  return {
    id: `draft-${index + 1}`,
    draft: true,
    ...(date ? { start: date.start } : {}),
    ...(date?.end ? { end: date.end } : {}),
    ...(date?.planned ? { planned: true } : {}),
    ...(date?.basis ? { dateBasis: date.basis } : {}),
    entities: [],
    quote: { text: proposal.quote.text, offset: proposal.quote.offset },
  };
}

/** The draft story for a source: its events proposed, its source recorded with its hash. */
export function draftStory(input: DraftInput): DraftStory {
  const proposals = proposeEventsForSource(input.sourceText, {
    dateline: input.dateline,
    language: input.language,
  });
  return {
    $schema: input.schema ?? '../story.schema.json',
    id: input.id,
    // The source's language: the one every label is then written in first.
    languages: [input.language],
    source: {
      file: input.sourceFile,
      sha256: input.sha256,
      dateline: input.dateline,
      language: input.language,
    },
    events: proposals.map(draftEventFrom),
    entities: [],
    relations: [],
  };
}
