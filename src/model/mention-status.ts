/**
 * The state of every date mention of a source, for the studio's highlighted
 * source text and `npm run draft`'s summary: covered by an event's quote,
 * excluded with a reason, or open (neither yet: the editor's work).
 *
 * @module
 */
import { checkCoverage, type CoverageInput } from './coverage.js';
import type { DateMention } from './date-mentions.js';
import type { TextLanguage } from './story-schema.js';

/** A date mention and what accounts for it. */
export type MentionStatus =
  | {
      readonly mention: DateMention;
      readonly status: 'covered';
      /** The first event (in story order) whose quote holds the mention. */
      readonly eventId: string;
      readonly eventIndex: number;
    }
  | {
      readonly mention: DateMention;
      readonly status: 'excluded';
      readonly exclusionIndex: number;
      /** The exclusion's reason, in the languages it is written in so far. */
      readonly reason: Partial<Record<TextLanguage, string>>;
    }
  | { readonly mention: DateMention; readonly status: 'open' };

/**
 * Every date mention of `source`, in reading order, with its status in
 * `story` (a story or a draft, however unfinished: only its source language,
 * event quotes and exclusions are read). A quote not found in the source covers nothing; an
 * exclusion that matches nothing excludes nothing (the build says why).
 */
export function mentionStatus(story: CoverageInput, source: string): MentionStatus[] {
  const exclusions = story.coverage?.exclusions ?? [];
  return checkCoverage(story, source).mentions.map(({ mention, cover }): MentionStatus => {
    if (cover?.by === 'event') {
      return { mention, status: 'covered', eventId: cover.id, eventIndex: cover.index };
    }
    if (cover?.by === 'exclusion') {
      const reason = exclusions[cover.index]?.reason ?? {};
      return { mention, status: 'excluded', exclusionIndex: cover.index, reason };
    }
    return { mention, status: 'open' };
  });
}

/** How many mentions are covered, excluded and open: the studio's count, the draft's summary. */
export function countMentionStatuses(
  statuses: readonly MentionStatus[],
): Readonly<Record<MentionStatus['status'], number>> {
  const counts = { covered: 0, excluded: 0, open: 0 };
  for (const { status } of statuses) counts[status] += 1;
  return counts;
}
