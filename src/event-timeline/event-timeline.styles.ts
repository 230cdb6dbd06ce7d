import { css, type CSSResultArray } from 'lit';
import { overviewStripStyles } from './overview-strip.styles.js';

/** Styles of `<event-timeline>`: the frame, the items vis-timeline draws, the legend. */
const frameAndItemStyles = css`
  /* The natural height, never a scroller: --he-height only reserves room (the static
     fallback reserves the same, kept while the story loads), and the element grows past it. */
  :host {
    --he-timeline-min-height: 220px;
    height: auto;
    min-height: var(--he-height, 0);
    overflow: visible;
  }
  :host(:state(loading)) {
    min-height: var(--he-height, 380px);
  }
  .root {
    display: flex;
    flex-direction: column;
    gap: 8px;
    height: auto;
    overflow: visible;
    color: var(--he-color-text);
    background: var(--he-color-background);
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 6px 12px;
  }
  .view-title,
  ::slotted([slot='heading']) {
    margin: 0;
    font-size: var(--he-font-size-small);
    font-weight: 700;
    letter-spacing: 0.02em;
    text-transform: uppercase;
    color: var(--he-color-muted);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px;
  }
  .frame {
    position: relative;
    /* Labels wrap within the frame's width (cqw), however narrow it is. */
    container-type: inline-size;
    /* Until drawn, also the room the drawing will take (previewHeightFor). */
    min-height: max(var(--he-timeline-min-height), var(--he-preview-height, 0px));
    border: 1px solid var(--he-color-border);
    border-radius: var(--he-radius);
    background: var(--he-color-background);
    overflow: hidden;
  }
  .frame:focus {
    outline: none;
  }
  /* A box styled as the drawn ones, hidden: labels are measured against it. */
  .probes {
    position: absolute;
    inset: 0;
    visibility: hidden;
    pointer-events: none;
  }
  .frame:focus-visible {
    outline: 3px solid var(--he-color-focus);
    outline-offset: 2px;
  }
  .options {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  /* Until vis-timeline has drawn: the events as a list, filling the frame column by
     column in date order (the frame keeps its size, so nothing moves when the
     timeline replaces it). */
  .options.preview {
    position: absolute;
    inset: 0;
    padding: 10px 12px;
    column-width: 15rem;
    column-gap: 20px;
    column-fill: auto;
    overflow: hidden;
    font-size: var(--he-font-size-small);
    line-height: 1.3;
  }
  .options.preview li {
    margin-bottom: 4px;
    padding: 1px 0 1px 6px;
    border-inline-start: 4px solid var(--he-item-color, var(--he-color-accent));
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    cursor: pointer;
    break-inside: avoid;
  }
  .options.preview li[aria-selected='true'] {
    background: var(--he-color-highlight);
  }

  /* vis-timeline, restyled with the tokens so it follows the theme. */
  .vis-timeline {
    border: none;
    font: inherit;
    color: var(--he-color-text);
  }
  /* Never shown (we never turn rolling mode on), yet vis-timeline only hides it: laid out,
     its 28 px bold glyph (in no font here) cost a fallback search, five synchronous font
     requests while vis-timeline was created (docs/performance.md). */
  .vis-rolling-mode-btn {
    display: none;
  }
  .vis-panel.vis-center,
  .vis-panel.vis-left,
  .vis-panel.vis-right,
  .vis-panel.vis-top,
  .vis-panel.vis-bottom {
    border-color: var(--he-color-border);
  }
  .vis-time-axis .vis-text {
    color: var(--he-color-muted);
    font-size: var(--he-font-size-small);
  }
  .vis-time-axis .vis-text.vis-major {
    color: var(--he-color-text);
    font-weight: 700;
  }
  .vis-time-axis .vis-grid.vis-minor {
    border-color: color-mix(in srgb, var(--he-color-border) 55%, transparent);
  }
  .vis-time-axis .vis-grid.vis-major {
    border-color: var(--he-color-border);
  }
  .vis-item {
    --he-item-color: var(--he-color-accent);
    border-color: var(--he-item-color);
    background: color-mix(in srgb, var(--he-item-color) 12%, var(--he-color-background));
    color: var(--he-color-text);
    font-size: var(--he-font-size-small);
    border-radius: 4px;
    cursor: pointer;
  }
  /* The style too, not only vis-timeline's: labels are measured (probes) before its
     sheet is adopted, and a border without a style is 0 px wide. */
  .vis-item.vis-box,
  .vis-item.vis-range {
    border-style: solid;
    border-width: 1px 1px 1px 4px;
  }
  .vis-item.vis-line {
    border-color: var(--he-item-color);
    background: none;
  }
  .vis-item.vis-dot {
    border-color: var(--he-item-color);
    background: var(--he-item-color);
  }
  .vis-item .vis-item-content {
    padding: 3px 6px;
  }
  .vis-item.vis-range .vis-item-content {
    position: sticky;
    left: 0;
  }
  /* A period's label runs on past a short period's bar rather than being cut. */
  .vis-item.vis-range .vis-item-overflow {
    overflow: visible;
  }
  /* The line from a box down to the axis runs behind every box: it never strikes
     through another title, the selected event's included. */
  .vis-item.vis-line,
  .vis-item.vis-dot {
    z-index: 0;
  }
  .vis-item.planned.vis-box,
  .vis-item.planned.vis-range {
    border-style: dashed;
    border-left-style: solid;
    background: repeating-linear-gradient(
      135deg,
      color-mix(in srgb, var(--he-item-color) 10%, var(--he-color-background)) 0 6px,
      var(--he-color-background) 6px 12px
    );
  }
  /* Doubt about a date (approximate, uncertain, unspecified digits): a period
     fades in over the share of it its first date covers and out over its last
     date's (fuzzy-start-25: the first quarter); an open end fades out; a single
     date's box has a dotted border and its dot a halo. */
  .fuzzy-start-10 {
    --he-fade-start: 10%;
  }
  .fuzzy-start-25 {
    --he-fade-start: 25%;
  }
  .fuzzy-start-50 {
    --he-fade-start: 50%;
  }
  .fuzzy-end-10 {
    --he-fade-end: 10%;
  }
  .fuzzy-end-25,
  .open-end {
    --he-fade-end: 25%;
  }
  .fuzzy-end-50 {
    --he-fade-end: 50%;
  }
  .vis-item.vis-range.fuzzy,
  .vis-item.vis-range.open-end {
    --he-fade-fill: color-mix(in srgb, var(--he-item-color) 28%, var(--he-color-background));
    background: linear-gradient(
      to right,
      transparent 0,
      var(--he-fade-fill) var(--he-fade-start, 0%),
      var(--he-fade-fill) calc(100% - var(--he-fade-end, 0%)),
      transparent 100%
    );
  }
  .vis-item.vis-range[class*='fuzzy-start'] {
    border-left-style: dotted;
  }
  .vis-item.vis-range[class*='fuzzy-end'],
  .vis-item.vis-range.open-end {
    border-right-color: transparent;
  }
  .vis-item.vis-box.fuzzy {
    border-style: dotted;
  }
  .vis-item.vis-dot.fuzzy {
    background: var(--he-color-background);
    box-shadow: 0 0 0 4px color-mix(in srgb, var(--he-item-color) 30%, transparent);
  }
  .vis-item.planned.vis-line {
    border-left-style: dashed;
  }
  /* Selection and the keyboard's ring mark the box: its line to the axis stays a
     hairline, so that it never strikes through the titles it passes behind. */
  .vis-item.vis-box.vis-selected,
  .vis-item.vis-range.vis-selected {
    z-index: 3;
    background: var(--he-color-highlight);
    border-color: var(--he-item-color);
    box-shadow: 0 0 0 2px var(--he-item-color);
  }
  .vis-item.vis-line.vis-selected {
    border-left-width: 2px;
  }
  .vis-item.vis-box.is-active,
  .vis-item.vis-range.is-active {
    outline: 3px solid var(--he-color-focus);
    outline-offset: 2px;
    z-index: 4;
  }
  .vis-item.is-dimmed {
    opacity: 0.35;
  }
  .vis-item.is-highlighted.vis-box,
  .vis-item.is-highlighted.vis-range {
    box-shadow: 0 0 0 2px var(--he-color-focus);
  }
  .vis-item.he-cluster {
    --he-item-color: var(--he-color-muted);
    border: 1px dashed var(--he-color-muted);
    background: var(--he-color-surface);
    border-radius: 8px;
  }
  .vis-item.he-cluster .item-count {
    display: block;
    font-weight: 700;
    color: var(--he-color-accent);
  }
  .vis-item.he-cluster:hover {
    border-style: solid;
    border-color: var(--he-color-accent);
  }
  .vis-item.vis-background.future {
    background: repeating-linear-gradient(
      135deg,
      color-mix(in srgb, var(--he-color-muted) 9%, transparent) 0 8px,
      transparent 8px 16px
    );
    border: none;
    cursor: default;
    container-type: inline-size;
  }
  .vis-item.vis-background.future .vis-item-content {
    color: var(--he-color-muted);
    font-size: var(--he-font-size-small);
  }
  /* Narrower than its word (zoomed out), the band shows none of it, not a stray "P". */
  @container (width < 6rem) {
    .vis-item.vis-background.future .vis-item-content {
      visibility: hidden;
    }
  }
  /* A label wraps within a box of at most 15em (a period's within the frame's
     width): every title is shown in full, never cut with an ellipsis. The crowd layout
     measures labels against these rules (see item-size.ts). */
  .item-label {
    display: block;
    max-width: min(15em, calc(100cqw - 24px));
    white-space: normal;
    text-align: start;
    line-height: 1.35;
    overflow-wrap: anywhere;
  }
  /* A period's label takes the room it needs (up to the frame's width), not the
     bar's: a short period's title is not squeezed into a column. */
  .vis-item.vis-range .vis-item-content {
    width: max-content;
  }
  .vis-range .item-label {
    max-width: calc(100cqw - 24px);
  }
  /* On a phone, a box as wide as the frame: two lines for a title, not four. */
  @container (max-width: 480px) {
    .item-label {
      max-width: calc(100cqw - 24px);
    }
  }
  /* A period's label has the bar's background even where it runs past the bar:
     the lines from boxes to the axis pass behind it, not through its words. */
  .vis-item.vis-range .vis-item-content {
    background: color-mix(in srgb, var(--he-item-color) 12%, var(--he-color-background));
    border-radius: 0 4px 4px 0;
  }
  .item-date {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    color: var(--he-color-muted);
  }
  .item-planned {
    font-style: italic;
    font-weight: 400;
  }

  .swatch {
    width: 12px;
    height: 12px;
    border-radius: 3px;
    background: var(--he-item-color);
  }
  .swatch.planned {
    background: none;
    border: 2px dashed var(--he-color-muted);
  }
  .swatch.fuzzy {
    width: 24px;
    background: linear-gradient(to right, transparent, var(--he-color-muted) 50%, transparent);
  }
`;

/** Every style of `<event-timeline>`, its overview strip's included. */
export const timelineStyles: CSSResultArray = [frameAndItemStyles, overviewStripStyles];
