/**
 * The options a `VisTimelineController` creates its vis-timeline with: the
 * pure view options of `vis-options.ts`, plus what needs the running page
 * (the axis labels' locale, the item boxes' content, the first-draw callback).
 *
 * @module
 */
import type { DataItem, TimelineOptions } from 'vis-timeline/esnext';
import type { TimeWindow } from '../model/time-window.js';
import { axisFormat, formatYearAt } from './axis-format.js';
import type { TimelineItem } from '../model/timeline-items.js';
import { itemContent, type ItemLookup } from './item-content.js';
import type { VisModule } from './vis-chunk.js';
import { visTimelineOptions } from './vis-options.js';
import type { VisTimelineHooks } from './vis-timeline-contract.js';

const NO_ITEMS: ReadonlyMap<string, TimelineItem> = new Map();

/** What the boxes are drawn from, read each time a box is drawn. */
export interface DrawingItems {
  /** The story's events as timeline items, by id (undefined: none yet). */
  itemsById(): ReadonlyMap<string, TimelineItem> | undefined;
  /** The cluster an item id stands for, if it is one. */
  cluster: ItemLookup['cluster'];
}

/** vis-timeline's options for a story spanning `extent`. */
export function drawingOptions(
  vis: VisModule,
  extent: TimeWindow | undefined,
  hooks: Pick<VisTimelineHooks, 'locale' | 'strings' | 'drawn'>,
  items: DrawingItems,
): TimelineOptions {
  const lookup = (): ItemLookup => ({
    itemsById: items.itemsById() ?? NO_ITEMS,
    cluster: items.cluster,
    year: (time) => formatYearAt(time, hooks.locale()),
  });
  return {
    ...visTimelineOptions({ extent, cluster: false }),
    // Labels in the reader's language at the scale's precision (axis-format.ts); no moment locales ship.
    format: axisFormat(() => hooks.locale()),
    // Everything in UTC, like the story's dates: a year starts at 00:00 UTC on 1 January.
    moment: vis.utcMoment,
    template: (item: DataItem) => itemContent(item, lookup(), hooks.strings()),
    // vis-timeline keeps its drawing hidden until the first range change after
    // its first draw. Normally seen first in `changed` (see onFirstDraw); kept in
    // case a vis-timeline version stops making its drawing visible there.
    onInitialDrawComplete: () => {
      hooks.drawn();
    },
  } as TimelineOptions;
}
