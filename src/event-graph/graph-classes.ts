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
 * The toggles that bring `elements` to `view`: only where a class must change.
 * cytoscape restyles an element on every toggle, even one that changes nothing,
 * and a first draw with nothing highlighted would otherwise restyle every
 * element four times.
 *
 * @param selectedEntity the id of the selected entity, or empty.
 */
export function classToggles<E extends ClassedElement>(
  elements: Iterable<E>,
  view: GraphView,
  selectedEntity: string,
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
    toggle(element, 'dimmed', view.focused && !highlighted);
    toggle(element, 'selected', id === selectedEntity);
  }
  return toggles;
}
