/**
 * The widgets fed random stories, one after another, through the `story`
 * property: the validation fuzz cases (valid and invalid, same generator), for
 * <history-explorer> and for <event-timeline> and <event-graph> alone.
 *
 * For each story: exactly one of story-load / story-error; no uncaught error or
 * unhandled rejection; an invalid story shows an alert (role="alert") that names
 * a path; a valid one with events renders (story-render, and every event listed),
 * a valid one without events says so.
 *
 * Reproducing a failure: the failing case is named by its label and its index
 * in the sample. The sample is fixed by FUZZ_SEED (test/fixtures/story-mutations.ts);
 * change SEED here to explore other samples.
 */
import { expect } from '@esm-bundle/chai';
import { setViewport } from '@web/test-runner-commands';
import fc from 'fast-check';
import '../../src/history-explorer/define.js';
import type { StoryProblem } from '../../src/model/story-error.js';
import { validateStory } from '../../src/model/validate-story.js';
import type { StoryElement } from '../../src/shared/story-element.js';
import { anyCase, FUZZ_SEED, validCase, type StoryCase } from '../fixtures/story-mutations.js';
import { miniStory } from '../fixtures/mini-story.js';
import { cleanup, mount, nextEvent } from '../helpers/browser.js';

const SEED = FUZZ_SEED;
const EMPTY_STORY_TEXT = 'This story has no events yet.';

/** The sample: random cases (undefined means "no story", not a bad one), and stories without events. */
function sample(count: number, seed: number): StoryCase[] {
  const cases = fc.sample(
    anyCase.filter((storyCase) => storyCase.input !== undefined),
    { seed, numRuns: count },
  );
  const empty = (label: string) => ({
    label,
    input: { ...miniStory(), events: [], relations: [] },
    expect: { outcome: 'accept' as const },
    insideStory: true,
    ops: [],
  });
  // Stories without events, among the others (a widget goes from events to none and back).
  cases.splice(Math.floor(count / 3), 0, empty('no events (fixed)'));
  cases.splice(Math.floor((2 * count) / 3), 0, empty('no events again (fixed)'));
  return cases;
}

/** Uncaught errors and unhandled rejections while a test runs. */
function watchErrors(): { errors: string[]; stop: () => void } {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) =>
    errors.push(`unhandled rejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

const frames = async (count: number) => {
  for (let index = 0; index < count; index += 1)
    await new Promise((resolve) => requestAnimationFrame(resolve));
};

const flat = (node: Element | null | undefined) => node?.textContent.replace(/\s+/g, ' ') ?? '';

/** Hands `storyCase` to `element` and checks what it makes of it. */
async function feed(
  element: StoryElement,
  storyCase: StoryCase,
  where: string,
  errors: readonly string[],
): Promise<void> {
  const what = `${where}: "${storyCase.label}"`;
  const expected = validateStory(storyCase.input);
  const outcomes: string[] = [];
  let detailErrors: readonly StoryProblem[] = [];
  const onLoad = () => outcomes.push('story-load');
  const onError = (event: CustomEvent<{ errors: readonly StoryProblem[] }>) => {
    outcomes.push('story-error');
    detailErrors = event.detail.errors;
  };
  element.addEventListener('story-load', onLoad);
  element.addEventListener('story-error', onError);
  const hasEvents = expected.ok && expected.story.events.length > 0;
  const rendered = hasEvents ? nextEvent(element, 'story-render', 15000) : undefined;
  try {
    element.story = storyCase.input;
    await element.updateComplete;
    if (rendered)
      await rendered.catch((error: unknown) => {
        throw new Error(`${what}: ${String(error)}`);
      });
    // Late or repeated events would come within a few frames.
    await frames(3);
  } finally {
    element.removeEventListener('story-load', onLoad);
    element.removeEventListener('story-error', onError);
  }
  expect(errors, `${what}: uncaught errors`).to.deep.equal([]);
  expect(outcomes, what).to.deep.equal([expected.ok ? 'story-load' : 'story-error']);
  const root = element.shadowRoot!;
  if (!expected.ok) {
    expect(detailErrors, `${what}: story-error detail`).to.deep.equal(expected.problems);
    const alert = root.querySelector('[role="alert"]');
    expect(alert, `${what}: no alert`).to.exist;
    const first = detailErrors[0]!;
    // The alert shows the first problems with their paths (or the message, for the file as a whole).
    expect(flat(alert), `${what}: the alert names no path`).to.include(
      first.path === '' ? first.message.slice(0, 40) : first.path,
    );
    return;
  }
  expect(root.querySelector('[role="alert"]'), `${what}: an alert for a valid story`).to.be.null;
  if (!hasEvents) {
    expect(flat(root.querySelector('[role="status"]')).trim(), what).to.equal(EMPTY_STORY_TEXT);
  }
}

/** Every event of the story is an option of the timeline's list (text as text, whatever it is). */
function checkTimelineLists(timeline: Element | null, storyCase: StoryCase, where: string): void {
  const result = validateStory(storyCase.input);
  if (!result.ok || result.story.events.length === 0) return;
  expect(timeline, `${where}: a timeline for a story with events`).to.exist;
  const options = [...timeline!.shadowRoot!.querySelectorAll('[role="option"]')].map(
    (option) => option.id,
  );
  expect(options.sort(), `${where}: "${storyCase.label}"`).to.deep.equal(
    result.story.events.map((event) => `option-${event.id}`).sort(),
  );
}

describe('widgets fed random stories through the story property', function () {
  this.timeout(120_000);
  let watcher: ReturnType<typeof watchErrors>;

  before(async () => {
    await setViewport({ width: 1280, height: 1000 });
  });
  beforeEach(() => {
    watcher = watchErrors();
  });
  afterEach(() => {
    watcher.stop();
    cleanup();
  });

  it('<history-explorer>: one outcome per story, an alert with a path or a rendered story', async () => {
    const cases = sample(60, SEED);
    const outcomes = cases.map((storyCase) => validateStory(storyCase.input).ok);
    // The sample must hold both kinds in fair numbers, or the test proves little.
    expect(outcomes.filter(Boolean).length).to.be.within(15, 45);
    const explorer = mount<StoryElement>('<history-explorer lang="en"></history-explorer>');
    for (const [index, storyCase] of cases.entries()) {
      await feed(explorer, storyCase, `explorer, case ${index}`, watcher.errors);
      const timeline = explorer.shadowRoot!.querySelector('event-timeline');
      checkTimelineLists(timeline, storyCase, `explorer, case ${index}`);
    }
  });

  for (const tag of ['event-timeline', 'event-graph'] as const) {
    it(`<${tag}> alone: one outcome per story, an alert with a path or a rendered story`, async () => {
      // Valid stories first and last, invalid ones between: each widget goes both ways.
      const cases = [
        ...fc.sample(validCase, { seed: SEED + 1, numRuns: 3 }),
        ...sample(8, SEED + 2),
        ...fc.sample(validCase, { seed: SEED + 3, numRuns: 3 }),
      ];
      const element = mount<StoryElement>(`<${tag} lang="en"></${tag}>`);
      for (const [index, storyCase] of cases.entries()) {
        await feed(element, storyCase, `${tag}, case ${index}`, watcher.errors);
        if (tag === 'event-timeline')
          checkTimelineLists(element, storyCase, `${tag}, case ${index}`);
      }
      expect(watcher.errors).to.deep.equal([]);
    });
  }
});
