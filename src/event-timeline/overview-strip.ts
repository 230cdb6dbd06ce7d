/**
 * The overview strip under the timeline: the whole period in one slim band,
 * a tick for each event (in its category's colour) and the window the
 * timeline shows as a brush. Click the strip to centre the window there, drag
 * the brush to pan, or focus it (a slider) and use the arrow keys, Page Up /
 * Page Down, Home and End.
 *
 * @module
 */
import { html, svg, type TemplateResult } from 'lit';
import type { TimeWindow } from '../model/time-window.js';
import type { TimelineItem } from '../model/timeline-items.js';
import {
  brushKeyMove,
  brushOf,
  fractionOf,
  markPaths,
  STRIP_UNITS,
  windowCentredAt,
  windowLabel,
  windowMovedBy,
} from './overview-geometry.js';
import { formatYearAt } from './axis-format.js';
import { inlineStyle } from './inline-style.js';
import { indexOf } from './listbox.js';

/** Height of the strip's drawing, in viewBox units (px at the strip's height). */
const MARKS_HEIGHT = 18;

/** What the strip shows. */
export interface OverviewView {
  /** The whole period. */
  readonly extent: TimeWindow;
  /** The window the timeline shows. */
  readonly window: TimeWindow;
  /** The events drawn on the timeline (those the filters leave). */
  readonly items: readonly TimelineItem[];
  /** The selected event, or empty. */
  readonly selected: string;
  readonly locale: string;
  /** The slider's accessible name. */
  readonly label: string;
}

/** Draws the strip and turns the reader's gestures on it into windows. */
export class OverviewStrip {
  private drag?: { pointer: number; x: number; window: TimeWindow; width: number };
  private marks?: { items: readonly TimelineItem[]; extent: TimeWindow; paths: [string, string][] };

  /** @param moveTo shows a window on the timeline. */
  constructor(private readonly moveTo: (window: TimeWindow) => void) {}

  render(view: OverviewView): TemplateResult {
    const { extent, window } = view;
    const brush = brushOf(extent, window);
    // By index (listbox.ts): this renders on every frame of a pan.
    const selected = view.items[indexOf(view.items, view.selected)];
    const selectedX = selected ? fractionOf(extent, selected.start.getTime()) * STRIP_UNITS : -1;
    const label = windowLabel(window, view.locale);
    return html`<div class="overview" part="overview">
      <div
        class="overview-track"
        @pointerdown=${(event: PointerEvent) => {
          this.onTrackDown(event, view);
        }}
        @pointermove=${(event: PointerEvent) => {
          this.onDragMove(event, view);
        }}
        @pointerup=${this.onDragEnd}
        @pointercancel=${this.onDragEnd}
      >
        <svg
          class="overview-marks"
          viewBox=${`0 0 ${STRIP_UNITS} ${MARKS_HEIGHT}`}
          preserveAspectRatio="none"
          aria-hidden="true"
        >
          ${this.paths(view).map(
            ([category, d]) => svg`<path class=${`cat-${category}`} d=${d}></path>`,
          )}
          ${
            selectedX >= 0
              ? svg`<path class="overview-selected" d=${`M${selectedX.toFixed(1)} 0v${MARKS_HEIGHT}`}></path>`
              : null
          }
        </svg>
        <div
          class="overview-brush"
          role="slider"
          tabindex="0"
          aria-label=${view.label}
          aria-valuemin="0"
          aria-valuemax="100"
          aria-valuenow=${Math.round((brush.left + brush.width / 2) * 100)}
          aria-valuetext=${label}
          title=${label}
          ${inlineStyle({ left: `${brush.left * 100}%`, width: `${brush.width * 100}%` })}
          @keydown=${(event: KeyboardEvent) => {
            this.onKeydown(event, view);
          }}
        ></div>
      </div>
      <div class="overview-ends" aria-hidden="true">
        <span>${formatYearAt(extent.start, view.locale)}</span>
        <span>${formatYearAt(extent.end, view.locale)}</span>
      </div>
    </div>`;
  }

  /** The ticks, computed again only when the events or the period change. */
  private paths(view: OverviewView): [string, string][] {
    const marks = this.marks;
    if (marks?.items === view.items && marks.extent === view.extent) return marks.paths;
    const paths = [...markPaths(view.items, view.extent, MARKS_HEIGHT)];
    this.marks = { items: view.items, extent: view.extent, paths };
    return paths;
  }

  /** A press on the strip centres the window there (off the brush), then drags it. */
  private onTrackDown(event: PointerEvent, view: OverviewView): void {
    if (event.button !== 0) return;
    const track = event.currentTarget as HTMLElement;
    const box = track.getBoundingClientRect();
    if (box.width <= 0) return;
    let window = view.window;
    if (!(event.target as Element).classList.contains('overview-brush')) {
      window = windowCentredAt(view.extent, view.window, (event.clientX - box.left) / box.width);
      this.moveTo(window);
    }
    track.setPointerCapture(event.pointerId);
    this.drag = { pointer: event.pointerId, x: event.clientX, window, width: box.width };
    event.preventDefault();
  }

  private onDragMove(event: PointerEvent, view: OverviewView): void {
    const drag = this.drag;
    if (drag?.pointer !== event.pointerId) return;
    this.moveTo(windowMovedBy(view.extent, drag.window, (event.clientX - drag.x) / drag.width));
  }

  private readonly onDragEnd = (event: PointerEvent): void => {
    if (this.drag?.pointer === event.pointerId) this.drag = undefined;
  };

  private onKeydown(event: KeyboardEvent, view: OverviewView): void {
    const window = brushKeyMove(view.extent, view.window, event.key);
    if (!window) return;
    event.preventDefault();
    this.moveTo(window);
  }
}
