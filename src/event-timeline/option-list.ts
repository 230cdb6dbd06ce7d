/**
 * The parts of `<event-timeline>`'s frame that are not vis-timeline's drawing:
 * the list of events (readable before the drawing, and the listbox screen
 * readers use after it) and the hidden boxes its labels are measured with.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { TimelineItem } from '../model/timeline-items.js';

/** Hidden boxes styled as the drawing's (a point's, a period's), to measure labels with. */
export const measureProbes = html`<div class="probes" aria-hidden="true">
  <div class="vis-item vis-box probe">
    <div class="vis-item-content">
      <span class="item-label"><span class="item-date"></span>M</span>
    </div>
  </div>
  <div class="vis-item vis-range probe">
    <div class="vis-item-content"><span class="item-label">M</span></div>
  </div>
</div>`;

/** Where the options shown sit among all the events, and how they are marked. */
export interface OptionListState {
  /** The position of the first option shown among all the events. */
  readonly offset: number;
  /** How many events the list stands for. */
  readonly total: number;
  /** The selected event, or empty. */
  readonly selected: string;
  /** Whether vis-timeline has drawn (the list is then only for screen readers). */
  readonly drawn: boolean;
  /** The word for a planned event, in the interface's language. */
  readonly planned: string;
  /** All the events the options are a window of (the same list while nothing changed). */
  readonly list: readonly TimelineItem[];
}

/** The `role=option` items of the events shown, each with its date and title. */
export function optionItems(
  options: readonly TimelineItem[],
  state: OptionListState,
): TemplateResult {
  // Unchanged options are not compared again: the timeline renders on every frame of a
  // pan (its overview follows the window), and 200 keyed options were its largest part.
  const { list, offset, total, selected, drawn, planned } = state;
  const window = [list, offset, options.length, total, selected, drawn, planned];
  return html`${guard(window, () => optionTemplates(options, state))}`;
}

function optionTemplates(options: readonly TimelineItem[], state: OptionListState) {
  return html`${repeat(
    options,
    (item) => item.id,
    (item, index) =>
      html`<li
        role="option"
        id=${`option-${item.id}`}
        class=${`cat-${item.category}`}
        aria-selected=${item.id === state.selected ? 'true' : 'false'}
        aria-setsize=${state.total}
        aria-posinset=${state.offset + index + 1}
        title=${state.drawn ? nothing : `${item.dateLabel}: ${item.title}`}
      >
        ${item.dateLabel}:
        ${item.titleLang ? html`<span lang=${item.titleLang}>${item.title}</span>` : item.title}${item.planned ? ` (${state.planned})` : ''}
      </li>`,
  )}`;
}
