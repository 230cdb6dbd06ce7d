import { css, unsafeCSS } from 'lit';
import { CATEGORIES } from '../model/story-schema.js';
import { categoryColorVar } from '../shared/theme.js';

const categoryColours = unsafeCSS(
  CATEGORIES.map(
    (category) => `.cat-${category} { --he-item-color: var(${categoryColorVar(category)}); }`,
  ).join('\n'),
);

/** Styles of `<history-explorer>`: header, filters and the responsive layout. */
export const explorerStyles = css`
  /* Embedded, the explorer keeps a fixed height (the static fallback reserves the
     same, so upgrading it shifts nothing) and scrolls inside; set --he-height to
     another length, or to auto for its natural height. */
  :host {
    height: var(--he-height, 760px);
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
    container-type: inline-size;
    color: var(--he-color-text);
    background: var(--he-color-background);
  }
  .header {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: center;
    gap: 8px 12px;
  }
  .title {
    margin: 0;
    font-size: 1.25rem;
    line-height: 1.3;
  }
  .languages {
    display: inline-flex;
    gap: 4px;
  }
  .languages .button[aria-pressed='true'],
  .chip[aria-pressed='true'] {
    border-color: var(--he-color-accent);
  }
  .languages .button[aria-pressed='true'] {
    background: var(--he-color-accent);
    color: var(--he-color-accent-text);
  }
  .filters-row {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 12px;
  }
  .search input {
    width: min(320px, 100%);
    min-height: 36px;
    padding: 6px 10px;
    border: 1px solid var(--he-color-border);
    border-radius: var(--he-radius);
    background: var(--he-color-background);
    color: var(--he-color-text);
    font: inherit;
  }
  .search {
    flex: 1 1 220px;
    max-width: 320px;
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
    font-size: 0.8125rem;
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
    width: 10px;
    height: 10px;
    border-radius: 50%;
    background: var(--he-item-color);
  }
  ${categoryColours}
  .count,
  .no-match,
  .entity-status {
    margin: 0;
    font-size: 0.875rem;
    color: var(--he-color-muted);
  }
  .count {
    margin-inline-start: auto;
  }
  .no-match,
  .entity-status {
    grid-column: 1 / -1;
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
    font-size: 0.8125rem;
  }
  .root {
    padding: 12px;
  }
  .quote-panel {
    display: flex;
    flex-direction: column;
    gap: 10px;
  }
  .share {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
    font-size: 0.875rem;
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
  .panels {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--he-gap);
  }
  @container (min-width: 900px) {
    .panels {
      grid-template-columns: minmax(0, 3fr) minmax(280px, 2fr);
      align-items: start;
    }
  }
  @container (max-width: 520px) {
    .header {
      grid-template-columns: minmax(0, 1fr);
    }
    /* One row of chips that scrolls sideways, instead of three rows of them. */
    .filters {
      flex-wrap: nowrap;
      overflow-x: auto;
      width: 100%;
      padding-bottom: 4px;
      scrollbar-width: thin;
    }
    .chip {
      flex: none;
    }
    .search {
      max-width: none;
    }
    .search input {
      width: 100%;
    }
    .count {
      margin-inline-start: 0;
    }
  }
`;
