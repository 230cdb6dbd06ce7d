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
import { eventIdOfItem, FUTURE_ITEM_ID } from './vis-items.js';

/** The interface strings an item may show. */
export type ItemStrings = Pick<ReturnType<typeof uiStrings>, 'planned' | 'eventsInCluster'>;

/** What vis-timeline passes a template beside the item: a cluster's items, for a cluster. */
export interface TemplateData {
  readonly uiItems?: unknown;
}

/**
 * The content of one drawn item: a cluster's count, the "planned" label of the
 * time after the dateline, or an event's date and title.
 */
export function itemContent(
  item: DataItem,
  data: TemplateData,
  itemsById: ReadonlyMap<string, TimelineItem>,
  strings: ItemStrings,
): HTMLElement {
  const wrapper = document.createElement('span');
  if (Array.isArray(data.uiItems)) {
    wrapper.textContent = String(data.uiItems.length);
    wrapper.title = strings.eventsInCluster(data.uiItems.length);
    return wrapper;
  }
  if (item.id === FUTURE_ITEM_ID) {
    wrapper.textContent = strings.planned;
    return wrapper;
  }
  const eventId = eventIdOfItem(item.id);
  const model = eventId === undefined ? undefined : itemsById.get(eventId);
  if (!model) return wrapper;
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
  wrapper.append(date, title);
  return wrapper;
}
