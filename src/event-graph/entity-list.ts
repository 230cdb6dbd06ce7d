/**
 * The graph's accessible alternative and index: every visible entity, grouped
 * by kind, as a button that chooses it (`aria-pressed` marks the chosen one;
 * the names in the selected event are marked too). What a name connects to and
 * takes part in shows in the panel of the chosen name (`chosen-entity.ts`).
 * It follows the same view as the canvas (hidden, highlighted, selected), and
 * takes its natural height: the page is the only scroller.
 *
 * The names are plain DOM made once per graph and language, and patched where
 * the view changes: one lit template per name kept about ten parts, two
 * template instances and a closure for each of them, 0.77 MB of JS heap for the
 * 500 names of the 2,000-event story (docs/performance.md). A press on any name
 * is one listener on the list.
 *
 * @module
 */
import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
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
  type UiStrings,
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

/** One name's list item, and what it shows now (patched only when that changes). */
interface EntityItem {
  readonly node: GraphNode;
  readonly item: HTMLLIElement;
  readonly button: HTMLButtonElement;
  /** "(in the selected event)", made the first time it is said. */
  hint?: HTMLSpanElement;
  highlighted: boolean;
  pressed: boolean;
  hinted: boolean;
}

/** The items of one kind, in alphabetical order, and the `<ul>` that holds the visible ones. */
interface EntityGroup {
  readonly kind: EntityKind;
  readonly list: HTMLUListElement;
  readonly items: readonly EntityItem[];
  /** The items in `list` now, in order. */
  shown: readonly EntityItem[];
}

/** The groups made for a graph, in one language. */
interface BuiltList {
  readonly lang: UiLanguage;
  readonly nameLang: string | undefined;
  readonly groups: readonly EntityGroup[];
}

/**
 * Keyed on the graph's elements, which each `<event-graph>` makes for itself
 * (a DOM node can be in one place only).
 */
const builtLists = new WeakMap<GraphElements, BuiltList>();

/**
 * The nodes of each kind in the alphabetical order of `locale`: sorting 2,500
 * names took a noticeable part of a click (docs/performance.md), so it happens
 * once per graph and language, with the items.
 */
function sortedByKind(elements: GraphElements, locale: string): Map<EntityKind, GraphNode[]> {
  const collator = new Intl.Collator(locale);
  const byKind = new Map<EntityKind, GraphNode[]>();
  for (const node of elements.nodes) {
    const list = byKind.get(node.kind);
    if (list) list.push(node);
    else byKind.set(node.kind, [node]);
  }
  for (const list of byKind.values()) list.sort((a, b) => collator.compare(a.label, b.label));
  return byKind;
}

function span(text: string, className?: string): HTMLSpanElement {
  const element = document.createElement('span');
  if (className) element.className = className;
  element.textContent = text;
  return element;
}

/** `<li class="entity" data-entity><button class="entity-button">` with the name, its count and the hint. */
function makeItem(
  story: Story,
  node: GraphNode,
  t: UiStrings,
  nameLang: string | undefined,
): EntityItem {
  const item = document.createElement('li');
  item.className = 'entity';
  item.dataset.entity = node.id;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'entity-button';
  button.setAttribute('aria-pressed', 'false');
  const name = span(node.label, 'name');
  if (nameLang) name.lang = nameLang;
  button.append(name);
  const count = eventsOfEntity(story, node.id).length;
  if (count > 0) {
    const counted = span('', 'count');
    const shown = span(String(count));
    shown.setAttribute('aria-hidden', 'true');
    counted.append(shown, span(t.eventsOfEntity(count), 'visually-hidden'));
    button.append(counted);
  }
  item.append(button);
  return { node, item, button, highlighted: false, pressed: false, hinted: false };
}

function buildList(
  story: Story,
  elements: GraphElements,
  lang: UiLanguage,
  nameLang: string | undefined,
): BuiltList {
  const t = uiStrings(lang);
  const sorted = sortedByKind(elements, localeOf(lang));
  const groups = ENTITY_KINDS.filter((kind) => sorted.has(kind)).map((kind) => {
    const list = document.createElement('ul');
    list.className = 'entities';
    const items = (sorted.get(kind) ?? []).map((node) => makeItem(story, node, t, nameLang));
    return { kind, list, items, shown: [] };
  });
  return { lang, nameLang, groups };
}

/** The list made for this graph and language, made now if it was not. */
function listOf(story: Story, elements: GraphElements, lang: UiLanguage): BuiltList {
  const built = builtLists.get(elements);
  const nameLang = langWhereOther(labelLanguage(story, lang), lang);
  if (built?.lang === lang && built.nameLang === nameLang) return built;
  const fresh = buildList(story, elements, lang, nameLang);
  builtLists.set(elements, fresh);
  return fresh;
}

/** Puts the group's visible items in its `<ul>` and marks each as the view has it. */
function patchGroup(
  group: EntityGroup,
  view: GraphView,
  selectedEntity: string,
  hintText: string,
): void {
  const shown = group.items.filter((entry) => !view.hiddenNodes.has(entry.node.id));
  const same =
    shown.length === group.shown.length && shown.every((entry, at) => entry === group.shown[at]);
  // Only when search or filters changed what shows: moving the items would drop the focus.
  if (!same) {
    group.list.replaceChildren(...shown.map((entry) => entry.item));
    group.shown = shown;
  }
  for (const entry of shown) {
    const highlighted = view.highlightedNodes.has(entry.node.id);
    const pressed = entry.node.id === selectedEntity;
    const hinted = highlighted && !pressed;
    if (highlighted !== entry.highlighted) {
      entry.item.classList.toggle('is-highlighted', highlighted);
      entry.highlighted = highlighted;
    }
    if (pressed !== entry.pressed) {
      entry.button.setAttribute('aria-pressed', pressed ? 'true' : 'false');
      entry.pressed = pressed;
    }
    if (hinted !== entry.hinted) {
      // Said after the name while the name is in the selected event (and not the chosen one).
      entry.hint ??= entry.button.appendChild(span(`(${hintText})`, 'visually-hidden'));
      entry.hint.hidden = !hinted;
      entry.hinted = hinted;
    }
  }
}

/** The list of entities (`part="list"`), behind a disclosure. */
export function renderEntityList(input: EntityListInput): TemplateResult {
  const { story, elements, view, selectedEntity, lang, onSelect } = input;
  const t = uiStrings(lang);
  // Not listed yet: nothing sorted, no item made. A click on the summary (or
  // Enter, or Space) lists the names before the disclosure opens; `toggle`
  // covers an `open` set by a script. One template either way, so that the
  // disclosure the reader opens is the one that stays.
  const groups = input.listed ? listOf(story, elements, lang).groups : [];
  for (const group of groups) patchGroup(group, view, selectedEntity, t.inSelectedEvent);
  const shownGroups = groups.filter((group) => group.shown.length > 0);
  const shown = elements.nodes.filter((node) => !view.hiddenNodes.has(node.id)).length;
  const onOpen = input.listed ? undefined : input.onOpen;
  const onPress = (event: Event): void => {
    const button = (event.target as Element | null)?.closest('.entity-button');
    const id = button?.parentElement?.dataset.entity;
    if (id !== undefined) onSelect(id);
  };
  // Closed at first: one tab stop and a few lines instead of every name, which
  // the canvas shows; opened, every name is a button.
  return html`<details class="list" part="list" @toggle=${onOpen}>
    <summary class="list-summary" @click=${onOpen}>${t.entityList} (${shown})</summary>
    <nav aria-label=${t.entityList} @click=${onPress}>
      ${repeat(
        shownGroups,
        (group) => group.kind,
        (group) =>
          html`<h4 class="kind-heading">${t.kindNames[group.kind]}</h4>
            ${group.list}`,
      )}
    </nav>
  </details>`;
}
