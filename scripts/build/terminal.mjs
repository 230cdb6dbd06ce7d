// What the build prints, made safe for a terminal and a CI log. Every line the
// build writes goes through `forTerminal`: story text, file names and error
// messages are untrusted, and a control character in them could recolour the
// log, move the cursor, or forge a line ("built 1 story into dist/" in green)
// after a failure. Lists of problems are capped, with a count of the rest.

/** The longest line printed; the rest of a longer one is counted, not shown. */
export const MAX_LINE_LENGTH = 2000;

/** How many problems a failed build prints before it only counts the rest. */
export const MAX_PRINTED_PROBLEMS = 50;

/**
 * Control characters (C0 but the line break handled below, DEL, C1), the
 * bidirectional controls that can reorder what a terminal shows, and the
 * Unicode line and paragraph separators.
 */
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const escapeCharacter = (char) => {
  if (char === '\n') return '\\n';
  if (char === '\r') return '\\r';
  if (char === '\t') return '\\t';
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
};

/**
 * One line as it may be printed: control and direction characters written as
 * escapes (`\u001b`, `\n`), cut at {@link MAX_LINE_LENGTH} characters.
 */
export function forTerminal(text) {
  const line = String(text);
  const cut = line.length > MAX_LINE_LENGTH ? line.slice(0, MAX_LINE_LENGTH) : line;
  const escaped = cut.replace(UNSAFE, escapeCharacter);
  if (cut === line) return escaped;
  return `${escaped} … (${(line.length - MAX_LINE_LENGTH).toLocaleString('en')} more characters)`;
}

/** Prints each line to stdout, escaped. */
export function printLines(lines) {
  for (const line of lines) console.log(forTerminal(line));
}

/** Prints each line to stderr, escaped. */
export function printErrorLines(lines) {
  for (const line of lines) console.error(forTerminal(line));
}

/**
 * The problems a failed build prints: the first {@link MAX_PRINTED_PROBLEMS},
 * then how many more there are.
 */
export function cappedProblems(problems) {
  if (problems.length <= MAX_PRINTED_PROBLEMS) return [...problems];
  const rest = problems.length - MAX_PRINTED_PROBLEMS;
  return [
    ...problems.slice(0, MAX_PRINTED_PROBLEMS),
    `… and ${rest.toLocaleString('en')} more problem${rest === 1 ? '' : 's'} (${problems.length.toLocaleString('en')} in all); fix these first.`,
  ];
}

/** An unexpected error, briefly: its message and the first lines of its stack. */
export function describeError(error) {
  const text =
    error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  const lines = text.split('\n');
  return lines.length > 12 ? [...lines.slice(0, 12), `… (${lines.length - 12} more lines)`] : lines;
}
