import { css } from 'lit';

/** Styles of `<source-quote>`. */
export const quoteStyles = css`
  /* The natural height, never a scroller of its own: the page scrolls. (A scroller
     here would also stop a sideways swipe on the explorer's detail from reaching it.) */
  :host {
    height: auto;
    overflow: visible;
  }
  .root {
    display: flex;
    flex-direction: column;
    gap: 10px;
    height: auto;
    overflow: visible;
    color: var(--he-color-text);
    background: var(--he-color-background);
  }
  .prompt {
    padding: 0;
  }
  .event .date {
    margin: 0;
    font-size: var(--he-font-size-small);
    font-weight: 700;
    color: var(--he-color-muted);
    font-variant-numeric: tabular-nums;
  }
  .badge {
    display: inline-block;
    margin-inline-start: 6px;
    padding: 0 6px;
    border: 1px dashed var(--he-color-muted);
    border-radius: 999px;
    font-size: var(--he-font-size-small);
    font-weight: 400;
  }
  .event .title {
    margin: 2px 0 4px;
    font-size: var(--he-font-size-title);
    line-height: 1.3;
  }
  .event .summary {
    margin: 0;
    color: var(--he-color-text);
  }
  .quote-figure {
    margin: 0;
  }
  blockquote {
    margin: 0;
    padding: 8px 12px;
    border-inline-start: 4px solid var(--he-color-accent);
    background: var(--he-color-surface);
    border-radius: 0 var(--he-radius) var(--he-radius) 0;
    line-height: 1.8;
  }
  blockquote p {
    margin: 0;
  }
  blockquote p + p {
    margin-top: 6px;
  }
  mark {
    background: var(--he-color-highlight);
    color: inherit;
    padding: 1px 0;
    border-radius: 2px;
  }
  .label {
    margin: 0 0 2px;
    font-size: var(--he-font-size-small);
    font-weight: 700;
    letter-spacing: 0.02em;
    text-transform: uppercase;
    color: var(--he-color-muted);
  }
  .translation p,
  .date-basis p {
    margin: 0;
  }
  .translation p {
    font-style: italic;
  }
  .date-basis {
    padding: 6px 10px;
    border: 1px dashed var(--he-color-border);
    border-radius: var(--he-radius);
    font-size: var(--he-font-size-small);
  }
  .citation {
    font-size: var(--he-font-size-small);
    color: var(--he-color-muted);
  }
  .citation .label {
    display: inline;
    text-transform: none;
    letter-spacing: normal;
  }
  /* Upright: an italic face is one more font the first frame asks the system for. */
  .citation cite {
    font-style: normal;
  }
  .citation a {
    color: var(--he-color-accent);
  }
  .citation .attribution {
    margin: 0.25rem 0 0;
    font-size: var(--he-font-size-small);
    overflow-wrap: anywhere;
  }
  .read-source {
    align-self: flex-start;
  }
  dialog {
    width: min(760px, calc(100vw - 32px));
    max-height: min(80vh, 900px);
    padding: 0;
    border: 1px solid var(--he-color-border);
    border-radius: var(--he-radius);
    background: var(--he-color-background);
    color: var(--he-color-text);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 45%);
  }
  .dialog-header {
    position: sticky;
    top: 0;
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 12px;
    padding: 10px 16px;
    background: var(--he-color-background);
    border-bottom: 1px solid var(--he-color-border);
  }
  .dialog-header h2 {
    margin: 0;
    font-size: var(--he-font-size);
  }
  .source-text {
    padding: 8px 16px 16px;
    line-height: 1.8;
  }
  .source-text p {
    margin: 0 0 10px;
  }
`;
