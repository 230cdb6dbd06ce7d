/**
 * What the timeline shows of its story: the events as timeline items in the
 * reader's language, those the filters leave (the ones the keyboard reaches),
 * and the time after the dateline. Recomputed only in the parts whose inputs
 * changed, so that a new filter does not format every date again. Pure: no DOM.
 *
 * @module
 */
import type { Story } from '../model/story-schema.js';
import type { TimeWindow } from '../model/time-window.js';
import { toTimelineItems, type TimelineItem } from '../model/timeline-items.js';
import {
  labelLanguage,
  langWhereOther,
  localeOf,
  textIn,
  type UiLanguage,
} from '../shared/i18n.js';
import { afterDateline } from './vis-items.js';

/** A story as the timeline shows it. */
export interface TimelineView {
  readonly story: Story;
  readonly lang: UiLanguage;
  /** Every event as a timeline item, by id, in date order. */
  readonly itemsById: ReadonlyMap<string, TimelineItem>;
  /** The `visibleEvents` the view was made with (undefined: all). */
  readonly filter: readonly string[] | undefined;
  /** Ids of the events the filters leave; undefined: all. */
  readonly visible: ReadonlySet<string> | undefined;
  /** The events the filters leave, in date order: the listbox's options. */
  readonly navigable: readonly TimelineItem[];
  readonly navigableIds: readonly string[];
  /** The time after the source's dateline that the story reaches into. */
  readonly afterDateline: TimeWindow | undefined;
}

/** The story's items by id, titled in its label language for a reader of `lang`. */
function itemsByIdOf(story: Story, lang: UiLanguage): ReadonlyMap<string, TimelineItem> {
  const labelLang = labelLanguage(story, lang);
  const items = toTimelineItems(
    story,
    (text) => textIn(text, labelLang),
    localeOf(lang),
    langWhereOther(labelLang, lang),
  );
  return new Map(items.map((item) => [item.id, item]));
}

/**
 * The view of `story` in `lang` with the filter `visibleEvents`, reusing what
 * `previous` computed when its story, language or filter are the same.
 */
export function timelineView(
  story: Story,
  lang: UiLanguage,
  visibleEvents: readonly string[] | undefined,
  previous?: TimelineView,
): TimelineView {
  const sameStory = previous?.story === story;
  const sameItems = sameStory && previous.lang === lang;
  if (sameItems && previous.filter === visibleEvents) return previous;
  const itemsById = sameItems ? previous.itemsById : itemsByIdOf(story, lang);
  const visible = visibleEvents ? new Set(visibleEvents) : undefined;
  const navigable = [...itemsById.values()].filter((item) => !visible || visible.has(item.id));
  return {
    story,
    lang,
    itemsById,
    filter: visibleEvents,
    visible,
    navigable,
    navigableIds: navigable.map((item) => item.id),
    afterDateline: sameStory ? previous.afterDateline : afterDateline(story),
  };
}
