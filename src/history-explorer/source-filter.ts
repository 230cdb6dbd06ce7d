/**
 * The source filter of a collection: one button per story (named by its
 * source's publisher, the story's title as the tooltip), beside the category
 * filters. Switching one off hides that story's events in the timeline and the
 * graph. A single story has one source and no such filter.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { membersOf } from '../model/collection-story.js';
import type { Story } from '../model/story-schema.js';
import { textIn, type UiLanguage } from '../shared/i18n.js';

/** What the source filter shows and does. */
export interface SourceFilterView {
  readonly story: Story;
  readonly lang: UiLanguage;
  /** The group's label ("Sources"). */
  readonly label: string;
  /** The stories switched off, by id. */
  readonly hidden: ReadonlySet<string>;
  readonly onToggle: (storyId: string) => void;
}

/** The source filter (`part="source-filter"`), or nothing for a single story. */
export function sourceFilter(view: SourceFilterView): TemplateResult | typeof nothing {
  const members = membersOf(view.story);
  if (members.length < 2) return nothing;
  return html`<div
    class="filters sources"
    role="group"
    aria-label=${view.label}
    part="source-filter"
  >
    ${members.map(
      (member) =>
        html`<button
          type="button"
          class="chip source"
          data-story=${member.id}
          title=${textIn(member.title, view.lang)}
          aria-pressed=${view.hidden.has(member.id) ? 'false' : 'true'}
          @click=${() => {
            view.onToggle(member.id);
          }}
        >
          ${textIn(member.source.publisher, view.lang)}
        </button>`,
    )}
  </div>`;
}
