/**
 * How many events an unchecked story (or compiled collection) claims, read
 * before it is validated: enough to tell a long story from a short one, which
 * decides when a timeline asks for its library (vis-chunk.ts).
 *
 * @module
 */

/** Stories of a collection looked at, at most: the count is a hint, not a check. */
const MAX_STORIES_COUNTED = 1000;

/**
 * The number of events `input` claims: its `events` list's length, or for a
 * collection the sum over its `stories`. Anything else, or a getter that throws
 * (the input is untrusted), counts as 0; nothing is copied or checked.
 */
export function claimedEventCount(input: unknown): number {
  try {
    const events = listLength(fieldOf(input, 'events'));
    if (events > 0) return events;
    const stories = fieldOf(input, 'stories');
    if (!Array.isArray(stories)) return 0;
    let total = 0;
    const counted = Math.min(stories.length, MAX_STORIES_COUNTED);
    for (let index = 0; index < counted; index += 1) {
      total += listLength(fieldOf(stories[index], 'events'));
    }
    return total;
  } catch {
    return 0;
  }
}

function fieldOf(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

function listLength(value: unknown): number {
  if (!Array.isArray(value)) return 0;
  const length: unknown = value.length;
  return typeof length === 'number' && Number.isSafeInteger(length) && length > 0 ? length : 0;
}
