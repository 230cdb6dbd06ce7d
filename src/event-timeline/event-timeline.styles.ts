import { css, unsafeCSS } from 'lit';
import { CATEGORIES } from '../model/story-schema.js';
import { categoryColorVar } from '../shared/theme.js';

/** Each category's colour, as the `--he-item-color` of items and legend entries of that category. */
export const categoryColours = css`
  ${unsafeCSS(
    CATEGORIES.map(
      (category) => `.cat-${category} { --he-item-color: var(${categoryColorVar(category)}); }`,
    ).join('\n'),
  )}
`;

/** Styles of `<event-timeline>`: the frame, the items vis-timeline draws, the legend. */
export const timelineStyles = css`
  :host {
    --he-timeline-min-height: 220px;
    height: var(--he-height, 380px);
  }
  .root {
    display: flex;
    flex-direction: column;
    gap: 8px;
    color: var(--he-color-text);
    background: var(--he-color-background);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px;
  }
  .frame {
    position: relative;
    min-height: var(--he-timeline-min-height);
    border: 1px solid var(--he-color-border);
    border-radius: var(--he-radius);
    background: var(--he-color-background);
    overflow: hidden;
  }
  .frame:focus {
    outline: none;
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
    font-size: 0.8125rem;
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
  .vis-panel.vis-center,
  .vis-panel.vis-left,
  .vis-panel.vis-right,
  .vis-panel.vis-top,
  .vis-panel.vis-bottom {
    border-color: var(--he-color-border);
  }
  .vis-time-axis .vis-text {
    color: var(--he-color-muted);
    font-size: 0.8125rem;
  }
  .vis-time-axis .vis-text.vis-major {
    color: var(--he-color-text);
    font-weight: 600;
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
    font-size: 0.8125rem;
    border-radius: 4px;
    cursor: pointer;
  }
  .vis-item.vis-box,
  .vis-item.vis-range {
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
  .vis-item.planned.vis-line {
    border-left-style: dashed;
  }
  .vis-item.vis-selected {
    background: var(--he-color-highlight);
    border-color: var(--he-item-color);
    box-shadow: 0 0 0 2px var(--he-item-color);
    z-index: 3;
  }
  .vis-item.is-active {
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
  .vis-item.vis-cluster {
    border: 1px solid var(--he-color-muted);
    background: var(--he-color-surface);
    color: var(--he-color-text);
    font-weight: 600;
    border-radius: 999px;
    min-width: 28px;
    text-align: center;
  }
  .vis-item.vis-cluster-line {
    border-color: var(--he-color-muted);
  }
  .vis-item.vis-cluster-dot {
    border-color: var(--he-color-muted);
    background: var(--he-color-muted);
  }
  .vis-item.vis-background.future {
    background: repeating-linear-gradient(
      135deg,
      color-mix(in srgb, var(--he-color-muted) 9%, transparent) 0 8px,
      transparent 8px 16px
    );
    border: none;
    cursor: default;
  }
  .vis-item.vis-background.future .vis-item-content {
    color: var(--he-color-muted);
    font-size: 0.75rem;
  }
  .item-date {
    display: block;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    color: var(--he-color-muted);
    font-size: 0.75rem;
  }
  .item-title {
    display: block;
    max-width: 16em;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
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
`;
