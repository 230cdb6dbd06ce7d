/**
 * Styles of `<story-studio>`: the source beside the forms at desktop widths,
 * one column on a phone; mentions marked by colour and by line style (solid:
 * covered, struck: excluded, dashed and bold: open), so colour is never the
 * only sign.
 *
 * @module
 */
import { css } from 'lit';

export const studioStyles = css`
  :host {
    display: block;
    color: var(--he-color-text);
    background: var(--he-color-background);
    font: inherit;
  }
  .studio {
    padding: 0.5rem 1rem 2rem;
    max-width: 1600px;
    margin: 0 auto;
  }
  h1 {
    font-size: 1.4rem;
    margin: 0.25rem 0;
  }
  h2 {
    font-size: 1.1rem;
    margin: 0.5rem 0;
  }
  h3 {
    font-size: 1rem;
    margin: 0.75rem 0 0.25rem;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    border: 1px solid var(--he-color-border);
    border-radius: 4px;
    color: var(--he-color-text);
  }
  button {
    padding: 0.35rem 0.7rem;
    background: var(--he-color-surface);
    cursor: pointer;
  }
  button.primary {
    background: var(--he-color-accent);
    color: var(--he-color-accent-text);
    border-color: var(--he-color-accent);
  }
  button.danger {
    color: var(--he-color-danger);
  }
  button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  :focus-visible {
    outline: 3px solid var(--he-color-focus);
    outline-offset: 2px;
  }
  input,
  select,
  textarea {
    padding: 0.3rem 0.4rem;
    background: var(--he-color-background);
    box-sizing: border-box;
    max-width: 100%;
  }
  fieldset.languages {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.15rem;
    margin: 0.35rem 0;
  }
  .field input,
  .field textarea {
    width: 100%;
  }
  .label {
    font-size: 0.85rem;
    color: var(--he-color-muted);
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    margin: 0.3rem 0;
  }
  fieldset {
    border: 1px solid var(--he-color-border);
    border-radius: 4px;
    margin: 0.5rem 0;
    padding: 0.25rem 0.75rem 0.5rem;
  }
  .inline-form {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: flex-end;
  }
  .ui-language {
    float: right;
    display: flex;
    gap: 0.4rem;
    align-items: center;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    border-bottom: 1px solid var(--he-color-border);
    padding-bottom: 0.5rem;
  }
  .bar-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
  }
  .story-id {
    font-family: monospace;
    color: var(--he-color-muted);
  }
  .status {
    min-height: 1.4em;
    margin: 0.4rem 0;
    color: var(--he-color-muted);
  }
  .workspace {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    gap: 1rem;
    align-items: start;
  }
  .source-panel {
    position: sticky;
    top: 0;
    max-height: 100vh;
    overflow: auto;
  }
  .source-text {
    white-space: pre-wrap;
    line-height: 1.7;
    border: 1px solid var(--he-color-border);
    border-radius: 4px;
    padding: 0.75rem;
    background: var(--he-color-surface);
  }
  .source-actions {
    display: flex;
    gap: 0.75rem;
    align-items: center;
    margin: 0.5rem 0;
  }
  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin: 0.25rem 0;
  }
  .count.open {
    font-weight: 700;
  }
  .hint,
  .empty,
  .quote-note,
  .proposal-note {
    color: var(--he-color-muted);
    font-size: 0.9rem;
  }
  mark.mention {
    color: inherit;
    cursor: pointer;
    border-radius: 2px;
    text-decoration-thickness: 2px;
    text-underline-offset: 3px;
  }
  mark.mention.covered {
    background: #d7f0dd;
    text-decoration-line: underline;
  }
  mark.mention.excluded {
    background: #e7e8ea;
    text-decoration-line: line-through;
  }
  mark.mention.open {
    background: var(--he-color-highlight);
    font-weight: 700;
    text-decoration-line: underline;
    text-decoration-style: dashed;
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  .tab[aria-current='page'] {
    background: var(--he-color-accent);
    color: var(--he-color-accent-text);
  }
  .panel {
    border: 1px solid var(--he-color-border);
    border-radius: 4px;
    padding: 0.5rem 0.75rem;
    margin: 0.5rem 0;
  }
  .event-list,
  .entity-list,
  .relation-list,
  .exclusion-list,
  .open-mentions,
  .problem-list,
  .chips {
    list-style: none;
    padding: 0;
    margin: 0.25rem 0;
  }
  .event-choice {
    width: 100%;
    text-align: start;
    margin: 0.1rem 0;
  }
  .event-choice[aria-pressed='true'] {
    border-color: var(--he-color-accent);
    box-shadow: inset 3px 0 0 var(--he-color-accent);
  }
  .date {
    font-family: monospace;
    margin-inline-end: 0.5rem;
  }
  .badge {
    font-size: 0.8rem;
    padding: 0 0.35rem;
    border-radius: 8px;
    background: var(--he-color-highlight);
    margin-inline-start: 0.4rem;
  }
  .quote {
    margin: 0.5rem 0;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--he-color-accent);
    background: var(--he-color-surface);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
  }
  .chips li {
    border: 1px solid var(--he-color-border);
    border-radius: 12px;
    padding: 0 0 0 0.6rem;
  }
  .remove-chip {
    border: 0;
    background: none;
    padding: 0 0.5rem;
  }
  .entity-item,
  .relation-item,
  .exclusion-item {
    border-top: 1px solid var(--he-color-border);
    padding: 0.5rem 0;
  }
  .open-mentions li {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    justify-content: space-between;
    margin: 0.25rem 0;
  }
  .problems h2 {
    font-size: 1rem;
  }
  .problem {
    width: 100%;
    text-align: start;
    margin: 0.1rem 0;
    border-color: var(--he-color-danger);
  }
  .preview {
    margin-top: 1.5rem;
    border-top: 1px solid var(--he-color-border);
  }
  .publish-preview {
    overflow: auto;
    border: 1px dashed var(--he-color-border);
  }
  .code textarea {
    font-family: monospace;
    font-size: 0.85rem;
  }
  .start-columns {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
    gap: 1.5rem;
  }
  .restore {
    border: 2px solid var(--he-color-accent);
    border-radius: 4px;
    padding: 0.5rem 1rem;
    margin: 0.5rem 0;
  }
  .error {
    color: var(--he-color-danger);
  }
  @media (max-width: 760px) {
    .workspace,
    .start-columns {
      grid-template-columns: minmax(0, 1fr);
    }
    .source-panel {
      position: static;
      max-height: none;
    }
    .ui-language {
      float: none;
    }
  }
`;
