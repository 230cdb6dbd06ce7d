/**
 * The exclusions panel: the open date mentions, each with a button that
 * excludes it, and the story's exclusions with their reasons in each story
 * language (the build requires a reason: a reader may ask why a date of the
 * source is not on the timeline).
 *
 * @module
 */
import { html, type TemplateResult } from 'lit';
import type { MentionStatus } from '../model/mention-status.js';
import { addExclusion, removeExclusion } from './story-edits.js';
import { labelFields, type StudioContext } from './studio-fields.js';
import { exclusionsOf } from './working-story.js';

/** What the panel does besides editing: focus the reason of a new exclusion. */
export interface ExclusionPanelActions {
  readonly excluded: (index: number) => void;
}

/** A few words around a mention, so the editor knows which one it is. */
function context(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 30), start).replace(/\s+/g, ' ');
  const after = text.slice(end, end + 30).replace(/\s+/g, ' ');
  return `…${before}[${text.slice(start, end)}]${after}…`;
}

/** The exclusions panel. */
export function exclusionPanel(
  studio: StudioContext,
  statuses: readonly MentionStatus[],
  actions: ExclusionPanelActions,
): TemplateResult {
  const { strings, document } = studio;
  const open = statuses.filter((status) => status.status === 'open');
  const exclusions = exclusionsOf(document.story);
  return html`<h3>${strings.openMentions(open.length)}</h3>
    <ul class="open-mentions">
      ${open.map(
        ({ mention }) =>
          html`<li>
            <span class="mention-context" lang=${document.story.source.language}
              >${context(document.sourceText, mention.start, mention.end)}</span
            >
            <button
              class="exclude"
              aria-label=${strings.excludeMention(mention.text)}
              @click=${() => {
                let index = 0;
                studio.edit('coverage:add', (story) => {
                  const added = addExclusion(story, mention, document.sourceText);
                  index = added.index;
                  return added.story;
                });
                actions.excluded(index);
              }}
            >
              ${strings.exclude}
            </button>
          </li>`,
      )}
    </ul>
    <h3>${strings.exclusionsHeading}</h3>
    <ul class="exclusion-list">
      ${exclusions.map(
        (exclusion, index) =>
          html`<li class="exclusion-item" data-path="coverage.exclusions[${index}]">
            <p>
              <q lang=${document.story.source.language}>${exclusion.match}</q>
              ${exclusion.occurrence ? strings.occurrence(exclusion.occurrence) : ''}
            </p>
            ${labelFields(studio, strings.reason, ['coverage', 'exclusions', index, 'reason'], exclusion.reason)}
            <button
              class="danger"
              @click=${() => {
                studio.edit(`coverage.exclusions[${index}]:remove`, (story) =>
                  removeExclusion(story, index),
                );
              }}
            >
              ${strings.removeExclusion}
            </button>
          </li>`,
      )}
    </ul>`;
}
