/**
 * Errors found in a story, each tied to the place in the file that is wrong.
 * The same shape travels in the `story-error` event and in build output.
 *
 * @module
 */

/** One problem in a story: where it is (`events[3].quote.text`) and what is wrong. */
export interface StoryProblem {
  /** Dotted path into the story file; `""` for the file as a whole. */
  readonly path: string;
  /** What is wrong and, where it helps, what to do, in words an editor understands. */
  readonly message: string;
}

/** Formats a path from its parts: `['events', 3, 'quote']` -> `events[3].quote`. */
export function formatPath(parts: readonly (string | number)[]): string {
  let path = '';
  for (const part of parts) {
    if (typeof part === 'number') path += `[${part}]`;
    else path += path === '' ? part : `.${part}`;
  }
  return path;
}

/** `file: path: message`, the line the build prints for each problem. */
export function formatProblem(file: string, problem: StoryProblem): string {
  return problem.path === ''
    ? `${file}: ${problem.message}`
    : `${file}: ${problem.path}: ${problem.message}`;
}

/**
 * How many problems a check reports before it stops looking: enough to fix a
 * story by, few enough that a story broken everywhere does not take long to
 * check or flood a terminal.
 */
export const MAX_PROBLEMS = 100;

/** Problems collected up to a limit; a check stops looking once one more was refused. */
export class ProblemList {
  readonly #items: StoryProblem[] = [];
  #stopped = false;

  constructor(readonly limit = MAX_PROBLEMS) {}

  /** Whether a problem was refused because the list was full: the check should stop. */
  get stopped(): boolean {
    return this.#stopped;
  }

  get size(): number {
    return this.#items.length;
  }

  /** Adds a problem at the path given by its parts (refused when the list is full). */
  add(parts: readonly (string | number)[], message: string): void {
    this.push({ path: formatPath(parts), message });
  }

  /** Adds problems made elsewhere, as many as fit. */
  push(...problems: readonly StoryProblem[]): void {
    for (const problem of problems) {
      if (this.#items.length >= this.limit) {
        this.#stopped = true;
        return;
      }
      this.#items.push(problem);
    }
  }

  /** The problems, and a last one saying the check stopped early when it did. */
  get problems(): StoryProblem[] {
    if (!this.#stopped) return [...this.#items];
    return [
      ...this.#items,
      {
        path: '',
        message: `checking stopped after ${this.limit} problems; fix these and check again`,
      },
    ];
  }
}
