/**
 * The graph's accessible alternative and index: every visible entity, grouped
 * by kind, as a button that chooses it (`aria-pressed` marks the chosen one;
 * the names in the selected event are marked too). What a name connects to and
 * takes part in shows in the panel of the chosen name (`chosen-entity.ts`).
 * It follows the same view as the canvas (hidden, highlighted, selected), and
 * takes its natural height: the page is the only scroller.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { GraphElements, GraphNode } from '../model/graph-elements.js';
import type { GraphView } from '../model/graph-view.js';
import { eventsOfEntity } from '../model/story-index.js';
import { ENTITY_KINDS, type EntityKind, type Story } from '../model/story-schema.js';
import {
  labelLanguage,
  langWhereOther,
  localeOf,
  uiStrings,
  type UiLanguage,
} from '../shared/i18n.js';

/** What the list shows, and what a press on an entity does. */
export interface EntityListInput {
  readonly story: Story;
  readonly elements: GraphElements;
  readonly view: GraphView;
  /** The selected entity's id, or empty. */
  readonly selectedEntity: string;
  readonly lang: UiLanguage;
  readonly onSelect: (entityId: string) => void;
  /**
   * Whether the names are listed; false renders the closed disclosure's summary
   * alone, and `onOpen` says when the reader is about to open it.
   */
  readonly listed: boolean;
  readonly onOpen: () => void;
}

const sortedCache = new WeakMap<
  GraphElements,
  { readonly locale: string; readonly byKind: ReadonlyMap<EntityKind, readonly GraphNode[]> }
>();

/**
 * The nodes of each kind in the alphabetical order of `locale`, sorted once per
 * elements and locale: the list is drawn again on every selection, and sorting
 * 2,500 names each time took a noticeable part of a click (docs/performance.md).
 */
function sortedByKind(
  elements: GraphElements,
  locale: string,
): ReadonlyMap<EntityKind, readonly GraphNode[]> {
  const cached = sortedCache.get(elements);
  if (cached?.locale === locale) return cached.byKind;
  const collator = new Intl.Collator(locale);
  const byKind = new Map<EntityKind, GraphNode[]>();
  for (const node of elements.nodes) {
    const list = byKind.get(node.kind);
    if (list) list.push(node);
    else byKind.set(node.kind, [node]);
  }
  for (const list of byKind.values()) list.sort((a, b) => collator.compare(a.label, b.label));
  sortedCache.set(elements, { locale, byKind });
  return byKind;
}

/** The list of entities (`part="list"`), behind a disclosure. */
export function renderEntityList(input: EntityListInput): TemplateResult {
  const { story, elements, view, selectedEntity, lang, onSelect } = input;
  const t = uiStrings(lang);
  const locale = localeOf(lang);
  const nameLang = langWhereOther(labelLanguage(story, lang), lang);
  // Not listed yet: nothing sorted, no button made. A click on the summary (or
  // Enter, or Space) lists the names before the disclosure opens; `toggle`
  // covers an `open` set by a script. One template either way, so that the
  // disclosure the reader opens is the one that stays.
  const sorted = input.listed ? sortedByKind(elements, locale) : new Map<EntityKind, GraphNode[]>();
  const groups = ENTITY_KINDS.map((kind) => ({
    kind,
    nodes: (sorted.get(kind) ?? []).filter((node) => !view.hiddenNodes.has(node.id)),
  })).filter((group) => group.nodes.length > 0);
  const shown = elements.nodes.filter((node) => !view.hiddenNodes.has(node.id)).length;
  const onOpen = input.listed ? undefined : input.onOpen;
  // Closed at first: one tab stop and a few lines instead of every name, which
  // the canvas shows; opened, every name is a button.
  return html`<details class="list" part="list" @toggle=${onOpen}>
    <summary class="list-summary" @click=${onOpen}>${t.entityList} (${shown})</summary>
    <nav aria-label=${t.entityList}>
      ${groups.map(
        (group) =>
          html`<h4 class="kind-heading">${t.kindNames[group.kind]}</h4>
            <ul class="entities">
              ${group.nodes.map((node) => {
                const highlighted = view.highlightedNodes.has(node.id);
                const selected = node.id === selectedEntity;
                const count = eventsOfEntity(story, node.id).length;
                return html`<li
                  class=${highlighted ? 'entity is-highlighted' : 'entity'}
                  data-entity=${node.id}
                >
                  <button
                    type="button"
                    class="entity-button"
                    aria-pressed=${selected ? 'true' : 'false'}
                    @click=${() => {
                      onSelect(node.id);
                    }}
                  >
                    <span class="name" lang=${nameLang ?? nothing}>${node.label}</span>
                    ${
                      count > 0
                        ? html`<span class="count"
                            ><span aria-hidden="true">${count}</span
                            ><span class="visually-hidden">${t.eventsOfEntity(count)}</span></span
                          >`
                        : nothing
                    }
                    ${highlighted && !selected ? html`<span class="visually-hidden">(${t.inSelectedEvent})</span>` : nothing}
                  </button>
                </li>`;
              })}
            </ul>`,
      )}
    </nav>
  </details>`;
}
