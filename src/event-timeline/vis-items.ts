/**
 * Timeline items -> vis-timeline items: which events are drawn, with which
 * classes (category, planned, active, highlighted or dimmed), and the
 * background item for the time after the source's dateline. Pure: no DOM.
 *
 * @module
 */
import type { DataItem, IdType } from 'vis-timeline/esnext';
import { parsePartialDate, startOf } from '../model/partial-date.js';
import type { Story } from '../model/story-schema.js';
import type { TimeWindow } from '../model/time-window.js';
import { fullExtent, type TimelineItem } from '../model/timeline-items.js';
import type { BoxSide, CrowdLayout } from './crowd-layout.js';

/**
 * The id of the item the timeline adds for the time after the dateline. A colon
 * cannot occur in a story's ids (lower-case words joined by hyphens), so no
 * event can collide with it (vis-timeline refuses a second item with one id).
 */
export const FUTURE_ITEM_ID = 'he:future';

/**
 * vis-timeline keeps its items in plain objects keyed by id, where an event
 * called `constructor` would find Object.prototype's and stop the drawing.
 * Events are drawn under ids of their own: the event id after a prefix that
 * no key of a plain object starts with.
 */
const EVENT_ITEM_PREFIX = 'he:event:';

/** The id vis-timeline draws an event under. */
export const visItemId = (eventId: string): string => `${EVENT_ITEM_PREFIX}${eventId}`;

/** The event a drawn item stands for, or undefined for anything else (a cluster, the future). */
export function eventIdOfItem(itemId: IdType | null | undefined): string | undefined {
  const id = typeof itemId === 'string' ? itemId : undefined;
  return id?.startsWith(EVENT_ITEM_PREFIX) ? id.slice(EVENT_ITEM_PREFIX.length) : undefined;
}

/**
 * vis-timeline's per-item `align` (missing from its `DataItem` type): where a point's box
 * is drawn against its instant. Always given for an event's box, `center` included, since
 * an update merges fields: a box turned back to the centre must say so.
 */
type ItemAlign = BoxSide | 'center';

/** A vis-timeline item with its `align`. */
type AlignedItem = DataItem & { align?: ItemAlign };

/** The `align` of a drawn or new item (`center` when it has none). */
const alignOf = (item: DataItem): ItemAlign => (item as AlignedItem).align ?? 'center';

/** What, beside the events themselves, decides the items and their classes. */
export interface VisItemState {
  /** Ids of the events to draw; undefined draws all. */
  readonly visible: ReadonlySet<string> | undefined;
  /** Ids of the events to emphasise; the others are dimmed. Empty: none. */
  readonly highlighted: ReadonlySet<string>;
  /** The event the keyboard is on (drawn with a ring), or empty. */
  readonly activeId: string;
  /** The time after the source's dateline, drawn as planned; undefined: none in view. */
  readonly afterDateline: TimeWindow | undefined;
}

/** The share of a period a faded end covers, in the steps the styles draw: 10, 25 or 50 %. */
function fadeStep(share: number): 10 | 25 | 50 {
  return share < 0.175 ? 10 : share < 0.375 ? 25 : 50;
}

/**
 * How an item shows doubt about its dates: `fuzzy` when any end is
 * approximate, uncertain or unspecified, with the faded part of a period
 * (`fuzzy-start-25`: its first quarter), and `open-end` for "since 2022".
 */
export function fuzzyClasses(item: TimelineItem): string[] {
  const start = item.fuzzyStart ?? 0;
  const end = item.fuzzyEnd ?? 0;
  const classes: string[] = [];
  if (start > 0 || end > 0) classes.push('fuzzy');
  if (item.type === 'range') {
    if (start > 0) classes.push(`fuzzy-start-${fadeStep(start)}`);
    if (end > 0) classes.push(`fuzzy-end-${fadeStep(end)}`);
  }
  if (item.openEnd) classes.push('open-end');
  return classes;
}

/** The classes of an event's item. */
export function itemClassName(item: TimelineItem, state: VisItemState): string {
  const classes = [`cat-${item.category}`];
  if (item.planned) classes.push('planned');
  classes.push(...fuzzyClasses(item));
  if (item.id === state.activeId) classes.push('is-active');
  if (state.highlighted.size > 0)
    classes.push(state.highlighted.has(item.id) ? 'is-highlighted' : 'is-dimmed');
  return classes.join(' ');
}

/**
 * The vis-timeline items for the visible events, in the order given: those
 * the crowd `layout` leaves alone, then one item per cluster, then the
 * background item after the dateline. Without a layout every visible event is
 * drawn alone. `content` stays empty: the element's template builds each
 * item's DOM from text nodes.
 */
export function toVisItems(
  items: Iterable<TimelineItem>,
  state: VisItemState,
  layout?: CrowdLayout,
): DataItem[] {
  const visItems: DataItem[] = [];
  for (const item of items) {
    if (state.visible && !state.visible.has(item.id)) continue;
    if (layout && !layout.alone.has(item.id)) continue;
    const isRange = item.type === 'range';
    const visItem: AlignedItem = {
      id: visItemId(item.id),
      start: item.start,
      ...(item.end ? { end: item.end } : {}),
      type: isRange ? 'range' : 'box',
      ...(isRange ? {} : { align: layout?.sides?.get(item.id) ?? 'center' }),
      className: itemClassName(item, state),
      content: '',
    };
    visItems.push(visItem);
  }
  for (const cluster of layout?.clusters ?? []) {
    const highlighted = cluster.members.some((id) => state.highlighted.has(id));
    visItems.push({
      id: cluster.id,
      start: new Date(cluster.at),
      type: 'box',
      className: highlighted ? 'he-cluster is-highlighted' : 'he-cluster',
      content: '',
    });
  }
  const future = state.afterDateline;
  if (future) {
    visItems.push({
      id: FUTURE_ITEM_ID,
      start: future.start,
      end: future.end,
      type: 'background',
      className: 'future',
      content: '',
    });
  }
  return visItems;
}

/**
 * The updates that bring the drawn items' classes up to date: only for the
 * items whose classes changed, so that a new highlight or active event makes
 * vis-timeline redraw a few items, not all of them.
 */
export function classUpdates(
  drawn: Iterable<DataItem>,
  itemsById: ReadonlyMap<string, TimelineItem>,
  state: VisItemState,
): DataItem[] {
  const updates: DataItem[] = [];
  for (const current of drawn) {
    const id = current.id;
    const eventId = eventIdOfItem(id);
    const item = eventId === undefined ? undefined : itemsById.get(eventId);
    if (!item || id === undefined) continue;
    const className = itemClassName(item, state);
    if (current.className !== className)
      updates.push({ id, className, start: item.start, content: '' });
  }
  return updates;
}

/**
 * Of the items `next`, those that differ from what `drawn` holds under their
 * id (new, moved, or with other classes): the only ones to give vis-timeline,
 * which redraws every item it is given.
 */
export function changedItems(
  drawn: { get(id: IdType): DataItem | null },
  next: readonly DataItem[],
): DataItem[] {
  return next.filter((item) => {
    const current = item.id === undefined ? null : drawn.get(item.id);
    return (
      !current ||
      current.className !== item.className ||
      current.type !== item.type ||
      alignOf(current) !== alignOf(item) ||
      timeOf(current.start) !== timeOf(item.start) ||
      timeOf(current.end) !== timeOf(item.end)
    );
  });
}

function timeOf(value: DataItem['start'] | undefined): number | undefined {
  if (value === undefined) return undefined;
  return value instanceof Date ? value.getTime() : new Date(value).getTime();
}

/**
 * The time after the source's dateline that the story reaches into (where its
 * planned events lie), or undefined when the story ends before its dateline
 * or the dateline cannot be read.
 */
export function afterDateline(story: Story): TimeWindow | undefined {
  let dateline: Date;
  try {
    dateline = startOf(parsePartialDate(story.source.dateline));
  } catch {
    return undefined;
  }
  const extent = fullExtent(story);
  return extent && extent.end > dateline ? { start: dateline, end: extent.end } : undefined;
}

/** The part of a vis DataSet that `replaceItems` uses. */
interface ItemStore {
  get(id: IdType): DataItem | null;
  getIds(): IdType[];
  remove(ids: IdType[]): unknown;
  update(items: DataItem[]): unknown;
}

/**
 * Makes `drawn` hold `next`: removes the items gone, gives vis-timeline only what changed,
 * or every item when `relabelled` (their labels, which the items do not hold, changed:
 * another language).
 */
export function replaceItems(
  drawn: ItemStore,
  next: readonly DataItem[],
  relabelled = false,
): void {
  const nextIds = new Set(next.map((item) => item.id));
  drawn.remove(drawn.getIds().filter((id) => !nextIds.has(id)));
  const updates = relabelled ? [...next] : changedItems(drawn, next);
  if (updates.length > 0) drawn.update(updates);
}
