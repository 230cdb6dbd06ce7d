import { css, unsafeCSS } from 'lit';
import { ENTITY_KINDS } from '../model/story-schema.js';
import { kindColorVar } from '../shared/theme.js';

const kindColours = unsafeCSS(
  ENTITY_KINDS.map((kind) => `.kind-${kind} { background: var(${kindColorVar(kind)}); }`).join(
    '\n',
  ),
);

/** Styles of `<event-graph>`: canvas, legend shapes and the accessible list. */
export const graphStyles = css`
  :host {
    --he-graph-height: 440px;
    height: var(--he-height, 600px);
  }
  .root {
    display: flex;
    flex-direction: column;
    gap: 8px;
    container-type: inline-size;
    color: var(--he-color-text);
    background: var(--he-color-background);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px;
  }
  .follow {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    margin-inline-start: 6px;
    font-size: 0.875rem;
    cursor: pointer;
  }
  .body {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 10px;
  }
  @container (min-width: 860px) {
    .body {
      grid-template-columns: minmax(0, 1fr) minmax(220px, 30%);
    }
    .list {
      max-height: calc(var(--he-graph-height) + 30px);
    }
  }
  .canvas-frame {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 6px;
    min-width: 0;
  }
  .canvas {
    /* cytoscape puts this rule in the document head; here it stays inside the widget (#1776). */
    position: relative;
    height: var(--he-graph-height);
    border: 1px solid var(--he-color-border);
    border-radius: var(--he-radius);
    background: var(--he-color-background);
    overflow: hidden;
    touch-action: pan-y;
  }
  .overlay {
    position: absolute;
    inset: 40% 16px auto;
    margin: 0;
    text-align: center;
    color: var(--he-color-muted);
  }
  .shape {
    display: inline-block;
    width: 14px;
    height: 14px;
  }
  .shape-round-rectangle {
    border-radius: 4px;
  }
  .shape-barrel {
    border-radius: 40% / 20%;
  }
  .shape-diamond {
    clip-path: polygon(50% 0, 100% 50%, 50% 100%, 0 50%);
  }
  .shape-ellipse {
    border-radius: 50%;
  }
  .shape-round-triangle {
    clip-path: polygon(50% 0, 100% 100%, 0 100%);
  }
  .shape-round-hexagon {
    clip-path: polygon(25% 0, 75% 0, 100% 50%, 75% 100%, 25% 100%, 0 50%);
  }
  .shape-round-octagon {
    clip-path: polygon(30% 0, 70% 0, 100% 30%, 100% 70%, 70% 100%, 30% 100%, 0 70%, 0 30%);
  }
  .shape-round-tag {
    clip-path: polygon(0 0, 70% 0, 100% 50%, 70% 100%, 0 100%);
  }
  ${kindColours}
  .list {
    max-height: 280px;
    overflow: auto;
    padding: 4px 8px 8px;
    border: 1px solid var(--he-color-border);
    border-radius: var(--he-radius);
    font-size: 0.875rem;
  }
  .help {
    margin: 4px 0 8px;
    color: var(--he-color-muted);
    font-size: 0.8125rem;
  }
  .kind-heading {
    margin: 10px 0 4px;
    font-size: 0.75rem;
    text-transform: uppercase;
    letter-spacing: 0.03em;
    color: var(--he-color-muted);
  }
  .entities,
  .connections {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .entity {
    margin: 2px 0;
    border-radius: var(--he-radius);
    /* Entries scrolled out of the list's view are not laid out or painted (they
       stay in the accessibility tree and in find-in-page): the list of a big
       story costs the first frame only what shows. */
    content-visibility: auto;
    contain-intrinsic-size: auto 2.5em;
  }
  .entity.is-highlighted {
    background: var(--he-color-highlight);
  }
  .entity-button {
    display: flex;
    width: 100%;
    justify-content: space-between;
    gap: 8px;
    padding: 4px 6px;
    border: 1px solid transparent;
    border-radius: var(--he-radius);
    background: none;
    text-align: start;
  }
  .entity-button:hover {
    border-color: var(--he-color-border);
  }
  .entity-button[aria-pressed='true'] {
    border-color: var(--he-color-focus);
    box-shadow: inset 0 0 0 1px var(--he-color-focus);
    font-weight: 600;
  }
  .count {
    flex: none;
    color: var(--he-color-muted);
    font-size: 0.75rem;
  }
  .description {
    margin: 0 6px 2px;
    color: var(--he-color-muted);
    font-size: 0.8125rem;
  }
  .connections {
    margin: 0 6px 4px 14px;
    font-size: 0.8125rem;
    color: var(--he-color-muted);
  }
  .connections li.is-highlighted {
    color: var(--he-color-text);
    font-weight: 600;
  }
  .relation {
    font-style: italic;
  }
`;
