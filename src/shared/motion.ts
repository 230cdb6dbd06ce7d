/**
 * How the widgets move the page for the reader.
 *
 * @module
 */

/** Smooth scrolling, unless the reader asked for less motion. */
export function scrollBehaviour(): ScrollBehavior {
  return matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
}
