/**
 * The editorial review the build runs on every story after `validateStory`:
 * what a newsroom needs before it stands behind the data. Errors stop the
 * build; warnings are printed.
 *
 * - languages: the story declares them (`story-languages.ts`);
 * - quotes: one place in the source, whole sentences, translations, and a
 *   `dateBasis` wherever the quote does not state the year (`quote-checks.ts`);
 * - relations: a cited event involves both ends (`relation-evidence.ts`);
 * - coverage: every date expression of the source is an event's quote or an
 *   explained exclusion (`coverage.ts`);
 * - entities: each is traceable to the source (`entity-use.ts`, warnings).
 *
 * Pure and DOM-free like the rest of the model, so a tool in the browser can
 * run it too; the widgets themselves only need `validateStory`.
 *
 * @module
 */
import { checkCoverage } from './coverage.js';
import { checkEntityUse } from './entity-use.js';
import { checkQuotes } from './quote-checks.js';
import { checkRelationEvidence } from './relation-evidence.js';
import type { TextSearch } from './quote-location.js';
import { ProblemList, type StoryProblem } from './story-error.js';
import { missingLanguagesProblem } from './story-languages.js';
import type { Story } from './story-schema.js';

/** What the review found: errors that stop the build, and warnings. */
export interface StoryReview {
  readonly problems: readonly StoryProblem[];
  readonly warnings: readonly StoryProblem[];
}

/**
 * Reviews a story that passed `validateStory` against its source text (or the
 * search validation used, whose budget and found quotes carry over).
 */
export function reviewStory(story: Story, source: string | TextSearch): StoryReview {
  const quotes = checkQuotes(story, source);
  // Capped like validation's: a story with the same flaw in every event gets
  // the first hundred problems and a note, not one per event.
  const problems = new ProblemList();
  // The browser infers an older compiled story's languages; a story file declares them.
  if (!story.languages) problems.push(missingLanguagesProblem(story));
  problems.push(...quotes.problems, ...checkRelationEvidence(story));
  if (!problems.stopped) problems.push(...checkCoverage(story, source).problems);
  const warnings = new ProblemList();
  warnings.push(...quotes.warnings, ...checkEntityUse(story));
  return { problems: problems.problems, warnings: warnings.problems };
}
