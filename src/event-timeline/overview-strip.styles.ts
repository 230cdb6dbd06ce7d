import { css } from 'lit';

/** Styles of the overview strip under the timeline (overview-strip.ts). */
export const overviewStripStyles = css`
  .overview {
    display: flex;
    flex-direction: column;
    gap: 2px;
  }
  .overview-track {
    position: relative;
    height: 22px;
    border: 1px solid var(--he-color-border);
    border-radius: var(--he-radius);
    background: var(--he-color-surface);
    cursor: pointer;
    /* A sideways drag moves the window; an upward one still scrolls the page. */
    touch-action: pan-y;
  }
  .overview-marks {
    position: absolute;
    inset: 1px 0;
    width: 100%;
    height: calc(100% - 2px);
  }
  .overview-marks path {
    fill: none;
    stroke: var(--he-item-color, var(--he-color-muted));
    stroke-width: 2px;
    vector-effect: non-scaling-stroke;
  }
  .overview-marks .overview-selected {
    stroke: var(--he-color-text);
    stroke-width: 3px;
  }
  .overview-brush {
    position: absolute;
    top: -1px;
    bottom: -1px;
    min-width: 6px;
    box-sizing: border-box;
    border: 2px solid var(--he-color-accent);
    border-radius: var(--he-radius);
    background: color-mix(in srgb, var(--he-color-accent) 14%, transparent);
    cursor: grab;
  }
  .overview-ends {
    display: flex;
    justify-content: space-between;
    font-size: var(--he-font-size-small);
    color: var(--he-color-muted);
    font-variant-numeric: tabular-nums;
  }
`;
