/**
 * Limits on what validation will look at, checked before anything iterates
 * over a story: how deep its data is nested, how long a list is, how large
 * the whole is. A story file is capped in bytes when it is read; a story
 * handed over as an object (the widgets' `story` property) is not, and may be
 * anything a page can build: a list that says it has a billion items, a getter
 * that throws, a Proxy that answers differently each time it is asked.
 *
 * {@link inspectStoryInput} reads every value once, within those limits, and
 * can return a plain copy, so that validation and the widgets only ever see
 * data that holds still. (An input that is not plain data, or nests deeper than
 * a story does, is read a second time, by the careful walk that words its problem.)
 *
 * @module
 */
import { formatPath, type StoryProblem } from './story-error.js';
import { formatCount } from './text-position.js';

/** The limits a story's data must stay within. */
export const STORY_INPUT_LIMITS = {
  /**
   * Nesting levels. A story itself needs five (`events[0].quote.translation.en`);
   * unknown extra fields may nest deeper, but not so deep that writing the
   * story as JSON (`JSON.stringify`, which recurses) runs out of stack.
   */
  maxDepth: 3500,
  /** Items in one list, or fields in one object. */
  maxItems: 100_000,
  /**
   * Characters of text and names in all: the 12 MB a story file may have (the
   * biggest story we support, 10,000 events, has 6.7 M). A UTF-16 string is
   * never longer than its UTF-8 bytes, so every file within the byte limit passes.
   */
  maxCharacters: 12 * 1024 * 1024,
} as const;

/** The outcome of {@link inspectStoryInput}. */
export type InputInspection =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly problem: StoryProblem };

/** A limit was crossed, or reading a value threw; carries the problem out of the walk. */
class InputRefused extends Error {
  constructor(readonly problem: StoryProblem) {
    super(problem.message);
  }
}

/** What a copy holds where the original contains itself. */
const CIRCULAR = '[circular reference]';

/** Whether `value` is a plain object or array: the only things walked into. */
function isWalkable(value: object): boolean {
  if (Array.isArray(value)) return true;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Sets `key` on a copy as an own property, even `__proto__`. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else target[key] = value;
}

/** An object or list being read: where the walk is in it, and its copy. */
interface Frame {
  readonly source: object;
  /** The copy being filled (with `copy`); an array for a list. */
  readonly target: unknown[] | Record<string, unknown>;
  /** The keys to read; undefined for a list (its indexes up to `size`). */
  readonly keys: readonly string[] | undefined;
  readonly size: number;
  readonly depth: number;
  next: number;
}

/** How deep the quick walk goes before it leaves the input to the careful one. */
const QUICK_DEPTH = 64;

/** What the quick walk returns for an input it leaves to the careful walk. */
const UNUSUAL: unique symbol = Symbol('unusual input');

/** Thrown out of the quick walk when it meets what it leaves to the careful one. */
class UnusualInput extends Error {}

/**
 * The common case, quickly: plain data as JSON gives it, nested at most
 * `QUICK_DEPTH` levels, within the limits, with no getter that throws.
 * Recursive, without the careful walk's bookkeeping (the path for messages, the
 * ancestors for cycles), which was most of a 2,000-event story's copy
 * (docs/performance.md). Anything else (a cycle reaches `QUICK_DEPTH`) returns
 * `UNUSUAL`, and the careful walk reads the input again from the start and words
 * the problem. Each step counts towards the character limit, so the work is
 * bounded as the careful walk's is.
 */
function quickWalk(input: unknown, copy: boolean): unknown {
  let characters = 0;
  const { maxItems, maxCharacters } = STORY_INPUT_LIMITS;
  const take = (value: unknown, depth: number): unknown => {
    if (typeof value === 'string') {
      characters += value.length;
      if (characters > maxCharacters) throw new UnusualInput();
      return value;
    }
    characters += 1;
    if (typeof value !== 'object' || value === null || !isWalkable(value)) return value;
    if (depth >= QUICK_DEPTH || characters > maxCharacters) throw new UnusualInput();
    if (Array.isArray(value)) {
      const length: unknown = value.length;
      if (typeof length !== 'number' || length > maxItems) throw new UnusualInput();
      const target: unknown[] = copy ? new Array<unknown>(length) : [];
      for (let index = 0; index < length; index += 1) {
        const item = take(value[index], depth + 1);
        if (copy) target[index] = item;
      }
      return copy ? target : value;
    }
    const keys = Object.keys(value);
    if (keys.length > maxItems) throw new UnusualInput();
    const target: Record<string, unknown> = {};
    for (const key of keys) {
      characters += key.length + 1;
      const item = take((value as Record<string, unknown>)[key], depth + 1);
      if (copy && item !== undefined) setOwn(target, key, item);
    }
    return copy ? target : value;
  };
  try {
    return take(input, 0);
  } catch {
    return UNUSUAL;
  }
}

/**
 * Reads `input` once, checking the limits; with `copy`, returns a plain copy
 * of it (arrays and plain objects rebuilt, other values kept as they are, for
 * the schema to refuse). Never throws: a limit crossed or a value that throws
 * when read comes back as a problem with the path where it happened.
 *
 * A loop with a stack of its own, not recursion: data nested thousands of
 * levels deep must be refused with a message, not by running out of stack.
 */
export function inspectStoryInput(input: unknown, copy: boolean): InputInspection {
  const quick = quickWalk(input, copy);
  if (quick !== UNUSUAL) return { ok: true, value: quick };
  const path: (string | number)[] = [];
  const stack: Frame[] = [];
  // The objects on the way down to the current value: one met again is a cycle,
  // not walked into, for the schema to refuse where it stands.
  const ancestors = new Set<object>();
  let characters = 0;
  const refusal = (message: string) => new InputRefused({ path: formatPath(path), message });
  const count = (length: number) => {
    characters += length;
    if (characters > STORY_INPUT_LIMITS.maxCharacters) {
      path.length = 0;
      throw refusal(
        `the story is larger than the ${STORY_INPUT_LIMITS.maxCharacters / 1024 / 1024} MB limit; split it into several stories`,
      );
    }
  };
  /** A value as the copy holds it; an object or list is entered (its copy filled later). */
  const take = (value: unknown, depth: number): unknown => {
    if (typeof value === 'string') {
      count(value.length);
      return value;
    }
    if (typeof value !== 'object' || value === null || !isWalkable(value)) {
      count(1);
      return value;
    }
    if (ancestors.has(value)) {
      count(1);
      // A copy must not reach back into the original, which may run code when read.
      return copy ? CIRCULAR : value;
    }
    if (depth >= STORY_INPUT_LIMITS.maxDepth) {
      throw refusal(
        `the data is nested more than ${formatCount(STORY_INPUT_LIMITS.maxDepth)} levels deep here; a story needs only a few levels`,
      );
    }
    count(1);
    let frame: Frame;
    if (Array.isArray(value)) {
      // The length is read once: a Proxy may answer differently the next time.
      const length: unknown = value.length;
      if (typeof length !== 'number' || length > STORY_INPUT_LIMITS.maxItems) {
        throw refusal(
          `the list says it has ${typeof length === 'number' ? formatCount(length) : String(length)} items; at most ${formatCount(STORY_INPUT_LIMITS.maxItems)} are allowed`,
        );
      }
      const target = copy ? new Array<unknown>(length) : [];
      frame = { source: value, target, keys: undefined, size: length, depth, next: 0 };
    } else {
      const keys = Object.keys(value);
      if (keys.length > STORY_INPUT_LIMITS.maxItems) {
        throw refusal(
          `the object has ${formatCount(keys.length)} fields; at most ${formatCount(STORY_INPUT_LIMITS.maxItems)} are allowed`,
        );
      }
      frame = { source: value, target: {}, keys, size: keys.length, depth, next: 0 };
    }
    ancestors.add(value);
    stack.push(frame);
    return frame.target;
  };
  try {
    const root = take(input, 0);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      if (!frame) break;
      if (frame.next >= frame.size) {
        stack.pop();
        ancestors.delete(frame.source);
        path.pop();
        continue;
      }
      const index = frame.next++;
      const key = frame.keys ? (frame.keys[index] ?? '') : index;
      if (typeof key === 'string') count(key.length + 1);
      path.push(key);
      const depthBefore = stack.length;
      const value = take((frame.source as Record<string | number, unknown>)[key], frame.depth + 1);
      if (copy) {
        if (Array.isArray(frame.target)) frame.target[index] = value;
        else if (value !== undefined) setOwn(frame.target, String(key), value);
      }
      // A value walked into keeps its key on the path until its frame is done.
      if (stack.length === depthBefore) path.pop();
    }
    return { ok: true, value: copy ? root : input };
  } catch (error) {
    if (error instanceof InputRefused) return { ok: false, problem: error.problem };
    // A getter or Proxy trap threw.
    const cause = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return {
      ok: false,
      problem: {
        path: formatPath(path),
        message: `reading this value failed (${cause.slice(0, 200)}); a story must be plain data, as JSON is, not an object whose properties run code`,
      },
    };
  }
}

/**
 * Where a JSON text nests deeper than `maxDepth` (the offset of the bracket
 * that goes too deep), or -1. One pass over the text, strings skipped: it runs
 * before `JSON.parse`, whose recursion (and everything after it) a deeply
 * nested file could otherwise exhaust.
 */
export function jsonTooDeepAt(text: string, maxDepth = STORY_INPUT_LIMITS.maxDepth): number {
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x22) {
      // A string: skip to its closing quote, past escaped characters.
      for (index += 1; index < text.length; index++) {
        const inner = text.charCodeAt(index);
        if (inner === 0x5c) index += 1;
        else if (inner === 0x22) break;
      }
    } else if (code === 0x5b || code === 0x7b) {
      depth += 1;
      if (depth > maxDepth) return index;
    } else if (code === 0x5d || code === 0x7d) {
      depth -= 1;
    }
  }
  return -1;
}
