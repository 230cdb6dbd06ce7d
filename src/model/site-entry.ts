/**
 * What the site's home page says about a story or a collection: its title and
 * summary, the period its events cover, how many events, its languages and its
 * sources. Pure data, from the compiled story (a collection as one story).
 *
 * @module
 */
import { membersOf } from './collection-story.js';
import { sourceOf } from './collection-story.js';
import {
  isDate,
  parseEventDates,
  tryParsePartialDate,
  yearRange,
  type PartialDate,
} from './partial-date.js';
import { storyLanguages } from './story-languages.js';
import {
  TEXT_LANGUAGES,
  type LocalText,
  type Story,
  type StorySource,
  type TextLanguage,
} from './story-schema.js';

/** One line of the home page. */
export interface SiteEntry {
  readonly kind: 'story' | 'collection';
  readonly id: string;
  readonly title: LocalText;
  readonly summary?: LocalText;
  /** The first and last years the events reach (end dates included); undefined without events. */
  readonly period?: { readonly from: number; readonly to: number };
  readonly events: number;
  /** The languages the story is written in, its source's first. */
  readonly languages: readonly TextLanguage[];
  readonly sources: readonly StorySource[];
}

/**
 * The years one event covers: from the first year its start may be to the last
 * its end may be (`199X` counts 1990 to 1999); an open end ("since 2022") runs
 * to its source's dateline, an unknown end stops with the start.
 */
function yearsOf(story: Story, event: Story['events'][number]): { from: number; to: number } {
  const { start, end } = parseEventDates(event.start, event.end);
  const first: PartialDate | undefined = isDate(start) ? start : isDate(end) ? end : undefined;
  if (!first) return { from: NaN, to: NaN }; // refused by validation: no compiled story has it
  const from = yearRange(first).first;
  if (isDate(end)) return { from, to: yearRange(end).last };
  const own = yearRange(first).last;
  const dateline = tryParsePartialDate(sourceOf(story, event).dateline);
  return { from, to: end?.bound === 'open' && dateline ? Math.max(own, dateline.year) : own };
}

/** The years a story's events cover, from the earliest start to the latest start or end. */
function periodOf(story: Story): SiteEntry['period'] {
  let from = Infinity;
  let to = -Infinity;
  for (const event of story.events) {
    const years = yearsOf(story, event);
    if (years.from < from) from = years.from;
    if (years.to > to) to = years.to;
  }
  return Number.isFinite(from) && Number.isFinite(to) ? { from, to } : undefined;
}

/** The home page's entry for a compiled story, or a collection read as one story. */
export function siteEntry(story: Story): SiteEntry {
  const members = membersOf(story);
  const period = periodOf(story);
  return {
    kind: members.length > 0 ? 'collection' : 'story',
    id: story.id,
    title: story.title,
    ...(story.summary ? { summary: story.summary } : {}),
    ...(period ? { period } : {}),
    events: story.events.length,
    languages: members.length > 0 ? collectionLanguages(story) : [...storyLanguages(story)],
    sources: members.length > 0 ? members.map((member) => member.source) : [story.source],
  };
}

/** A collection's languages: every language its stories' sources are written in, then its labels'. */
function collectionLanguages(story: Story): TextLanguage[] {
  const sources = membersOf(story).map((member) => member.source.language);
  const labels = TEXT_LANGUAGES.filter((code) => story.title[code] !== undefined);
  return [...new Set([...sources, ...labels])];
}
