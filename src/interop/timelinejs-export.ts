/**
 * A story as a TimelineJS 3 timeline (its JSON format): the title slide from
 * the story's title and summary, one slide per event with its dates at their
 * precision, the title as headline, the summary as text, the category as
 * group, the event id as `unique_id`, and its media. `npm run import` reads
 * this back (see timelinejs-import.ts).
 *
 * @module
 */
import type { Story, StoryEvent, TextLanguage } from '../model/story-schema.js';
import { labelIn } from './label.js';
import { dateParts } from './story-date.js';
import type { TimelineJsDate, TimelineJsSlide, TimelineJsTimeline } from './timelinejs-format.js';

/** A story date as a TimelineJS date, or nothing for one TimelineJS cannot hold. */
export function timelineJsDate(date: string | undefined): TimelineJsDate | undefined {
  const parts = date === undefined ? undefined : dateParts(date);
  if (!parts) return undefined;
  return {
    year: String(parts.year),
    ...(parts.month !== undefined && { month: String(parts.month) }),
    ...(parts.day !== undefined && { day: String(parts.day) }),
  };
}

/** Text as HTML (TimelineJS shows `text.text` as markup). */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '<br>');
}

/** The optional media of an event (`media` in the story format). */
interface EventMedia {
  readonly url: string;
  readonly credit?: string;
  readonly caption?: string;
}

function mediaOf(event: StoryEvent): EventMedia | undefined {
  const media = (event as { media?: EventMedia }).media;
  return media && /^https?:\/\//i.test(media.url) ? media : undefined;
}

function eventSlide(event: StoryEvent, language: TextLanguage): TimelineJsSlide {
  const start = timelineJsDate(event.start);
  const end = timelineJsDate(event.end);
  const media = mediaOf(event);
  return {
    ...(start && { start_date: start }),
    ...(end && { end_date: end }),
    text: {
      headline: escapeHtml(labelIn(event.title, language)),
      text: escapeHtml(labelIn(event.summary, language)),
    },
    group: event.category,
    unique_id: event.id,
    ...(media && {
      media: {
        url: media.url,
        ...(media.credit !== undefined && { credit: escapeHtml(media.credit) }),
        ...(media.caption !== undefined && { caption: escapeHtml(media.caption) }),
      },
    }),
  };
}

/** The story as a TimelineJS timeline, texts in `language`. Events without a date are left out. */
export function storyToTimelineJs(story: Story, language: TextLanguage): TimelineJsTimeline {
  return {
    title: {
      text: {
        headline: escapeHtml(labelIn(story.title, language)),
        text: escapeHtml(labelIn(story.summary, language)),
      },
    },
    events: story.events
      .map((event) => eventSlide(event, language))
      .filter((slide) => slide.start_date !== undefined),
  };
}
