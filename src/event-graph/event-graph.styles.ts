import { css, unsafeCSS } from 'lit';
import { ENTITY_KINDS } from '../model/story-schema.js';
import { kindColorVar } from '../shared/theme.js';

const kindColours = unsafeCSS(
  ENTITY_KINDS.map(
    (kind) =>
      `.kind-${kind} { background: var(${kindColorVar(kind)}); color: var(${kindColorVar(kind)}); }`,
  ).join('\n'),
);

/** Styles of `<event-graph>`: canvas, legend shapes, the chosen name and the list of names. */
export const graphStyles = css`
  /* The natural height, never a scroller: the page scrolls. --he-height only
     reserves room (as the static fallback does); the graph grows past it. */
  :host {
    --he-graph-height: 440px;
    height: auto;
    min-height: var(--he-height, 0);
    overflow: visible;
  }
  /* While the story loads, the room its static fallback took (fallback.css). */
  :host(:state(loading)) {
    min-height: var(--he-height, 600px);
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
    font-size: var(--he-font-size-small);
    cursor: pointer;
  }
  /* Narrow: the canvas, then what a tap chose (where the reader is looking),
     the legend and the names. Wide: all three in a column beside the canvas,
     which then takes no more height than the canvas (until a chosen name's
     events need it). Beside only from 800 px: the column takes 240 px or more,
     and a canvas under ~550 px wide (the explorer's graph at 1280 px, a graph in
     a 760 px article column) is better given the whole width. */
  .body {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'canvas' 'side' 'legend' 'names';
    gap: 10px;
  }
  @container (min-width: 800px) {
    .body {
      grid-template-columns: minmax(0, 1fr) minmax(240px, 32%);
      grid-template-rows: auto auto 1fr;
      grid-template-areas: 'canvas side' 'canvas legend' 'canvas names';
    }
  }
  .canvas-frame {
    grid-area: canvas;
    align-self: start;
    position: relative;
    min-width: 0;
  }
  .kind-legend {
    grid-area: legend;
  }
  .side {
    grid-area: side;
    min-width: 0;
  }
  .list {
    grid-area: names;
  }
  .canvas {
    /* cytoscape puts this rule in the document head; here it stays inside the widget (#1776). */
    position: relative;
    height: var(--he-graph-height);
    border: 1px solid var(--he-color-border);
    border-radius: var(--he-radius);
    background: var(--he-color-background);
    overflow: hidden;
    /* One finger pans the page (and taps); two fingers are the graph's (touch-gestures.ts). */
    touch-action: pan-x pan-y;
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
  .shape-rhomboid {
    clip-path: polygon(25% 0, 100% 0, 75% 100%, 0 100%);
  }
  .shape-star {
    clip-path: polygon(
      50% 0,
      61% 35%,
      98% 35%,
      68% 57%,
      79% 91%,
      50% 70%,
      21% 91%,
      32% 57%,
      2% 35%,
      39% 35%
    );
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
  .shape-round-tag {
    clip-path: polygon(0 0, 70% 0, 100% 50%, 70% 100%, 0 100%);
  }
  ${kindColours}
  /* After the colours: a hollow kind is a ring in its colour. */
  .shape.shape-hollow {
    background: transparent;
    border: 3px solid currentColor;
  }
  .kind-legend {
    display: flex;
    flex-direction: column;
    gap: 2px;
  }
  .legend-title,
  .help {
    margin: 0;
    font-size: var(--he-font-size-small);
    color: var(--he-color-muted);
  }
  .help-touch {
    display: none;
  }
  @media (hover: none) and (pointer: coarse) {
    .help-pointer {
      display: none;
    }
    .help-touch {
      display: block;
    }
  }
  .chosen {
    display: flex;
    flex-direction: column;
    gap: 6px;
    font-size: var(--he-font-size-small);
  }
  .chosen-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 4px 8px;
  }
  .chosen-heading {
    margin: 0;
    font-size: var(--he-font-size);
  }
  .button.small {
    min-height: 28px;
    padding: 2px 8px;
    font-size: var(--he-font-size-small);
  }
  .chosen-events,
  .connections,
  .entities {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chosen-event {
    display: flex;
    width: 100%;
    gap: 8px;
    padding: 4px 6px;
    border: 1px solid transparent;
    border-radius: var(--he-radius);
    background: none;
    text-align: start;
    line-height: 1.35;
  }
  .chosen-event:hover {
    border-color: var(--he-color-border);
  }
  .chosen-event[aria-current='true'] {
    border-color: var(--he-color-focus);
    background: var(--he-color-highlight);
  }
  /* One column of dates, wide enough for a range of years; longer ones wrap. */
  .event-date {
    flex: none;
    width: 6.5em;
    color: var(--he-color-muted);
    font-variant-numeric: tabular-nums;
  }
  .description,
  .wikidata {
    margin: 0;
    color: var(--he-color-muted);
    font-size: var(--he-font-size-small);
  }
  .wikidata a {
    color: var(--he-color-accent);
  }
  .connections-heading {
    margin: 4px 0 0;
    font-size: var(--he-font-size-small);
    text-transform: uppercase;
    letter-spacing: 0.03em;
    color: var(--he-color-muted);
  }
  .connections {
    font-size: var(--he-font-size-small);
  }
  /* Told apart from the names by colour, not italics: one font fewer to ask for. */
  .relation {
    color: var(--he-color-muted);
  }
  .list {
    font-size: var(--he-font-size-small);
  }
  .list-summary {
    width: fit-content;
    padding: 4px 0;
    cursor: pointer;
    font-weight: 700;
  }
  .kind-heading {
    margin: 8px 0 2px;
    font-size: var(--he-font-size-small);
    text-transform: uppercase;
    letter-spacing: 0.03em;
    color: var(--he-color-muted);
  }
  .entities {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    /* Room for the focus ring (3px, 2px away): the group clips what it paints
       (content-visibility), and so does the widget's root (overflow). */
    padding: 6px;
    /* Groups scrolled out of view are not laid out or painted (they stay in the
       accessibility tree and in find-in-page): the names of a big story cost
       the first frame only what shows. */
    content-visibility: auto;
    contain-intrinsic-size: auto 3em;
  }
  .entity {
    border-radius: var(--he-radius);
  }
  .entity.is-highlighted .entity-button {
    background: var(--he-color-highlight);
  }
  .entity-button {
    display: inline-flex;
    align-items: baseline;
    gap: 6px;
    padding: 2px 8px;
    border: 1px solid var(--he-color-border);
    border-radius: var(--he-radius);
    background: var(--he-color-background);
    text-align: start;
    line-height: 1.35;
  }
  .entity-button:hover {
    border-color: var(--he-color-accent);
  }
  .entity-button[aria-pressed='true'] {
    border-color: var(--he-color-focus);
    box-shadow: inset 0 0 0 1px var(--he-color-focus);
    font-weight: 700;
  }
  .count {
    color: var(--he-color-muted);
    font-size: var(--he-font-size-small);
  }
`;
