/**
 * The order a reader steps through the story in: its events in date order,
 * those the search and filters leave. Pure: no DOM.
 *
 * @module
 */
import { indexStory } from '../model/story-index.js';
import type { Story, StoryEvent } from '../model/story-schema.js';

/** The events to step through, in date order (all of them when `visible` is undefined). */
export function readingOrder(story: Story, visible?: readonly string[]): readonly StoryEvent[] {
  const chronological = indexStory(story).chronological;
  if (!visible) return chronological;
  const shown = new Set(visible);
  return chronological.filter((event) => shown.has(event.id));
}

/** The neighbours of the selected event in the reading order, and where it stands. */
export interface Neighbours {
  readonly previous?: StoryEvent;
  readonly next?: StoryEvent;
  /** 1-based position of the selected event; 0 when it is not in the order. */
  readonly position: number;
  readonly total: number;
}

/**
 * The events before and after `selected` in `order`. An event not in the order
 * (hidden by a filter) has none before it and the first one after it.
 */
export function neighboursOf(order: readonly StoryEvent[], selected: string): Neighbours {
  const index = order.findIndex((event) => event.id === selected);
  if (index < 0) return { next: order[0], position: 0, total: order.length };
  return {
    previous: order[index - 1],
    next: order[index + 1],
    position: index + 1,
    total: order.length,
  };
}
