/**
 * The items a drawn vis-timeline holds, kept in step with the element's content and the
 * crowd's layout. vis-timeline redraws every item it is given, so only what changed is given
 * again: all of them only after their labels changed (another language), since the items do
 * not hold their labels (the template builds them).
 *
 * @module
 */
import type { DataSet } from 'vis-data/esnext/esm/vis-data.js';
import type { DataItem } from 'vis-timeline/esnext';
import type { CrowdLayout } from './crowd-layout.js';
import { classUpdates, replaceItems, toVisItems, visItemId } from './vis-items.js';
import type { TimelineContent } from './vis-timeline-contract.js';

/** The vis-timeline items of `content` as laid out by `layout`. */
export function visItemsOf(content: TimelineContent, layout: CrowdLayout): DataItem[] {
  return toVisItems(content.itemsById.values(), content.itemState, layout);
}

/** The DataSet a vis-timeline draws, and what it still has to be given. */
export class DrawnItems {
  /** Whether the labels changed since the items were last given (see `relabel`). */
  private relabelled = false;

  constructor(private readonly dataSet: DataSet<DataItem>) {}

  /** The labels changed (another language): the next `sync` gives every item again. */
  relabel(): void {
    this.relabelled = true;
  }

  /** Gives vis-timeline the items `content` and `layout` now make (another language, filters). */
  sync(content: TimelineContent, layout: CrowdLayout): void {
    replaceItems(this.dataSet, visItemsOf(content, layout), this.relabelled);
    this.relabelled = false;
  }

  /** Brings the classes (highlight, active ring) up to date, touching only the items that changed. */
  syncClasses(content: TimelineContent): void {
    const updates = classUpdates(this.dataSet.get(), content.itemsById, content.itemState);
    if (updates.length > 0) this.dataSet.update(updates);
  }

  /** Whether the event `id` is drawn on its own (not gathered into a cluster, not filtered out). */
  drawsAlone(id: string): boolean {
    return this.dataSet.get(visItemId(id)) !== null;
  }
}
