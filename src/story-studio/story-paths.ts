/**
 * Paths into a story, the same ones the model's problems carry
 * (`events[3].title.en`): read and written here, so that a form field, the
 * value it edits and a problem about it share one name, and choosing a
 * problem can find its field.
 *
 * @module
 */
import { formatPath } from '../model/story-error.js';

export type PathPart = string | number;

/** `events[3].title.en` → `['events', 3, 'title', 'en']`. */
export function parsePath(path: string): PathPart[] {
  const parts: PathPart[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) parts.push(Number(match[2]));
    else if (match[1] !== undefined) parts.push(match[1]);
  }
  return parts;
}

export { formatPath };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at `path` in `root`, or `undefined` where the path leads nowhere. */
export function getAt(root: unknown, path: string | readonly PathPart[]): unknown {
  const parts = typeof path === 'string' ? parsePath(path) : path;
  let value: unknown = root;
  for (const part of parts) {
    if (typeof part === 'number')
      value = Array.isArray(value) ? (value[part] as unknown) : undefined;
    else value = isRecord(value) ? value[part] : undefined;
    if (value === undefined) return undefined;
  }
  return value;
}

/**
 * A copy of `root` with `value` at `path`; the objects and lists along the
 * path are copied, everything else is shared. `undefined` removes a field.
 * Missing objects along the path are created; empty objects left behind by a
 * removal are removed too (a translation with no language left is no
 * translation).
 */
export function setAt<T>(root: T, path: string | readonly PathPart[], value: unknown): T {
  const parts = typeof path === 'string' ? parsePath(path) : path;
  return setParts(root, parts, value) as T;
}

function setParts(node: unknown, parts: readonly PathPart[], value: unknown): unknown {
  const [part, ...rest] = parts;
  if (part === undefined) return value;
  if (typeof part === 'number') {
    const list: unknown[] = Array.isArray(node) ? [...(node as unknown[])] : [];
    list[part] = setParts(list[part], rest, value);
    return list;
  }
  const record: Record<string, unknown> = isRecord(node) ? { ...node } : {};
  const next = setParts(record[part], rest, value);
  if (next === undefined || (isRecord(next) && Object.keys(next).length === 0 && rest.length > 0)) {
    return withoutKey(record, part);
  }
  record[part] = next;
  return record;
}

/** A copy of `record` without the field `key`. */
export function withoutKey<T extends object>(record: T, key: string): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([name]) => name !== key)) as Partial<T>;
}
