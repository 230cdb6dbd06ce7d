/**
 * The DOM of the items vis-timeline draws (its `template` option): text nodes
 * only, so no story string is ever read as HTML (vis-timeline's own path runs
 * `content` strings through an HTML filter).
 *
 * @module
 */
import type { DataItem } from 'vis-timeline/esnext';
import type { TimelineItem } from '../model/timeline-items.js';
import type { uiStrings } from '../shared/i18n.js';
import type { CrowdCluster } from './crowd-layout.js';
import { eventIdOfItem, FUTURE_ITEM_ID } from './vis-items.js';

/** The interface strings an item may show. */
export type ItemStrings = Pick<ReturnType<typeof uiStrings>, 'planned' | 'eventsInCluster'>;

/** What the template needs beside the item: the events and the clusters by id. */
export interface ItemLookup {
  readonly itemsById: ReadonlyMap<string, TimelineItem>;
  cluster(id: string): CrowdCluster | undefined;
  /** The year of an instant (ms), in the reader's language. */
  year(time: number): string;
}

/** An event's label: its date (with "planned") and its title, on the lines the box wraps them to. */
function eventLabel(model: TimelineItem, strings: ItemStrings): HTMLElement {
  const label = document.createElement('span');
  label.className = 'item-label';
  const date = document.createElement('span');
  date.className = 'item-date';
  date.textContent = model.dateLabel;
  if (model.planned) {
    const planned = document.createElement('span');
    planned.className = 'item-planned';
    planned.textContent = ` · ${strings.planned}`;
    date.append(planned);
  }
  const title = document.createElement('span');
  title.className = 'item-title';
  title.textContent = model.title;
  if (model.titleLang) title.lang = model.titleLang;
  label.append(date, ' ', title);
  return label;
}

/** A cluster's label: the years it spans and how many events it holds. */
function clusterLabel(cluster: CrowdCluster, lookup: ItemLookup, strings: ItemStrings) {
  const label = document.createElement('span');
  label.className = 'item-label';
  const date = document.createElement('span');
  date.className = 'item-date';
  const from = lookup.year(cluster.start);
  // Ends are exclusive: a period ending with 2025 ends at the first instant of 2026.
  const to = lookup.year(Math.max(cluster.start, cluster.end - 1));
  date.textContent = from === to ? from : `${from}–${to}`;
  const count = document.createElement('span');
  count.className = 'item-count';
  count.textContent = strings.eventsInCluster(cluster.members.length);
  label.append(date, ' ', count);
  return label;
}

/**
 * The content of one drawn item: a cluster's dates and count, the "planned"
 * label of the time after the dateline, or an event's date and title.
 */
export function itemContent(item: DataItem, lookup: ItemLookup, strings: ItemStrings): HTMLElement {
  const id = String(item.id);
  const cluster = lookup.cluster(id);
  if (cluster) return clusterLabel(cluster, lookup, strings);
  if (id === FUTURE_ITEM_ID) {
    const wrapper = document.createElement('span');
    wrapper.textContent = strings.planned;
    return wrapper;
  }
  const eventId = eventIdOfItem(item.id);
  const model = eventId === undefined ? undefined : lookup.itemsById.get(eventId);
  return model ? eventLabel(model, strings) : document.createElement('span');
}
