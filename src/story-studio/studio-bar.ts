/**
 * The studio's header: the interface language, undo and redo, saving (as
 * downloads, or into a `data/` folder where the browser can), and going back
 * to start another story; and the row of panel tabs beside the source.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { toUiLanguage, UI_LANGUAGES, type UiLanguage } from '../shared/i18n.js';
import { LANGUAGE_NAMES } from '../shared/ui-strings.js';
import type { StudioStrings } from './studio-strings.js';

/** The panels beside the source. */
export const TABS = ['event', 'entities', 'relations', 'exclusions', 'story', 'publish'] as const;
export type Tab = (typeof TABS)[number];

/** The panel a problem's path belongs to (`events[2].title` → the event panel). */
export function tabOfPath(path: string): Tab {
  if (path.startsWith('events')) return 'event';
  if (path.startsWith('entities')) return 'entities';
  if (path.startsWith('relations')) return 'relations';
  if (path.startsWith('coverage')) return 'exclusions';
  return 'story';
}

/** What the header's buttons do. */
export interface BarActions {
  readonly undo: () => void;
  readonly redo: () => void;
  readonly download: () => void;
  /** Absent where the browser cannot write into a folder. */
  readonly saveToFolder?: () => void;
  readonly close: () => void;
}

/** The header of the editor. */
export function studioBar(
  strings: StudioStrings,
  storyId: string,
  depth: { readonly undo: number; readonly redo: number },
  actions: BarActions,
): TemplateResult {
  return html`<header class="bar">
    <h1>${strings.studioTitle}</h1>
    <span class="story-id">${storyId}</span>
    <div class="bar-actions">
      <button class="undo" ?disabled=${depth.undo === 0} @click=${actions.undo}>
        ${strings.undo}
      </button>
      <button class="redo" ?disabled=${depth.redo === 0} @click=${actions.redo}>
        ${strings.redo}
      </button>
      <button class="primary save-download" @click=${actions.download}>${strings.download}</button>
      ${
        actions.saveToFolder
          ? html`<button class="save-folder" @click=${actions.saveToFolder}>
              ${strings.saveToFolder}
            </button>`
          : nothing
      }
      <button class="close-story" @click=${actions.close}>${strings.newOrOpen}</button>
    </div>
  </header>`;
}

/** The interface language switch. */
export function languageSwitch(
  strings: StudioStrings,
  lang: UiLanguage,
  choose: (lang: UiLanguage) => void,
): TemplateResult {
  return html`<label class="ui-language">
    <span class="label">${strings.interfaceLanguage}</span>
    <select
      @change=${(event: Event) => {
        choose(toUiLanguage((event.target as HTMLSelectElement).value));
      }}
    >
      ${UI_LANGUAGES.map(
        (code) =>
          html`<option value=${code} lang=${code} ?selected=${code === lang}>
            ${LANGUAGE_NAMES[code]}
          </option>`,
      )}
    </select>
  </label>`;
}

/** The row of panel tabs. */
export function panelTabs(
  strings: StudioStrings,
  current: Tab,
  choose: (tab: Tab) => void,
): TemplateResult {
  return html`<nav class="tabs" aria-label=${strings.panels}>
    ${TABS.map(
      (tab) =>
        html`<button
          class="tab"
          data-tab=${tab}
          aria-current=${tab === current ? 'page' : 'false'}
          @click=${() => {
            choose(tab);
          }}
        >
          ${strings.tabNames[tab]}
        </button>`,
    )}
  </nav>`;
}
