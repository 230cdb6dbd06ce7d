/**
 * The live problems: what the build would refuse, each with its path; choosing
 * one takes the editor to the field it is about. Warnings (what the build
 * prints but publishes) follow, folded.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { StoryProblem } from '../model/story-error.js';
import type { StudioStrings } from './studio-strings.js';

function problemList(
  problems: readonly StoryProblem[],
  go: (path: string) => void,
): TemplateResult {
  return html`<ul class="problem-list">
    ${problems.map(
      (problem) =>
        html`<li>
          <button
            class="problem"
            data-problem-path=${problem.path}
            @click=${() => {
              go(problem.path);
            }}
          >
            <code>${problem.path || '/'}</code> ${problem.message}
          </button>
        </li>`,
    )}
  </ul>`;
}

/** The problems panel. */
export function problemsView(
  strings: StudioStrings,
  problems: readonly StoryProblem[],
  warnings: readonly StoryProblem[],
  go: (path: string) => void,
): TemplateResult {
  return html`<section class="problems" aria-labelledby="problems-heading">
    <h2 id="problems-heading" aria-live="polite">
      ${problems.length === 0 ? strings.readyToPublish : strings.problemCount(problems.length)}
    </h2>
    ${problemList(problems, go)}
    ${
      warnings.length > 0
        ? html`<details>
            <summary>${strings.warningCount(warnings.length)}</summary>
            ${problemList(warnings, go)}
          </details>`
        : nothing
    }
  </section>`;
}
