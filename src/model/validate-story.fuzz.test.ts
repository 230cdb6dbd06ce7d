/**
 * Property-based tests of validateStory: the small valid story, changed at
 * random (fields deleted, wrong types, impossible dates, duplicate ids,
 * dangling references, blank and huge text, unicode junk, deep garbage, unknown
 * extra fields, inputs that are no object at all).
 *
 * Reproducing a failure: fast-check reports `seed` and `path` (and the case,
 * by its label). Put them in REPLAY below, e.g.
 * `{ seed: 20251018, path: '123:4:0' }`, and run this file alone:
 * `node --import tsx --test src/model/validate-story.fuzz.test.ts`.
 * To explore beyond the fixed seed, set `seed` to any other number (or
 * `Date.now()`) for a run; keep the fixed one in the commit.
 */
import { describe, it } from 'node:test';
import { expect } from '@esm-bundle/chai';
import fc from 'fast-check';
import {
  anyCase,
  breakingCase,
  breakingWithExtrasCase,
  extraFieldsOnlyCase,
  FUZZ_SEED,
  nonObjectRootCase,
  validCase,
  type StoryCase,
} from '../../test/fixtures/story-mutations.js';
import type { StoryProblem } from './story-error.js';
import { validateStory, type StoryValidation } from './validate-story.js';

const REPLAY: { readonly seed: number; readonly path?: string } = { seed: FUZZ_SEED };
const RUNS = 500;

const settings = (numRuns = RUNS): fc.Parameters<[StoryCase]> => ({
  seed: REPLAY.seed,
  ...(REPLAY.path === undefined ? {} : { path: REPLAY.path, endOnFailure: true }),
  numRuns,
  // The failing assertion's message goes into the report (the browser shows no error causes).
  includeErrorInReport: true,
});

/** Validates, turning a throw into a failure that names the case. */
function validate(storyCase: StoryCase): StoryValidation {
  try {
    return validateStory(storyCase.input);
  } catch (error) {
    throw new Error(`validateStory threw on "${storyCase.label}": ${String(error)}`);
  }
}

const listed = (problems: readonly StoryProblem[]) =>
  problems.map((problem) => `${problem.path || '(file)'}: ${problem.message.slice(0, 200)}`);

/** Whether `path` is `at` or a place inside it (`events[0].title` is inside `events[0]`). */
function isAtOrInside(path: string, at: string): boolean {
  return path === at || path.startsWith(`${at}.`) || path.startsWith(`${at}[`);
}

/** The checks every outcome must pass: a rejection has problems, each with a path and a message. */
function checkWellFormed(storyCase: StoryCase, result: StoryValidation): void {
  expect(typeof result.ok, storyCase.label).to.equal('boolean');
  if (result.ok) {
    expect(result.story, storyCase.label).to.be.an('object');
    return;
  }
  expect(
    result.problems.length,
    `${storyCase.label}: a rejection without problems`,
  ).to.be.greaterThan(0);
  for (const problem of result.problems) {
    expect(typeof problem.path, storyCase.label).to.equal('string');
    expect(typeof problem.message, storyCase.label).to.equal('string');
    expect(problem.message.trim(), `${storyCase.label}: an empty message`).not.to.equal('');
    // A message is read by an editor: it quotes the bad value, but not a whole megabyte of it.
    expect(
      problem.message.length,
      `${storyCase.label}: a message of ${problem.message.length} characters`,
    ).to.be.below(1000);
    if (storyCase.insideStory)
      expect(
        problem.path,
        `${storyCase.label}: a problem inside the story without a path`,
      ).not.to.equal('');
  }
}

/** Checks a case against its expectation. */
function checkExpectation(storyCase: StoryCase, result: StoryValidation): void {
  checkWellFormed(storyCase, result);
  const expected = storyCase.expect;
  switch (expected.outcome) {
    case 'any':
      return;
    case 'accept':
      expect(
        result.ok,
        `"${storyCase.label}" keeps the story valid but was refused: ${JSON.stringify(result.ok ? [] : listed(result.problems))}`,
      ).to.equal(true);
      return;
    case 'reject-root':
      expect(result.ok, `"${storyCase.label}" was accepted`).to.equal(false);
      return;
    case 'reject': {
      expect(result.ok, `"${storyCase.label}" breaks the story but was accepted`).to.equal(false);
      if (result.ok) return;
      const paths = result.problems.map((problem) => problem.path);
      expect(
        paths.some((path) => isAtOrInside(path, expected.at)),
        `"${storyCase.label}": no problem names ${expected.at}; got ${JSON.stringify(listed(result.problems))}`,
      ).to.equal(true);
      if (expected.only)
        expect(
          paths.filter((path) => !isAtOrInside(path, expected.at)),
          `"${storyCase.label}": problems away from ${expected.at}`,
        ).to.deep.equal([]);
    }
  }
}

const property = (arbitrary: fc.Arbitrary<StoryCase>) =>
  fc.property(arbitrary, (storyCase) => {
    checkExpectation(storyCase, validate(storyCase));
  });

describe('validateStory, fuzzed from the small valid story', () => {
  it('never throws, whatever it is given, and every problem has a path and a message', () => {
    fc.assert(property(anyCase), settings(800));
  });

  it('refuses a broken story with a problem that names the place that was broken', () => {
    fc.assert(property(breakingCase), settings());
  });

  it('still names the broken place when unknown extra fields come with it', () => {
    fc.assert(property(breakingWithExtrasCase), settings(200));
  });

  it('accepts a story whose only change is unknown extra fields (forward compatibility)', () => {
    fc.assert(property(extraFieldsOnlyCase), settings(300));
  });

  it('accepts changes that keep the story valid', () => {
    fc.assert(property(validCase), settings());
  });

  it('refuses an input that is no object, with a problem for the file as a whole', () => {
    fc.assert(
      fc.property(nonObjectRootCase, (storyCase) => {
        const result = validate(storyCase);
        checkExpectation(storyCase, result);
        if (!result.ok)
          expect(
            result.problems.map((problem) => problem.path),
            storyCase.label,
          ).to.include('');
      }),
      settings(100),
    );
  });

  it('can fail: a validator that accepted everything would be caught', () => {
    // The properties above are only worth something if they notice a wrong answer.
    const [broken] = fc.sample(breakingCase, { seed: REPLAY.seed, numRuns: 1 });
    expect(() => {
      checkExpectation(broken!, { ok: true, story: broken!.input as never });
    }).to.throw(/was accepted/);
  });
});
