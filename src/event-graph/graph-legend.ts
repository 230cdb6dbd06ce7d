/**
 * The legend under the graph: the shape and colour of each kind of entity the
 * story has, drawn in CSS with the shapes the canvas uses.
 *
 * @module
 */
import { html, type TemplateResult } from 'lit';
import { ENTITY_KINDS, type EntityKind, type Story } from '../model/story-schema.js';
import { uiStrings, type UiLanguage } from '../shared/i18n.js';
import { KIND_SHAPES } from './graph-style.js';

/** A kind's shape, in its colour. */
function shape(kind: EntityKind): TemplateResult {
  return html`<span
    class=${`shape shape-${KIND_SHAPES[kind]} kind-${kind}`}
    aria-hidden="true"
  ></span>`;
}

/** The legend (`part="legend"`) of the kinds of entity in `story`. */
export function renderLegend(story: Story, lang: UiLanguage): TemplateResult {
  const t = uiStrings(lang);
  const kinds = ENTITY_KINDS.filter((kind) =>
    story.entities.some((entity) => entity.kind === kind),
  );
  return html`<ul class="legend" part="legend" aria-label=${t.legend}>
    ${kinds.map((kind) => html`<li>${shape(kind)}${t.kindNames[kind]}</li>`)}
  </ul>`;
}
