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
