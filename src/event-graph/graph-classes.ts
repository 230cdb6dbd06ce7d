/**
 * The classes the graph stylesheet keys on (`graph-style.ts`), and which of
 * them the drawn elements must gain or lose to show a view. Pure: it reads the
 * classes elements have and returns the toggles, which the controller applies
 * in one batch.
 *
 * @module
 */
import type { GraphView } from '../model/graph-view.js';

/** A class the view sets on nodes and edges. */
export type GraphClass = 'hidden' | 'highlighted' | 'dimmed' | 'selected';

/** What is read of a drawn element; a cytoscape node or edge is one. */
export interface ClassedElement {
  id(): string;
  isNode(): boolean;
  hasClass(name: string): boolean;
}

/** One class to add (`on`) or remove from one element. */
export interface ClassToggle<E extends ClassedElement> {
  readonly element: E;
  readonly name: GraphClass;
  readonly on: boolean;
}

/**
 * Above this many drawn elements (nodes and edges), a highlight does not dim
 * the rest. Dimming changes the look of every element that is not highlighted,
 * and cytoscape restyles each of them (~0.1 ms apiece): at 10,000 events
 * (12,500 elements) the first highlight took the main thread for over a
 * second. The 2,000-event story (2,500 elements) keeps its dimming; past this
 * size the highlighted elements stand out by their colour and width, and the
 * graph is fitted to them.
 */
export const DIM_REST_LIMIT = 5000;

/** Whether a highlight dims the rest of a graph of `elementCount` drawn nodes and edges. */
export function dimsRest(elementCount: number): boolean {
  return elementCount <= DIM_REST_LIMIT;
}

/**
 * The toggles that bring `elements` to `view`: only where a class must change.
 * cytoscape restyles an element on every toggle, even one that changes nothing,
 * and a first draw with nothing highlighted would otherwise restyle every
 * element four times.
 *
 * @param selectedEntity the id of the selected entity, or empty.
 * @param dimRest whether what the view does not highlight is dimmed (false above
 *   {@link DIM_REST_LIMIT} elements: then a highlight changes only its own elements).
 */
export function classToggles<E extends ClassedElement>(
  elements: Iterable<E>,
  view: GraphView,
  selectedEntity: string,
  dimRest = true,
): ClassToggle<E>[] {
  const toggles: ClassToggle<E>[] = [];
  const toggle = (element: E, name: GraphClass, on: boolean) => {
    if (element.hasClass(name) !== on) toggles.push({ element, name, on });
  };
  for (const element of elements) {
    const id = element.id();
    const isNode = element.isNode();
    const hidden = isNode ? view.hiddenNodes.has(id) : view.hiddenEdges.has(id);
    const highlighted = isNode ? view.highlightedNodes.has(id) : view.highlightedEdges.has(id);
    toggle(element, 'hidden', hidden);
    toggle(element, 'highlighted', highlighted);
    toggle(element, 'dimmed', dimRest && view.focused && !highlighted);
    toggle(element, 'selected', id === selectedEntity);
  }
  return toggles;
}
