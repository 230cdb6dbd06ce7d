import { css } from 'lit';

/**
 * Styles of the explorer's detail: the title card, the previous / next steps,
 * the quote panel and the copy-link control (after `explorerStyles`).
 */
export const detailStyles = css`
  .detail {
    display: flex;
    flex-direction: column;
    gap: 12px;
    min-width: 0;
    padding: 12px 14px;
    border: 1px solid var(--he-color-border);
    border-radius: var(--he-radius);
    background: var(--he-color-background);
    scroll-margin-top: 8px;
    /* A sideways swipe steps through the events; an upward one scrolls the page. */
    touch-action: pan-y;
  }
  .detail:focus {
    outline: none;
  }
  .detail:focus-visible {
    outline: 3px solid var(--he-color-focus);
    outline-offset: 2px;
  }
  /* One line: the story's title over the event read, which it introduces. */
  .story-line {
    margin: 0;
    overflow: hidden;
    font-size: var(--he-font-size-small);
    font-weight: 700;
    color: var(--he-color-muted);
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .title-card {
    display: flex;
    flex-direction: column;
    gap: 10px;
  }
  .kicker {
    margin: 0;
    font-size: var(--he-font-size-small);
    font-weight: 700;
    letter-spacing: 0.02em;
    color: var(--he-color-muted);
    font-variant-numeric: tabular-nums;
  }
  .title-card .title {
    margin: 0;
    font-size: var(--he-font-size-title);
    line-height: 1.25;
  }
  .title-card .summary {
    margin: 0;
    line-height: 1.55;
  }
  .start {
    align-self: flex-start;
    flex-direction: column;
    align-items: flex-start;
    gap: 2px;
    max-width: 100%;
    padding: 8px 14px;
    text-align: start;
  }
  .start-label {
    font-size: var(--he-font-size);
    font-weight: 700;
  }
  .start-event {
    font-size: var(--he-font-size-small);
    opacity: 0.92;
  }
  .steps {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto minmax(0, 1fr);
    align-items: stretch;
    gap: 8px;
  }
  .step {
    flex-direction: column;
    align-items: flex-start;
    justify-content: center;
    gap: 2px;
    min-width: 0;
    min-height: 44px;
    text-align: start;
  }
  .step.next {
    grid-column: 3;
    align-items: flex-end;
    text-align: end;
    border-color: var(--he-color-accent);
  }
  .step:disabled {
    opacity: 0.45;
    cursor: default;
  }
  .step-label {
    font-weight: 700;
  }
  .step.next .step-label {
    color: var(--he-color-accent);
  }
  /* The neighbour's title, two lines at most (the whole of it is the button's title and name). */
  .step-event {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
    max-width: 100%;
    font-size: var(--he-font-size-small);
    color: var(--he-color-muted);
  }
  .step-position {
    align-self: center;
    font-size: var(--he-font-size-small);
    color: var(--he-color-muted);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .quote-panel {
    display: flex;
    flex-direction: column;
    gap: 10px;
  }
  .quote-panel[hidden] {
    display: none;
  }
  .share {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
    font-size: var(--he-font-size-small);
  }
  .share-status {
    color: var(--he-color-muted);
  }
  .share-manual input {
    width: min(100%, 420px);
    padding: 4px 8px;
    border: 1px solid var(--he-color-border);
    border-radius: var(--he-radius);
    background: var(--he-color-background);
    color: var(--he-color-text);
    font: inherit;
  }
  @container (max-width: 520px) {
    .detail {
      padding: 10px;
    }
    /* The position above, the two buttons side by side below it. */
    .steps {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
    .step-position {
      grid-row: 1;
      grid-column: 1 / -1;
      justify-self: center;
    }
    .step.previous {
      grid-row: 2;
    }
    .step.next {
      grid-row: 2;
      grid-column: 2;
    }
  }
`;
