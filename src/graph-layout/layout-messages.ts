/**
 * The messages between the page and the layout worker (layout-worker.ts).
 *
 * @module
 */
import type { GraphElements } from '../model/graph-elements.js';
import type { Positions } from './graph-layout.js';

/** Lay out `elements`, keeping `pinned` nodes where they are. */
export interface LayoutRequest {
  /** Echoed in the reply. */
  readonly id: number;
  readonly elements: GraphElements;
  readonly pinned?: Positions;
}

/** Request `id` is being laid out; then its positions, or why there are none. */
export type LayoutReply =
  | { readonly id: number; readonly started: true }
  | { readonly id: number; readonly positions: Positions }
  | { readonly id: number; readonly error: string };
