/**
 * What the site's home page says about a story or a collection: its title and
 * summary, the period its events cover, how many events, its languages and its
 * sources. Pure data, from the compiled story (a collection as one story).
 *
 * @module
 */
import { membersOf } from './collection-story.js';
import { comparePartialDates, parsePartialDate, type PartialDate } from './partial-date.js';
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

/** The years a story's events cover, from the earliest start to the latest start or end. */
function periodOf(story: Story): SiteEntry['period'] {
  let first: PartialDate | undefined;
  let last: PartialDate | undefined;
  for (const event of story.events) {
    const start = parsePartialDate(event.start);
    const end = event.end === undefined ? start : parsePartialDate(event.end);
    if (!first || comparePartialDates(start, first) < 0) first = start;
    if (!last || comparePartialDates(end, last) > 0) last = end;
  }
  return first && last ? { from: first.year, to: last.year } : undefined;
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
