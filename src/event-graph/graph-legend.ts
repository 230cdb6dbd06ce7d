/**
 * The legend under the graph: the shape of each kind of entity the story has,
 * drawn in CSS as the canvas draws it, and a line saying that shapes (not
 * colours) tell the kinds apart: colours are the categories of events.
 *
 * @module
 */
import { html, type TemplateResult } from 'lit';
import { ENTITY_KINDS, type EntityKind, type Story } from '../model/story-schema.js';
import { uiStrings, type UiLanguage } from '../shared/i18n.js';
import { HOLLOW_KINDS, KIND_SHAPES } from './graph-style.js';

/** A kind's shape, in its colour. */
function shape(kind: EntityKind): TemplateResult {
  const hollow = HOLLOW_KINDS.has(kind) ? ' shape-hollow' : '';
  return html`<span
    class=${`shape shape-${KIND_SHAPES[kind]} kind-${kind}${hollow}`}
    aria-hidden="true"
  ></span>`;
}

/** The legend (`part="legend"`) of the kinds of entity in `story`. */
export function renderLegend(story: Story, lang: UiLanguage): TemplateResult {
  const t = uiStrings(lang);
  const kinds = ENTITY_KINDS.filter((kind) =>
    story.entities.some((entity) => entity.kind === kind),
  );
  return html`<div class="kind-legend" part="legend">
    <p class="legend-title" id="kind-legend-title">${t.kindLegend}</p>
    <ul class="legend" aria-labelledby="kind-legend-title">
      ${kinds.map((kind) => html`<li>${shape(kind)}${t.kindNames[kind]}</li>`)}
    </ul>
  </div>`;
}
