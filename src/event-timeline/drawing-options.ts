/**
 * The options a `VisTimelineController` creates its vis-timeline with: the
 * pure view options of `vis-options.ts`, plus what needs the running page
 * (the axis labels' locale, the item boxes' content, the first-draw callback).
 *
 * @module
 */
import type { DataItem, TimelineOptions } from 'vis-timeline/esnext';
import type { TimeWindow } from '../model/time-window.js';
import { axisFormat } from './axis-format.js';
import { itemContent, type ItemLookup, type ItemStrings } from './item-content.js';
import type { VisModule } from './vis-chunk.js';
import { visTimelineOptions } from './vis-options.js';

/** What the drawing's options read from their controller, each time they are used. */
export interface DrawingContext {
  /** The `Intl` locale of the axis labels. */
  locale(): string;
  /** The interface strings the boxes show. */
  strings(): ItemStrings;
  /** The items, clusters and year format the boxes are drawn from. */
  lookup(): ItemLookup;
  /** vis-timeline says its first drawing is complete. */
  drawn(): void;
}

/** vis-timeline's options for a story spanning `extent`. */
export function drawingOptions(
  vis: VisModule,
  extent: TimeWindow | undefined,
  context: DrawingContext,
): TimelineOptions {
  return {
    ...visTimelineOptions({ extent, cluster: false }),
    // Labels formatted with Intl at the precision of the scale; no moment locales ship.
    format: axisFormat(() => context.locale()),
    // Everything in UTC, like the story's dates: a year starts at 00:00 UTC on 1 January.
    moment: vis.utcMoment,
    template: (item: DataItem) => itemContent(item, context.lookup(), context.strings()),
    // vis-timeline keeps its drawing hidden until the first range change after
    // its first draw. Normally seen first in `changed` (see the controller's
    // `listen`); kept in case a vis-timeline version stops making its drawing
    // visible there.
    onInitialDrawComplete: () => {
      context.drawn();
    },
  } as TimelineOptions;
}
