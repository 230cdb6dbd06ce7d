/**
 * TimelineJS 3's data, as its JSON format and its spreadsheet template define
 * it (timeline.knightlab.com/docs/json-format.html, using-spreadsheets.html).
 * Dates are objects of strings or numbers (`"08"`, `1969`); an empty string
 * means absent.
 *
 * @module
 */

/** A TimelineJS date: a year (may be negative), optionally month, day and time. */
export interface TimelineJsDate {
  year: string | number;
  month?: string | number;
  day?: string | number;
  hour?: string | number;
  minute?: string | number;
  second?: string | number;
  millisecond?: string | number;
  display_date?: string;
  format?: string;
}

/** A slide's media. */
export interface TimelineJsMedia {
  url: string;
  caption?: string;
  credit?: string;
  thumbnail?: string;
  alt?: string;
  title?: string;
  link?: string;
  link_target?: string;
}

/** A slide: the title slide or an event. */
export interface TimelineJsSlide {
  start_date?: TimelineJsDate;
  end_date?: TimelineJsDate;
  text?: { headline?: string; text?: string };
  media?: TimelineJsMedia;
  group?: string;
  display_date?: string;
  background?: { url?: string; alt?: string; color?: string; opacity?: string | number };
  autolink?: boolean;
  unique_id?: string;
}

/** An era: a labelled span of the time axis. */
export interface TimelineJsEra {
  start_date: TimelineJsDate;
  end_date: TimelineJsDate;
  text?: { headline?: string; text?: string };
}

/** A whole timeline. */
export interface TimelineJsTimeline {
  title?: TimelineJsSlide;
  events: TimelineJsSlide[];
  eras?: TimelineJsEra[];
  scale?: 'human' | 'cosmological';
}

/** The columns of TimelineJS's spreadsheet template, in its order. */
export const TEMPLATE_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
] as const;

/** A template column's name. */
export type TemplateColumn = (typeof TEMPLATE_COLUMNS)[number];
