import { css } from 'lit';
import { categoryColours } from '../shared/theme.js';

/** Styles of `<history-explorer>`: header, the stage (timeline and detail), the graph, the layout. */
export const explorerStyles = css`
  /* The natural height, never a scroller: the page scrolls, and only the page.
     --he-height only reserves room (the static fallback reserves the same); the
     explorer grows past it when its content needs more. */
  :host {
    height: auto;
    min-height: var(--he-height, 0);
    overflow: visible;
    /* The layout follows the element's own width, not the window's. */
    container-type: inline-size;
  }
  /* While the story loads, the room its static fallback took (fallback.css): the
     explorer does not collapse to one line between the two and grow again. */
  :host(:state(loading)) {
    min-height: var(--he-height, 760px);
  }
  event-timeline,
  event-graph,
  source-quote {
    --he-height: auto;
  }
  .root {
    display: flex;
    flex-direction: column;
    gap: var(--he-gap);
    height: auto;
    overflow: visible;
    padding: 12px;
    color: var(--he-color-text);
    background: var(--he-color-background);
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 12px;
  }
  .languages {
    display: inline-flex;
    gap: 4px;
    order: 2;
    margin-inline-start: auto;
  }
  .languages .button[aria-pressed='true'],
  .chip[aria-pressed='true'] {
    border-color: var(--he-color-accent);
  }
  .languages .button[aria-pressed='true'] {
    background: var(--he-color-accent);
    color: var(--he-color-accent-text);
  }
  .search {
    flex: 1 1 220px;
    max-width: 360px;
    order: 1;
  }
  .search input {
    box-sizing: border-box;
    width: 100%;
    min-height: 36px;
    padding: 6px 10px;
    border: 1px solid var(--he-color-border);
    border-radius: var(--he-radius);
    background: var(--he-color-background);
    color: var(--he-color-text);
    font: inherit;
  }
  .filters-row {
    order: 3;
    flex: 1 1 100%;
    min-width: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px 12px;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-height: 32px;
    padding: 4px 10px;
    border: 1px solid var(--he-color-border);
    border-radius: 999px;
    background: var(--he-color-background);
    font-size: var(--he-font-size-small);
  }
  .chip[aria-pressed='false'] {
    color: var(--he-color-muted);
    text-decoration: line-through;
  }
  .chip[aria-pressed='false'] .swatch {
    background: transparent;
    border: 2px solid var(--he-item-color);
  }
  .swatch {
    box-sizing: border-box;
    width: 10px;
    height: 10px;
    border-radius: 50%;
    background: var(--he-item-color);
  }
  .planned-key {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    font-size: var(--he-font-size-small);
    color: var(--he-color-muted);
  }
  .swatch.planned {
    width: 14px;
    border-radius: 3px;
    background: none;
    border: 2px dashed var(--he-color-muted);
  }
  ${categoryColours}
  .count,
  .no-match,
  .entity-status {
    margin: 0;
    font-size: var(--he-font-size-small);
    color: var(--he-color-muted);
  }
  .count {
    margin-inline-start: auto;
  }
  .no-match,
  .entity-status {
    order: 4;
    flex: 1 1 100%;
  }
  .entity-status {
    display: flex;
    align-items: center;
    gap: 8px;
    color: var(--he-color-text);
  }
  .button.small {
    min-height: 26px;
    padding: 2px 8px;
    font-size: var(--he-font-size-small);
  }
  .button.primary {
    border-color: var(--he-color-accent);
    background: var(--he-color-accent);
    color: var(--he-color-accent-text);
  }

  /* The stage. Narrow: the timeline, the detail right under it, then the graph.
     Wide: the timeline over the graph, the detail beside both. The detail grows
     with the event read (its quote, translation, how its date was derived) and
     only its own column grows with it: with the graph under the stage, a
     selection pushed the graph ~420 px down, out of view at 1280 x 900, just as
     it highlighted the event's names there. */
  .stage {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--he-gap);
    align-items: start;
  }
  @container (min-width: 900px) {
    .stage {
      grid-template-columns: minmax(0, 3fr) minmax(320px, 2fr);
      /* The detail's extra height goes to the flexible row, under the graph. */
      grid-template-rows: auto 1fr;
      grid-template-areas:
        'timeline detail'
        'graph detail';
    }
    .timeline-section {
      grid-area: timeline;
    }
    .detail {
      grid-area: detail;
    }
    .graph-section {
      grid-area: graph;
    }
  }
  .timeline-section,
  .graph-section {
    position: relative;
    min-width: 0;
  }
  /* Slotted into each view's own row of zoom buttons. */
  .view-heading {
    margin: 0;
    font-size: var(--he-font-size-small);
    font-weight: 700;
    letter-spacing: 0.03em;
    text-transform: uppercase;
    color: var(--he-color-muted);
  }
  /* The chips above are the timeline's colour key: its own legend would repeat them. */
  event-timeline::part(legend) {
    display: none;
  }
  /* Out of sight until it has keyboard focus; then over the timeline's heading. */
  .skip-link {
    position: absolute;
    z-index: 5;
    top: 0;
    left: 0;
    padding: 6px 10px;
    border: 2px solid var(--he-color-focus);
    border-radius: var(--he-radius);
    background: var(--he-color-background);
    color: var(--he-color-text);
    font-size: var(--he-font-size-small);
  }
  .skip-link:not(:focus) {
    width: 1px;
    height: 1px;
    padding: 0;
    border: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @container (max-width: 520px) {
    .root {
      padding: 8px 0;
      gap: 10px;
    }
    /* One row of chips that scrolls sideways, instead of three rows of them. */
    .filters {
      flex-wrap: nowrap;
      overflow-x: auto;
      width: 100%;
      min-width: 0;
      padding-bottom: 4px;
      scrollbar-width: thin;
    }
    .chip {
      flex: none;
    }
    .search {
      flex-basis: 100%;
      max-width: none;
      order: 3;
    }
    .languages {
      order: 1;
      margin-inline-start: 0;
    }
    .filters-row {
      order: 4;
    }
    .count {
      margin-inline-start: 0;
    }
  }
`;
