/**
 * Which event the timeline's window of listbox options is centred on. The
 * window follows the active or selected event, but a selection made with the
 * pointer (or from elsewhere in the explorer) moves it only after the next
 * paint: a jump across a long story replaces all 200 options, and doing that
 * before the paint held back the selected event's quote (docs/performance.md).
 * The keyboard's active option is always there at once: a screen reader reads
 * it through `aria-activedescendant`.
 *
 * @module
 */
import type { ReactiveControllerHost } from 'lit';
import { coalescedAfterPaint } from '../shared/after-paint.js';
import {
  indexOf,
  MAX_OPTIONS,
  optionsAround,
  PREVIEW_OPTIONS,
  type OptionWindow,
} from './listbox.js';

/** The centre of the options window; see the module comment. */
export class OptionsCentre {
  private centre = '';
  private pending = '';
  private readonly followAfterPaint = coalescedAfterPaint(() => {
    if (this.centre === this.pending) return;
    this.centre = this.pending;
    this.host.requestUpdate();
  });

  constructor(private readonly host: ReactiveControllerHost) {}

  /**
   * The window of options of `events` for this render (`MAX_OPTIONS` of them
   * when `full`, else the first list's `PREVIEW_OPTIONS`), `target` being the
   * event it should hold: the current one while it holds `target`; else one
   * centred on `target`, at once when `immediate` (the keyboard is in the
   * listbox, or the options are the list on screen), or after the next paint.
   */
  around<T extends { readonly id: string }>(
    events: readonly T[],
    target: string,
    full: boolean,
    immediate: boolean,
  ): OptionWindow<T> {
    const size = full ? MAX_OPTIONS : PREVIEW_OPTIONS;
    this.pending = target;
    const held = optionsAround(events, this.centre, size);
    if (target === this.centre) return held;
    const at = target === '' ? -1 : indexOf(events, target);
    if (at >= held.offset && at < held.offset + held.options.length) return held;
    if (!immediate) {
      this.followAfterPaint();
      return held;
    }
    this.centre = target;
    return optionsAround(events, target, size);
  }
}
