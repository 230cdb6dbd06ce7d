/**
 * An index of a text by the first {@link NGRAM_LENGTH} characters at every
 * position, so that finding every place a long needle occurs costs the places
 * that share its first characters, not a read of the whole text.
 *
 * Why: checking a story reads its source once per quote without an offset (to
 * find it, and to make sure it occurs only once). A story of thousands of
 * quotes over a long source reads it thousands of times; with the index, each
 * quote costs about its own length (docs/performance.md, "Quote search").
 *
 * Positions are chained per hash bucket (as in LZ77 compressors): `head` holds
 * the last position of each bucket, `previous` the position before it in the
 * same bucket. Positions whose n-grams collide in a bucket are told apart by
 * comparing the text.
 *
 * @module
 */

/** How many UTF-16 code units the index keys on; shorter needles are searched for by reading. */
export const NGRAM_LENGTH = 8;

const HASH_BASE = 0x01000193;

/** The base raised to the n-gram length minus one, to take a character out of a rolling hash. */
const OUTGOING_WEIGHT = (() => {
  let weight = 1;
  for (let index = 1; index < NGRAM_LENGTH; index += 1) weight = Math.imul(weight, HASH_BASE);
  return weight;
})();

/** The polynomial hash (mod 2^32) of `text`'s n-gram at `start`. */
function ngramHash(text: string, start: number): number {
  let hash = 0;
  for (let index = start; index < start + NGRAM_LENGTH; index += 1) {
    hash = (Math.imul(hash, HASH_BASE) + text.charCodeAt(index)) | 0;
  }
  return hash;
}

/** Every position of a text, chained by the hash of the n-gram that starts there. */
export class NgramIndex {
  readonly #text: string;
  readonly #mask: number;
  readonly #head: Int32Array;
  readonly #previous: Int32Array;

  /** Indexes `text` (which must be at least {@link NGRAM_LENGTH} long): one pass over it. */
  constructor(text: string) {
    this.#text = text;
    const positions = Math.max(0, text.length - NGRAM_LENGTH + 1);
    let buckets = 1024;
    while (buckets < positions && buckets < 1 << 22) buckets *= 2;
    this.#mask = buckets - 1;
    this.#head = new Int32Array(buckets).fill(-1);
    this.#previous = new Int32Array(positions);
    let hash = positions > 0 ? ngramHash(text, 0) : 0;
    for (let position = 0; position < positions; position += 1) {
      if (position > 0) {
        const outgoing = Math.imul(text.charCodeAt(position - 1), OUTGOING_WEIGHT);
        const incoming = text.charCodeAt(position + NGRAM_LENGTH - 1);
        hash = (Math.imul(hash - outgoing, HASH_BASE) + incoming) | 0;
      }
      const bucket = hash & this.#mask;
      this.#previous[position] = this.#head[bucket] ?? -1;
      this.#head[bucket] = position;
    }
  }

  /**
   * Every offset at which `needle` (at least {@link NGRAM_LENGTH} long) occurs,
   * ascending, overlaps included. `onCandidate` is called for each position
   * compared, so a caller can bound the work (a text of one repeated letter
   * puts every position in one bucket).
   */
  occurrences(needle: string, onCandidate: () => void): number[] {
    if (needle.length < NGRAM_LENGTH) {
      throw new RangeError(`the needle is shorter than ${NGRAM_LENGTH} characters`);
    }
    const found: number[] = [];
    const text = this.#text;
    for (
      let position = this.#head[ngramHash(needle, 0) & this.#mask] ?? -1;
      position >= 0;
      position = this.#previous[position] ?? -1
    ) {
      onCandidate();
      if (text.startsWith(needle, position)) found.push(position);
    }
    return found.reverse();
  }
}
