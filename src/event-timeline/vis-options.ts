/**
 * The options the timeline gives vis-timeline, as plain data computed before
 * anything draws. The element adds what needs its live state or the library
 * (axis labels, clock, item template, draw callback); the bench's raw
 * vis-timeline baseline builds its options here too, so both draw alike.
 * Pure: no DOM.
 *
 * @module
 */
import type { IdType, TimelineOptions, TimelineOptionsCluster } from 'vis-timeline/esnext';
import type { TimeWindow } from '../model/time-window.js';

const DAY_MS = 24 * 3600 * 1000;
/** The span assumed for a story without events (nothing is drawn then). */
const DEFAULT_SPAN_MS = 100 * 365 * DAY_MS;

/** The instant 3000 BC begins (astronomical year -2999), built without a string. */
const FROM_3000_BC = new Date(0).setUTCFullYear(-2999, 0, 1);
/** The instant 2100 ends. */
const TO_2100 = new Date(0).setUTCFullYear(2101, 0, 1);

/**
 * How far the reader may pan: the story's extent and as much again on each
 * side, within 3000 BC to 2100 (or the story's own dates, if they reach
 * further), so that a story from 44 BC to 2022 zooms from centuries down to
 * days and never pans to an empty 8000 BC.
 */
export function panLimits(extent: TimeWindow): { min: number; max: number } {
  const start = extent.start.getTime();
  const end = extent.end.getTime();
  const span = end - start;
  return {
    min: Math.max(start - span, Math.min(FROM_3000_BC, start)),
    max: Math.min(end + span, Math.max(TO_2100, end)),
  };
}

/**
 * `window` as vis-timeline shows it with `limits` as its `min` and `max`: moved inside
 * them, and cut to them when it is wider (its `Range#_applyRange`).
 */
export function windowWithinLimits(
  window: TimeWindow,
  limits: { readonly min: number; readonly max: number },
): TimeWindow {
  let start = window.start.getTime();
  let end = window.end.getTime();
  if (start < limits.min)
    [start, end] = [limits.min, Math.min(end + limits.min - start, limits.max)];
  if (end > limits.max)
    [start, end] = [Math.max(start - (end - limits.max), limits.min), limits.max];
  if (start === window.start.getTime() && end === window.end.getTime()) return window;
  return { start: new Date(start), end: new Date(end) };
}

/** vis-timeline's `cluster` option (its types leave out `false`, which turns clustering off). */
export type VisClusterOptions = TimelineOptionsCluster | false;

/** vis-timeline options with `cluster` as the library accepts it. */
export type VisTimelineOptions = Omit<TimelineOptions, 'cluster'> & {
  readonly cluster: VisClusterOptions;
};

/** What the options depend on. */
export interface VisTimelineView {
  /** The window that shows every event (`fullExtent`); undefined for a story without events. */
  readonly extent: TimeWindow | undefined;
  /** Clustering for the first window (`visClusterOptions`, or false). */
  readonly cluster: VisClusterOptions;
}

/** The options of a timeline showing `view`. */
export function visTimelineOptions(view: VisTimelineView): VisTimelineOptions {
  const { extent } = view;
  const span = extent ? extent.end.getTime() - extent.start.getTime() : DEFAULT_SPAN_MS;
  const limits = extent ? panLimits(extent) : undefined;
  return {
    // No start/end here: with them, vis-timeline keeps its drawing hidden until a
    // later range change; the window is set right after creation. Instants as
    // Dates made from numbers: a string could be read as a timestamp.
    ...(limits ? { min: new Date(limits.min), max: new Date(limits.max) } : {}),
    zoomMin: 14 * DAY_MS,
    zoomMax: limits ? limits.max - limits.min : span * 3,
    // Plain wheel scrolls the page; Ctrl + wheel (and trackpad pinch) zooms.
    zoomKey: 'ctrlKey',
    horizontalScroll: false,
    // Never a scroller of its own: the timeline takes the height its stacked boxes
    // need (the crowd layout keeps that bounded), and the wheel is the page's.
    verticalScroll: false,
    moveable: true,
    zoomable: true,
    selectable: true,
    multiselect: false,
    showCurrentTime: false,
    stack: true,
    orientation: { axis: 'bottom', item: 'bottom' },
    margin: { item: { horizontal: 4, vertical: 6 }, axis: 8 },
    minHeight: 200,
    cluster: view.cluster,
    xss: { disabled: false },
    tooltip: { followMouse: false, overflowMethod: 'cap' },
  };
}

/**
 * Clustering on: every crowded group of events becomes one cluster item.
 *
 * @param titleTemplate the cluster's tooltip, with `{count}` for the number of events.
 * @param standsAlone events never put in a cluster (the selected and the active one).
 */
export function visClusterOptions(
  titleTemplate?: string,
  standsAlone?: (id: IdType) => boolean,
): TimelineOptionsCluster {
  return {
    maxItems: 1,
    showStipes: true,
    fitOnDoubleClick: true,
    ...(titleTemplate === undefined ? {} : { titleTemplate }),
    ...(standsAlone
      ? {
          clusterCriteria: (first: { id: IdType }, second: { id: IdType }) =>
            !standsAlone(first.id) && !standsAlone(second.id),
        }
      : {}),
  };
}
