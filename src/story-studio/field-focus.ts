/**
 * Finding the form field a problem's path is about: the field that edits that
 * path, or else the nearest one above it (`events[2].title` when the problem
 * is `events[2].title.zh` and no such field is shown), and inside a group the
 * first thing that takes focus.
 *
 * @module
 */
import { formatPath } from '../model/story-error.js';
import { parsePath } from './story-paths.js';

const FOCUSABLE = 'input, select, textarea, button, [tabindex]';

/** The element to focus for `path` inside `root`, if any. */
export function fieldFor(root: ParentNode, path: string): HTMLElement | undefined {
  const parts = parsePath(path);
  const fields = [...root.querySelectorAll<HTMLElement>('[data-path]')];
  for (let length = parts.length; length > 0; length -= 1) {
    const wanted = formatPath(parts.slice(0, length));
    // Exact, or the first field under it (`events[2].title` → `events[2].title.en`).
    const found =
      fields.find((field) => field.dataset.path === wanted) ??
      fields.find((field) => field.dataset.path?.startsWith(`${wanted}.`));
    if (!found) continue;
    if (found.matches(FOCUSABLE)) return found;
    const inside = found.querySelector<HTMLElement>(FOCUSABLE);
    if (inside) return inside;
  }
  return undefined;
}
