/**
 * The public events of the widgets, typed. All bubble and are composed, so a
 * page hears them from outside the shadow roots. Names and detail shapes are a
 * public contract (see docs and custom-elements.json): keep them stable.
 *
 * @module
 */
import type { StoryProblem } from '../model/story-error.js';
import type { Story } from '../model/story-schema.js';

/** Detail of `event-select`: the event the reader selected. */
export interface EventSelectDetail {
  readonly eventId: string;
}
/** Detail of `entity-select`: the entity the reader selected. */
export interface EntitySelectDetail {
  /** The entity's id; empty when the reader cleared the choice. */
  readonly entityId: string;
}
/** Detail of `story-load`: the validated story. */
export interface StoryLoadDetail {
  readonly story: Story;
}
/** Detail of `story-error`: what failed, each with the path in the story file. */
export interface StoryErrorDetail {
  readonly errors: readonly StoryProblem[];
}
/** Detail of `timeline-range`: the window the timeline shows. */
export interface TimelineRangeDetail {
  readonly start: Date;
  readonly end: Date;
}
/** Detail of `follow-range-change`: whether the graph now follows the timeline's window. */
export interface FollowRangeChangeDetail {
  readonly followRange: boolean;
}

/**
 * Event name -> detail type, for every public event: the one declaration each
 * event has. `HTMLElementEventMap` (below) and `StoryElement.emit` derive from it.
 */
export interface HistoryExplorerEventDetails {
  'event-select': EventSelectDetail;
  'entity-select': EntitySelectDetail;
  'story-load': StoryLoadDetail;
  'story-error': StoryErrorDetail;
  'story-render': null;
  'timeline-draw': null;
  'timeline-range': TimelineRangeDetail;
  'follow-range-change': FollowRangeChangeDetail;
}

export type HistoryExplorerEventName = keyof HistoryExplorerEventDetails;

/** Each public event as the DOM types it: a `CustomEvent` with its detail. */
export type HistoryExplorerEventMap = {
  [K in HistoryExplorerEventName]: CustomEvent<HistoryExplorerEventDetails[K]>;
};

/**
 * Dispatches a public event from `target`: bubbling, composed, with a detail
 * whose type the event name fixes (so a required detail cannot be forgotten).
 * Elements call it through `StoryElement.emit`.
 */
export function emit<K extends HistoryExplorerEventName>(
  target: EventTarget,
  name: K,
  detail: HistoryExplorerEventDetails[K],
): boolean {
  return target.dispatchEvent(
    new CustomEvent(name, { bubbles: true, composed: true, cancelable: false, detail }),
  );
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends HistoryExplorerEventMap {}
}
