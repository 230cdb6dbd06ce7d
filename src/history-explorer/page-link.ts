/**
 * The explorer's side of links to one event. With `deep-link`, the page URL's
 * `#event=<id>&lang=<code>` opens that event in that language, selections are
 * history entries (back walks them) and a language switch is written into
 * the fragment. Whatever named the event (the URL, the `selected` attribute,
 * an iframe's parent), an id the story does not have is reported to the
 * reader instead of being dropped in silence.
 *
 * @module
 */
import {
  css,
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { indexStory } from '../model/story-index.js';
import type { Story } from '../model/story-schema.js';
import { toUiLanguage, UI_LANGUAGES, type UiLanguage } from '../shared/i18n.js';
import {
  clearEventHash,
  readEventHash,
  readLangHash,
  writeEventHash,
  writeLangHash,
} from './deep-link.js';

/** What the controller reads and does on the explorer. */
export interface PageLinkAccess {
  readonly deepLink: () => boolean;
  readonly story: () => Story | undefined;
  /** Opens an event named by a link (`announce`: tell the page with `event-select`). */
  readonly open: (eventId: string, announce: boolean) => void;
  /** Back to no selection (the link no longer names an event). */
  readonly clear: () => void;
  readonly setLanguage: (code: UiLanguage) => void;
}

/** Keeps the explorer and the page URL in step; see the module comment. */
export class PageLink implements ReactiveController {
  /** An event id that a link or `selected` named and the story lacks ('' for none). */
  missingId = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly access: PageLinkAccess,
  ) {
    host.addController(this);
  }

  private connected = false;
  private listening = false;

  hostConnected(): void {
    this.connected = true;
    this.listen();
  }

  hostUpdate(): void {
    this.listen();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.listen();
  }

  /** Only an explorer with `deep-link` listens to the page's history. */
  private listen(): void {
    const wanted = this.connected && this.access.deepLink();
    if (wanted === this.listening) return;
    this.listening = wanted;
    if (wanted) window.addEventListener('popstate', this.onPopState);
    else window.removeEventListener('popstate', this.onPopState);
  }

  /**
   * `selected` as it may stand for `story`: an id the story lacks becomes ''
   * and is kept in {@link missingId} for the reader to see.
   */
  checked(story: Story, selected: string): string {
    if (!selected || indexStory(story).eventsById.has(selected)) return selected;
    this.missingId = selected;
    return '';
  }

  /** A new story: with `deep-link`, opens what the URL names. */
  storyLoaded(): void {
    this.missingId = '';
    if (this.access.deepLink()) this.applyUrl(false);
  }

  /** The reader selected an event: a history entry with `deep-link`. */
  selected(eventId: string): void {
    this.missingId = '';
    if (this.access.deepLink()) writeEventHash(eventId);
  }

  /** The reader cleared the selection. */
  cleared(): void {
    if (this.access.deepLink()) clearEventHash();
  }

  /** The reader switched the language. */
  languageChosen(code: UiLanguage): void {
    if (this.access.deepLink()) writeLangHash(code);
  }

  private applyUrl(announce: boolean): void {
    const story = this.access.story();
    if (!story) return;
    const lang = readLangHash();
    if (lang && (UI_LANGUAGES as readonly string[]).includes(lang)) {
      this.access.setLanguage(toUiLanguage(lang));
    }
    const id = readEventHash();
    if (id === undefined) {
      if (announce) this.access.clear();
      return;
    }
    if (!indexStory(story).eventsById.has(id)) {
      this.missingId = id;
      this.host.requestUpdate();
      return;
    }
    this.missingId = '';
    this.access.open(id, announce);
  }

  private readonly onPopState = () => {
    this.applyUrl(true);
  };
}

/** The notice that a link named an event the story does not have (nothing when none). */
export function linkNotice(
  missingId: string,
  strings: { readonly unknownEvent: (id: string) => string },
): TemplateResult | typeof nothing {
  if (!missingId) return nothing;
  return html`<p class="link-notice" part="status" role="status">
    ${strings.unknownEvent(missingId)}
  </p>`;
}

/** The notice's style (the explorer's theme supplies the colours). */
export const linkNoticeStyles = css`
  .link-notice {
    margin: 0;
    padding: 6px 10px;
    border-inline-start: 3px solid var(--he-color-accent);
    font-size: var(--he-font-size-small);
    overflow-wrap: anywhere;
  }
`;
