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
  return {
    // No start/end here: with them, vis-timeline keeps its drawing hidden until a
    // later range change; the window is set right after creation.
    ...(extent
      ? {
          min: new Date(extent.start.getTime() - span),
          max: new Date(extent.end.getTime() + span),
        }
      : {}),
    zoomMin: 14 * DAY_MS,
    zoomMax: span * 3,
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
