/**
 * The timeline's listbox, as data: which options it holds (a window of them in
 * a long story) and where the arrow keys move the active one. Pure: no DOM.
 *
 * @module
 */

/** Above this many events, the listbox holds only a window of options around the active one. */
export const MAX_OPTIONS = 200;

/**
 * The window while the options are the list shown before vis-timeline has
 * drawn: as many as fill a frame 1,900 px wide, since building options the
 * frame cannot show delays a long story's first paint (docs/performance.md).
 */
export const PREVIEW_OPTIONS = 64;

/** A window of options: the options and where the first one is in the whole list. */
export interface OptionWindow<T> {
  readonly options: readonly T[];
  /** Index of `options[0]` among all events (for aria-posinset). */
  readonly offset: number;
}

/**
 * Positions by id, per list of events: the listbox's window is worked out on
 * every render, which a pan repeats every frame, and looking the id up in
 * 10,000 events each time was a fifth of that render (docs/performance.md).
 */
const positions = new WeakMap<readonly { readonly id: string }[], Map<string, number>>();

/** Where the event `id` is in `events`, or -1. */
export function indexOf(events: readonly { readonly id: string }[], id: string): number {
  let byId = positions.get(events);
  if (!byId) {
    byId = new Map();
    // The first of an id that occurs twice, as `findIndex` finds it.
    for (let index = events.length - 1; index >= 0; index -= 1) {
      const event = events[index];
      if (event) byId.set(event.id, index);
    }
    positions.set(events, byId);
  }
  return byId.get(id) ?? -1;
}

/**
 * The options the listbox holds: every event when there are at most `size`;
 * otherwise `size` of them, centred on the event `around` (the first ones if it
 * is not among them) and kept inside the list at both ends.
 */
export function optionsAround<T extends { readonly id: string }>(
  events: readonly T[],
  around: string,
  size: number,
): OptionWindow<T> {
  if (events.length <= size) return { options: events, offset: 0 };
  const at = Math.max(indexOf(events, around), 0);
  const offset = Math.max(0, Math.min(at - size / 2, events.length - size));
  return { options: events.slice(offset, offset + size), offset };
}

/**
 * Where a key moves the active option among `ids` (the events in date order):
 * arrows to the next or previous one (stopping at the ends), Home and End to
 * the ends. Without an active option (or with one that is no longer listed),
 * an arrow goes to the first. Undefined for any other key, or an empty list.
 */
export function nextActive(
  ids: readonly string[],
  active: string,
  key: string,
): string | undefined {
  const position = ids.indexOf(active);
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return ids[position < 0 ? 0 : Math.min(position + 1, ids.length - 1)];
    case 'ArrowLeft':
    case 'ArrowUp':
      return ids[position < 0 ? 0 : Math.max(position - 1, 0)];
    case 'Home':
      return ids[0];
    case 'End':
      return ids[ids.length - 1];
    default:
      return undefined;
  }
}

/**
 * The option that becomes active when the listbox gets keyboard focus: the
 * selected event if it is listed, else the first that `isInView` (so that
 * focusing the timeline keeps the window the reader is looking at), else the
 * first; undefined without options.
 */
export function firstActive(
  ids: readonly string[],
  selected: string,
  isInView: (id: string) => boolean = () => false,
): string | undefined {
  if (selected && ids.includes(selected)) return selected;
  return ids.find(isInView) ?? ids[0];
}

/** What a key pressed on the listbox does. */
export type ListboxAction =
  | { readonly kind: 'move' | 'select'; readonly id: string }
  | { readonly kind: 'zoom-in' | 'zoom-out' | 'fit' };

/**
 * What a key does among the options `ids` (in date order) with `active` the
 * active one: arrows, Home and End move (`nextActive`); Enter and Space select
 * the active option (the first if none is); `+` (or `=`), `-` and `0` zoom in,
 * out and show everything. Undefined for any other key, or without options.
 */
export function keyAction(
  ids: readonly string[],
  active: string,
  key: string,
): ListboxAction | undefined {
  if (ids.length === 0) return undefined;
  switch (key) {
    case 'Enter':
    case ' ':
      return { kind: 'select', id: ids.includes(active) ? active : (ids[0] ?? '') };
    case '+':
    case '=':
      return { kind: 'zoom-in' };
    case '-':
      return { kind: 'zoom-out' };
    case '0':
      return { kind: 'fit' };
    default: {
      const id = nextActive(ids, active, key);
      return id === undefined ? undefined : { kind: 'move', id };
    }
  }
}
