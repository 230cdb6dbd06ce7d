/**
 * How a reader moves through the story in the explorer, apart from the
 * timeline itself: Start, previous / next, a swipe or the arrow keys on the
 * detail, Escape back to the title card, and what the live region says about
 * the selection. The explorer keeps the state; this turns gestures into
 * selections.
 *
 * @module
 */
import { formatPartialDateRange, tryParsePartialDate } from '../model/partial-date.js';
import { indexStory } from '../model/story-index.js';
import type { Story, StoryEvent } from '../model/story-schema.js';
import { labelLanguage, localeOf, textIn, uiStrings, type UiLanguage } from '../shared/i18n.js';
import { neighboursOf } from './reading-order.js';
import { SwipeTracker } from './swipe.js';

/** What the reading flow reads of the explorer, and asks of it. */
export interface ReadingHost {
  selected(): string;
  selectedEntity(): string;
  /** The events to step through, in date order (search and filters applied). */
  order(): readonly StoryEvent[];
  /** Selects an event as the reader's choice (announced to the page, brought into view). */
  select(eventId: string): void;
  /** Back to the title card: no event selected. */
  clearSelection(): void;
  clearEntity(): void;
  /** The detail area, once rendered. */
  detail(): HTMLElement | undefined;
  /** Focuses the title card's "Start" once it is rendered. */
  focusStart(): void;
}

/** Gestures on the explorer, turned into selections. */
export class ReadingFlow {
  private readonly swipe = new SwipeTracker();

  constructor(private readonly host: ReadingHost) {}

  /** Opens the first event (the title card's "Start"). */
  start(): void {
    const first = this.host.order()[0];
    if (first) this.host.select(first.id);
  }

  /** Steps to the previous or next event (from the card: the first); true if it moved. */
  step(direction: 'previous' | 'next'): boolean {
    const around = neighboursOf(this.host.order(), this.host.selected());
    const target = direction === 'previous' ? around.previous : around.next;
    if (!target) return false;
    this.host.select(target.id);
    return true;
  }

  /** Escape clears the selected entity, else the selected event (unless a field or a dialog takes it). */
  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    const path = event.composedPath();
    if (
      path.some(
        (target) => target instanceof HTMLInputElement || target instanceof HTMLDialogElement,
      )
    )
      return;
    const host = this.host;
    if (host.selectedEntity()) {
      host.clearEntity();
      return;
    }
    if (!host.selected()) return;
    const detail = host.detail();
    const active =
      detail?.getRootNode() instanceof ShadowRoot
        ? (detail.getRootNode() as ShadowRoot).activeElement
        : null;
    const hadFocus = detail?.contains(active) === true;
    host.clearSelection();
    // The focused button (Next, Copy link) is gone with the event: focus the card's Start.
    if (hadFocus) host.focusStart();
  };

  /** On the detail, the left and right arrows step to the previous and next events. */
  readonly onDetailKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.composedPath().some((target) => target instanceof HTMLInputElement)) return;
    if (this.step(event.key === 'ArrowLeft' ? 'previous' : 'next')) event.preventDefault();
  };

  readonly onPointerDown = (event: PointerEvent): void => {
    this.swipe.down(event);
  };

  readonly onPointerUp = (event: PointerEvent): void => {
    const direction = this.swipe.up(event);
    if (direction) this.step(direction);
  };

  readonly onPointerCancel = (): void => {
    this.swipe.cancel();
  };
}

/**
 * What the live region says about the selection: "Selected: 1926 First
 * Turkological Congress in Baku", "Selection cleared" once one was, or
 * nothing before the first.
 */
export function selectionAnnouncement(
  story: Story,
  selected: string,
  previous: string,
  lang: UiLanguage,
): string {
  const strings = uiStrings(lang);
  const event = indexStory(story).eventsById.get(selected);
  if (!event) return previous ? strings.selectionCleared : '';
  const start = tryParsePartialDate(event.start);
  const end = event.end === undefined ? undefined : tryParsePartialDate(event.end);
  const date = start ? formatPartialDateRange(start, end, localeOf(lang)) : event.start;
  return strings.selectedAnnouncement(date, textIn(event.title, labelLanguage(story, lang)));
}
