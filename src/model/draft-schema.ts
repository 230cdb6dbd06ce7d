/**
 * Drafts: a story as `npm run draft` writes it and the studio edits it, before
 * an editor has reviewed every event. A draft event (`"draft": true`) carries
 * what the source gives (its quote, taken by offset; a proposed date and
 * basis) and leaves out what only the editor can write: its title, summary
 * and category, and the date when the text must be read to give one. Nothing
 * is filled with placeholder text, so what is missing is the editor's work.
 *
 * The build refuses to publish a story that still has draft events and lists
 * them ({@link draftEventProblems}); the studio validates a draft with
 * {@link validateDraft} and shows the same checks as the build.
 *
 * @module
 */
import * as v from 'valibot';
import { formatPath, type StoryProblem } from './story-error.js';
import { EventSchema, SourceSchema, StorySchema } from './story-schema.js';
import { problemFromIssue } from './validate-story.js';

/**
 * The event fields a draft event may leave out: what only the editor can
 * write. A reviewed event has every one of them.
 */
export const DRAFT_OPTIONAL_EVENT_FIELDS = ['start', 'title', 'summary', 'category'] as const;

/** The story fields a story with draft events may leave out: the editor writes them last. */
export const DRAFT_OPTIONAL_STORY_FIELDS = ['title'] as const;

/** The source fields a story with draft events may leave out. */
export const DRAFT_OPTIONAL_SOURCE_FIELDS = ['publisher', 'title'] as const;

/** An event still to be reviewed: `draft: true`, without what the editor has yet to write. */
export const DraftEventSchema = v.looseObject(
  {
    ...EventSchema.entries,
    draft: v.literal(true, 'a draft event has "draft": true'),
    // DRAFT_OPTIONAL_EVENT_FIELDS (the JSON Schema file is made from that list):
    start: v.optional(EventSchema.entries.start),
    title: v.optional(EventSchema.entries.title),
    summary: v.optional(EventSchema.entries.summary),
    category: v.optional(EventSchema.entries.category),
  },
  'each event must be an object',
);

/** A reviewed event in a draft: every field, and `draft` absent or false. */
const ReviewedEventSchema = v.looseObject(
  {
    ...EventSchema.entries,
    draft: v.optional(v.literal(false, 'draft must be true (still to review) or absent')),
  },
  'each event must be an object',
);

/** A story that may still have draft events, and not yet its own title and publisher. */
export const DraftStorySchema = v.looseObject(
  {
    ...StorySchema.entries,
    // DRAFT_OPTIONAL_STORY_FIELDS and DRAFT_OPTIONAL_SOURCE_FIELDS:
    title: v.optional(StorySchema.entries.title),
    source: v.looseObject(
      {
        ...SourceSchema.pipe[0].entries,
        publisher: v.optional(SourceSchema.pipe[0].entries.publisher),
        title: v.optional(SourceSchema.pipe[0].entries.title),
      },
      'the source must be an object',
    ),
    events: v.array(
      v.variant('draft', [ReviewedEventSchema, DraftEventSchema]),
      'events must be a list',
    ),
  },
  'a story must be a JSON object',
);

export type DraftEvent = v.InferOutput<typeof DraftEventSchema>;
export type DraftStory = v.InferOutput<typeof DraftStorySchema>;

/** The outcome of {@link validateDraft}. */
export type DraftValidation =
  | { readonly ok: true; readonly draft: DraftStory }
  | { readonly ok: false; readonly problems: readonly StoryProblem[] };

/**
 * Checks the shape of a draft (the schema only: references, quotes and
 * coverage are checked as for a story, by the same functions). Never throws.
 */
export function validateDraft(input: unknown): DraftValidation {
  const parsed = v.safeParse(DraftStorySchema, input, { abortEarly: false });
  if (parsed.success) return { ok: true, draft: parsed.output };
  return { ok: false, problems: parsed.issues.map(problemFromIssue) };
}

/**
 * One problem for each event of `input` that is still a draft
 * (`events[3]: still a draft: review it in the studio`); none when `input`
 * has no events list. Untrusted input: anything that is not a draft event is
 * left to validation.
 */
export function draftEventProblems(input: unknown): StoryProblem[] {
  if (typeof input !== 'object' || input === null || !('events' in input)) return [];
  const { events } = input;
  if (!Array.isArray(events)) return [];
  const problems: StoryProblem[] = [];
  events.forEach((event: unknown, index) => {
    if (typeof event === 'object' && event !== null && 'draft' in event && event.draft === true) {
      problems.push({
        path: formatPath(['events', index]),
        message: 'still a draft: review it in the studio',
      });
    }
  });
  return problems;
}
