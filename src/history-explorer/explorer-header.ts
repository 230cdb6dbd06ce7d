/**
 * The explorer's header: the story's title (for screen readers), the
 * language switch, the search field, the category filters (which are also
 * the colour key of the timeline: the timeline's own legend is not repeated),
 * a collection's source filter, the count of events shown and the selected entity.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { CATEGORIES, type Category, type Entity, type Story } from '../model/story-schema.js';
import { storyLanguages } from '../model/story-languages.js';
import { labelLanguage, textIn, UI_LANGUAGES, uiStrings, type UiLanguage } from '../shared/i18n.js';
import { labelLanguages, localLabel } from '../shared/local-label.js';
import { sourceFilter } from './source-filter.js';

/** What the header shows and what its controls do. */
export interface HeaderView {
  readonly lang: UiLanguage;
  readonly query: string;
  readonly story: Story;
  /**
   * Whether the header's title (for screen readers) is the story's heading, `story-title`:
   * while an event is read (the title card, which has it otherwise, has given way to the event).
   */
  readonly titleIsHeading: boolean;
  readonly hiddenCategories: ReadonlySet<Category>;
  /** The sources (a collection's stories) switched off. */
  readonly hiddenSources: ReadonlySet<string>;
  readonly shown: number;
  readonly total: number;
  readonly entity: Entity | undefined;
  /** How many events the selected entity takes part in. */
  readonly entityEvents: number;
  readonly onLanguage: (code: UiLanguage) => void;
  readonly onSearch: (event: Event) => void;
  readonly onToggleCategory: (category: Category) => void;
  readonly onToggleSource: (storyId: string) => void;
  readonly onClearEntity: () => void;
}

/** The header (`part="header"`). */
export function explorerHeader(view: HeaderView): TemplateResult {
  const t = uiStrings(view.lang);
  const { lang, entity, story } = view;
  // The categories the story uses, in the schema's order; the key of planned events if it has any.
  const categories = CATEGORIES.filter((category) =>
    story.events.some((event) => event.category === category),
  );
  const hasPlanned = story.events.some((event) => event.planned === true);
  // The story's title is always the explorer's first heading: the views' h3 headings come
  // before the title card in the document (an h3 straight after the page's h1 breaks the
  // outline). It is for screen readers only: the title card shows the title, and while an
  // event is read the detail does (a line of the header appearing then moved everything
  // under it down as the reader clicked).
  // The story's languages, and the interface's own when the story lacks it (so the
  // reader sees which is on): switching to a language the story has no labels in
  // would only change the buttons. One language needs no switch.
  const offered = UI_LANGUAGES.filter(
    (code) => code === lang || storyLanguages(story).includes(code),
  );
  return html`<header class="header" part="header">
    <h2 class="title visually-hidden" id=${view.titleIsHeading ? 'story-title' : nothing}>
      ${localLabel(story.title, labelLanguages(story, lang))}
    </h2>
    ${offered.length > 1 ? languageSwitch(offered, view) : nothing}
    <label class="search" part="search">
      <span class="visually-hidden">${t.search}</span>
      <input
        type="search"
        .value=${view.query}
        placeholder=${t.searchPlaceholder}
        @input=${view.onSearch}
        autocomplete="off"
      />
    </label>
    <div class="filters-row">
      <div class="filters" role="group" aria-label=${t.categories} part="filters">
        ${categories.map(
          (category) =>
            html`<button
              type="button"
              class=${`chip cat-${category}`}
              aria-pressed=${view.hiddenCategories.has(category) ? 'false' : 'true'}
              @click=${() => {
                view.onToggleCategory(category);
              }}
            >
              <span class="swatch" aria-hidden="true"></span>${t.categoryNames[category]}
            </button>`,
        )}
      </div>
      ${sourceFilter({
        story,
        lang,
        label: t.sources,
        hidden: view.hiddenSources,
        onToggle: view.onToggleSource,
      })}
      ${
        hasPlanned
          ? html`<span class="planned-key"
              ><span class="swatch planned" aria-hidden="true"></span>${t.planned}</span
            >`
          : nothing
      }
      <p class="count" role="status" aria-live="polite">
        ${t.showingEvents(view.shown, view.total)}
      </p>
    </div>
    ${view.shown === 0 ? html`<p class="no-match" role="status">${t.noMatches}</p>` : nothing}
    ${
      entity
        ? html`<p class="entity-status">
            ${t.selectedEntity(textIn(entity.name, labelLanguage(story, lang)), view.entityEvents)}
            <button type="button" class="button small" @click=${view.onClearEntity}>
              ${t.clearSelection}
            </button>
          </p>`
        : nothing
    }
  </header>`;
}

/** The language buttons, each named in its own language. */
function languageSwitch(offered: readonly UiLanguage[], view: HeaderView): TemplateResult {
  return html`<div
    class="languages"
    role="group"
    aria-label=${uiStrings(view.lang).language}
    part="languages"
  >
    ${offered.map(
      (code) =>
        html`<button
          type="button"
          class="button"
          lang=${code}
          aria-pressed=${code === view.lang ? 'true' : 'false'}
          @click=${() => {
            view.onLanguage(code);
          }}
        >
          ${uiStrings(code).languageNames[code]}
        </button>`,
    )}
  </div>`;
}
