/**
 * The build's checks, run live on the story being written: the same model
 * functions `build.mjs` runs (`compileStory`: schema, references, quotes,
 * evidence, coverage; `draftEventProblems`), each problem with its path.
 * Draft events are listed as the build lists them, and checked as if they
 * were reviewed, so the editor sees everything still to do at once.
 *
 * @module
 */
import { compileStory } from '../model/compile-story.js';
import { checkCoverage } from '../model/coverage.js';
import { draftEventProblems } from '../model/draft-schema.js';
import type { StoryProblem } from '../model/story-error.js';
import type { Story } from '../model/story-schema.js';
import { withoutKey } from './story-paths.js';
import type { StudioDocument, WorkingEvent, WorkingStory } from './working-story.js';

/** What the checks found; `story` is the compiled story when nothing stops the build. */
export interface LiveCheck {
  readonly problems: readonly StoryProblem[];
  readonly warnings: readonly StoryProblem[];
  readonly story?: Story;
}

/** The story as the build would see it once its drafts are reviewed. */
export function withoutDrafts(story: WorkingStory): WorkingStory {
  return {
    ...story,
    events: story.events.map((event) =>
      event.draft === undefined ? event : (withoutKey(event, 'draft') as WorkingEvent),
    ),
  };
}

/** Runs the build's checks on the document's story against its source. */
export function checkDocument(document: StudioDocument): LiveCheck {
  const drafts = draftEventProblems(document.story);
  const compiled = compileStory(withoutDrafts(document.story), document.sourceText);
  if (!compiled.ok) {
    // Validation stops the build before its coverage check; the editor needs both at once
    // (coverage reads only the quotes and exclusions, so an unfinished story is checked as is).
    const seen = new Set(compiled.problems.map(({ path, message }) => `${path}\n${message}`));
    const coverage = checkCoverage(document.story, document.sourceText).problems.filter(
      ({ path, message }) => !seen.has(`${path}\n${message}`),
    );
    return { problems: [...drafts, ...compiled.problems, ...coverage], warnings: [] };
  }
  if (drafts.length > 0) return { problems: drafts, warnings: compiled.warnings };
  return { problems: [], warnings: compiled.warnings, story: compiled.story };
}
