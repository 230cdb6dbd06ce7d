/**
 * Design tokens shared by every widget: `--he-*` custom properties declared
 * with defaults on `:host`, in a light and a dark set. The dark set follows
 * `prefers-color-scheme` unless the `theme` attribute says otherwise. Fonts are
 * inherited from the host page; the widgets load none.
 *
 * @module
 */
import { css, unsafeCSS } from 'lit';
import { CATEGORIES, type Category, type EntityKind } from '../model/story-schema.js';

/** The custom property that colours a category, e.g. `--he-category-culture`. */
export const categoryColorVar = (category: Category): string => `--he-category-${category}`;
/** The custom property that colours an entity kind, e.g. `--he-kind-agreement`. */
export const kindColorVar = (kind: EntityKind): string => `--he-kind-${kind}`;

/** Each category's colour, as the `--he-item-color` of items and legend entries of that category. */
export const categoryColours = css`
  ${unsafeCSS(
    CATEGORIES.map(
      (category) => `.cat-${category} { --he-item-color: var(${categoryColorVar(category)}); }`,
    ).join('\n'),
  )}
`;

const light = css`
  --he-color-text: #1d2330;
  --he-color-muted: #5b6475;
  --he-color-background: #ffffff;
  --he-color-surface: #f5f6f8;
  --he-color-border: #d5d9e0;
  --he-color-accent: #1f5fbf;
  --he-color-accent-text: #ffffff;
  --he-color-highlight: #fff1b8;
  --he-color-focus: #1f5fbf;
  --he-color-danger: #b42318;
  --he-category-politics: #2f5fb3;
  --he-category-economy: #9a6700;
  --he-category-transport: #1f7a74;
  --he-category-energy: #c2410c;
  --he-category-digital: #6d3fd1;
  --he-category-culture: #b4235a;
  --he-category-ecology: #3b7d23;
  /* Entity kinds: neutral tones (shapes tell them apart); colour is the categories'. */
  --he-kind-organisation: #3b4657;
  --he-kind-company: #5b5046;
  --he-kind-agreement: #5d6573;
  --he-kind-country: #2a313d;
  --he-kind-place: #767d89;
  --he-kind-person: #2a313d;
  --he-kind-project: #4b5463;
  --he-kind-work: #6b6157;
  --he-kind-meeting: #4d4640;
`;

const dark = css`
  --he-color-text: #e8ebf1;
  --he-color-muted: #a9b1c0;
  --he-color-background: #161a22;
  --he-color-surface: #1f2430;
  --he-color-border: #3a4252;
  --he-color-accent: #7fb0ff;
  --he-color-accent-text: #0b1020;
  --he-color-highlight: #5c4a00;
  --he-color-focus: #9cc2ff;
  --he-color-danger: #ff8a80;
  --he-category-politics: #7fa6ec;
  --he-category-economy: #e0b04a;
  --he-category-transport: #5cc2ba;
  --he-category-energy: #f08a5d;
  --he-category-digital: #b39af0;
  --he-category-culture: #ee7fa8;
  --he-category-ecology: #86c86e;
  --he-kind-organisation: #c3cad6;
  --he-kind-company: #d3c8bb;
  --he-kind-agreement: #a9b1be;
  --he-kind-country: #e1e5ec;
  --he-kind-place: #8e96a3;
  --he-kind-person: #e1e5ec;
  --he-kind-project: #b6bdc9;
  --he-kind-work: #c6bcb0;
  --he-kind-meeting: #cfc5ba;
`;

/** Tokens and the base rules every widget shares (box sizing, focus ring, hidden text). */
export const themeStyles = css`
  :host {
    ${light}
    --he-radius: 6px;
    /* The one type scale (13, 15 and 22 px; weights 400 and 700): each size, weight or
       slant a page shows for the first time is a synchronous font request to the browser
       (docs/performance.md, "One type scale"); type-scale.test.ts keeps to it. */
    --he-font-size-small: 0.8125rem;
    --he-font-size: 0.9375rem;
    --he-font-size-title: 1.375rem;
    --he-gap: 12px;
    display: block;
    box-sizing: border-box;
    height: var(--he-height, auto);
    overflow: hidden;
    color: var(--he-color-text);
    background: var(--he-color-background);
    font: inherit;
    font-size: var(--he-font-size);
    line-height: 1.5;
    text-align: start;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
  :host([theme='dark']) {
    ${dark}
  }
  :host([hidden]) {
    display: none;
  }
  /* While the page's static fallback still shows (the story loading, or failed;
     see StoryElement.createRenderRoot), it keeps the room fallback.css gives it.
     The widget's own "Loading…" is for screen readers only; an error shows
     above the list, which scrolls in the room left under it. */
  :host(:state(fallback)) {
    height: var(--he-height, 760px);
  }
  :host(event-timeline:state(fallback)) {
    height: var(--he-height, 380px);
  }
  :host(event-graph:state(fallback)) {
    height: var(--he-height, 600px);
  }
  :host(:state(fallback):not(:state(error))) .root {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    border: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  :host(:state(fallback):state(error)) {
    display: flex;
    flex-direction: column;
  }
  :host(:state(fallback):state(error)) .root {
    flex: none;
    height: auto;
  }
  :host(:state(fallback):state(error)) > :not(.root) {
    flex: 1 1 0;
    min-height: 0;
    height: auto;
  }
  /* Everything inside is set here rather than inherited from the host element,
     which the page's own rules (even \`* { ... !important }\`) may reach.
     Only the font family is the page's. */
  .root {
    box-sizing: border-box;
    height: 100%;
    overflow: auto;
    color: var(--he-color-text);
    background: var(--he-color-background);
    font-size: var(--he-font-size);
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    visibility: visible;
  }
  .root > * {
    flex-shrink: 0;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--he-color-focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
    font-size: var(--he-font-size) !important;
    font-weight: 400 !important;
    font-style: normal !important;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  .status {
    padding: var(--he-gap);
    color: var(--he-color-muted);
  }
  .error {
    padding: var(--he-gap);
    border: 1px solid var(--he-color-danger);
    border-radius: var(--he-radius);
    color: var(--he-color-text);
  }
  .error strong {
    color: var(--he-color-danger);
  }
  .error ul {
    margin: 8px 0;
    padding-inline-start: 20px;
  }
  .error code {
    font-family: ui-monospace, monospace;
    font-size: 0.9em;
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    min-height: 32px;
    padding: 4px 10px;
    border: 1px solid var(--he-color-border);
    border-radius: var(--he-radius);
    background: var(--he-color-surface);
    color: var(--he-color-text);
    font-size: var(--he-font-size-small);
    line-height: 1.2;
  }
  .button:hover {
    border-color: var(--he-color-accent);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 14px;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: var(--he-font-size-small);
    color: var(--he-color-muted);
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
`;
