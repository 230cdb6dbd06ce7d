/**
 * What the graph shows for an element's selection and filters: the view the
 * model computes, with the choices it came from. Pure.
 *
 * @module
 */
import { computeGraphView, type GraphView } from '../model/graph-view.js';
import type { Story } from '../model/story-schema.js';

/** What the graph shows for the host's current selection and filters. */
export interface ShownView {
  readonly view: GraphView;
  /** The selected event's id, or empty. */
  readonly selectedEvent: string;
  /** The selected entity's id, or empty. */
  readonly selectedEntity: string;
  /** The events search and filters leave (undefined: all); a new list refits the view. */
  readonly visibleEvents: readonly string[] | undefined;
}

/** The choices a graph's view comes from (the element's properties). */
export interface ViewChoices {
  readonly selectedEvent: string;
  readonly selectedEntity: string;
  readonly visibleEvents: readonly string[] | undefined;
  /** The window followed, when the graph follows the timeline's. */
  readonly range: { readonly start: Date; readonly end: Date } | undefined;
}

/** The view of `story` for `choices`. */
export function shownView(story: Story, choices: ViewChoices): ShownView {
  const { selectedEvent, selectedEntity, visibleEvents, range } = choices;
  const view = computeGraphView(story, {
    ...(selectedEvent ? { selectedEvent } : {}),
    ...(selectedEntity ? { selectedEntity } : {}),
    ...(visibleEvents ? { visibleEvents: new Set(visibleEvents) } : {}),
    ...(range ? { range } : {}),
  });
  return { view, selectedEvent, selectedEntity, visibleEvents };
}
