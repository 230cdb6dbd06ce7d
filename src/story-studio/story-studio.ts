import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import '../history-explorer/define.js';
import { proposeEventFromSpan, sentencesAround, type SourceSpan } from '../model/event-proposal.js';
import { mentionStatus, type MentionStatus } from '../model/mention-status.js';
import type { Story } from '../model/story-schema.js';
import { toUiLanguage, uiStrings, type UiLanguage } from '../shared/i18n.js';
import { themeStyles } from '../shared/theme.js';
import { EditHistory } from './edit-history.js';
import type { EmbedChoice } from './embed-code.js';
import { entityPanel } from './entity-panel.js';
import { eventPanel } from './event-panel.js';
import { exclusionPanel } from './exclusion-panel.js';
import { canWriteFolders, downloadFiles, writeIntoFolder } from './file-saving.js';
import { checkDocument, type LiveCheck } from './live-checks.js';
import { newDocument, type NewSourceDetails } from './new-document.js';
import { openFiles, openUrl } from './opening.js';
import { previewStory } from './preview-story.js';
import { problemsView } from './problems-view.js';
import { publishPanel } from './publish-panel.js';
import { relationPanel, type RelationDraft } from './relation-panel.js';
import { savedFiles } from './saved-files.js';
import { offsetAt, pointAt, sourceView } from './source-view.js';
import { startView } from './start-view.js';
import { addEventFromProposal } from './story-edits.js';
import { labelLanguages } from './story-languages.js';
import { storyPanel } from './story-panel.js';
import { languageSwitch, panelTabs, studioBar, tabOfPath, type Tab } from './studio-bar.js';
import { studioStyles } from './story-studio.styles.js';
import type { StudioContext } from './studio-fields.js';
import { fieldFor } from './field-focus.js';
import { studioStrings, type StudioStrings } from './studio-strings.js';
import { forgetWork, keepWork, keptWork, type KeptWork } from './work-storage.js';
import type { StudioDocument, WorkingStory } from './working-story.js';

/** How long the preview waits for typing to pause before it redraws the explorer. */
const PREVIEW_DELAY_MS = 400;

/**
 * The story studio: one story edited from its source text to a story the
 * build publishes. The source is shown with its date mentions (covered,
 * excluded or open); a selected span becomes an event whose quote is exactly
 * that text, its date proposed by the model; forms for events, entities,
 * relations and exclusions; the build's checks live, each problem leading to
 * its field; the real `<history-explorer>` as preview; save as downloads or
 * into a `data/` folder; the work kept in the browser after every change;
 * undo and redo (Ctrl/⌘+Z, Ctrl/⌘+Shift+Z or Ctrl+Y).
 *
 * @element story-studio
 *
 * @attr lang - Interface language: zh, en or ru (the header's switch changes it).
 */
export class StoryStudio extends LitElement {
  static override styles = [themeStyles, studioStyles];

  @state() private work?: StudioDocument;
  @state() private uiLang: UiLanguage = 'en';
  @state() private tab: Tab = 'event';
  @state() private selectedEvent = 0;
  @state() private span?: SourceSpan;
  @state() private kept?: KeptWork;
  @state() private error?: string;
  @state() private status = '';
  @state() private relationDraft: RelationDraft = { events: [] };
  @state() private embed: Omit<EmbedChoice, 'storyId'> = {
    siteUrl: new URL('.', location.href).href,
    element: 'history-explorer',
    lang: 'en',
    height: 760,
  };
  @state() private preview?: Story;

  private check: LiveCheck = { problems: [], warnings: [] };
  private statuses: MentionStatus[] = [];
  private readonly history = new EditHistory<StudioDocument>();
  private previewTimer: ReturnType<typeof setTimeout> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.uiLang = toUiLanguage(this.getAttribute('lang') ?? document.documentElement.lang);
    this.embed = { ...this.embed, lang: this.uiLang };
    this.kept = keptWork();
    document.addEventListener('selectionchange', this.onSelectionChange);
    document.addEventListener('keydown', this.onKeydown);
    const story = new URLSearchParams(location.search).get('story');
    if (story) void this.open(() => openUrl(story, location.href));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('selectionchange', this.onSelectionChange);
    document.removeEventListener('keydown', this.onKeydown);
    clearTimeout(this.previewTimer);
  }

  /** The studio's strings in the interface language. */
  private get strings(): StudioStrings {
    return studioStrings(this.uiLang);
  }

  override willUpdate(changed: PropertyValues): void {
    if (!changed.has('work') || !this.work) return;
    const work = this.work;
    this.check = checkDocument(work);
    this.statuses = mentionStatus(work.story, work.sourceText);
    clearTimeout(this.previewTimer);
    const show = () => {
      this.preview = previewStory(work, this.check);
    };
    if (this.preview === undefined) show();
    else this.previewTimer = setTimeout(show, PREVIEW_DELAY_MS);
  }

  /** Applies an edit to the story: kept, undoable, checked. */
  private readonly edit = (key: string, change: (story: WorkingStory) => WorkingStory): void => {
    const work = this.work;
    if (!work) return;
    const story = change(work.story);
    if (story === work.story) return;
    this.history.record(work, key, Date.now());
    this.replaceWork({ ...work, story });
  };

  private replaceWork(work: StudioDocument): void {
    this.work = work;
    if (!keepWork(work)) this.status = this.strings.notKept;
  }

  private startWork(work: StudioDocument): void {
    this.history.clear();
    this.kept = undefined;
    this.error = undefined;
    this.selectedEvent = 0;
    this.tab = 'event';
    this.span = undefined;
    this.preview = undefined;
    this.replaceWork(work);
  }

  private undo(): void {
    if (!this.work) return;
    const previous = this.history.undo(this.work);
    if (!previous) return;
    this.replaceWork(previous);
    this.status = this.strings.undone;
  }

  private redo(): void {
    if (!this.work) return;
    const next = this.history.redo(this.work);
    if (!next) return;
    this.replaceWork(next);
    this.status = this.strings.redone;
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || !this.work) return;
    // Keys typed in the studio, or on the page when nothing has the focus (a removed
    // field took it along), not in other fields of the page.
    if (!event.composedPath().includes(this) && document.activeElement !== document.body) return;
    const key = event.key.toLowerCase();
    if (key === 'z') {
      event.preventDefault();
      if (event.shiftKey) this.redo();
      else this.undo();
    } else if (key === 'y') {
      event.preventDefault();
      this.redo();
    }
  };

  /** The selection inside this element's shadow root (Chromium reads it there). */
  private selection(): Selection | null {
    const root = this.renderRoot as ShadowRoot & { getSelection?: () => Selection | null };
    return root.getSelection?.() ?? document.getSelection();
  }

  private readonly onSelectionChange = (): void => {
    const sourceText = this.renderRoot.querySelector('.source-text');
    const selection = this.selection();
    if (!sourceText || !this.work || !selection || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    const length = this.work.sourceText.length;
    const start = offsetAt(sourceText, range.startContainer, range.startOffset, length);
    const end = offsetAt(sourceText, range.endContainer, range.endOffset, length);
    // A selection elsewhere (a field) leaves the span chosen in the source as it was.
    if (start === undefined || end === undefined) return;
    this.span = start < end ? { start, end } : undefined;
  };

  /** A mention was chosen: its sentence becomes the span, and is shown selected. */
  private readonly takeMention = (status: MentionStatus): void => {
    if (!this.work) return;
    const { sourceText, story } = this.work;
    const span = sentencesAround(sourceText, status.mention, story.source.language);
    this.span = span;
    const box = this.renderRoot.querySelector('.source-text');
    const selection = this.selection();
    if (box && selection) {
      const from = pointAt(box, span.start);
      const to = pointAt(box, span.end);
      selection.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
    }
  };

  /** "New event": an event proposed from the span, added as a draft and opened. */
  private readonly newEvent = (): void => {
    const { work, span } = this;
    if (!work || !span) return;
    const { source } = work.story;
    let index = 0;
    try {
      const proposal = proposeEventFromSpan(work.sourceText, span.start, span.end, {
        dateline: source.dateline,
        language: source.language,
      });
      this.edit('events:add', (story) => {
        const added = addEventFromProposal(story, proposal);
        index = added.index;
        return added.story;
      });
    } catch (error) {
      this.status = this.strings.cannotPropose(error instanceof Error ? error.message : '');
      return;
    }
    this.selectedEvent = index;
    this.tab = 'event';
    this.span = undefined;
    this.selection()?.removeAllRanges();
    this.status = this.strings.eventAdded(this.work?.story.events[index]?.start ?? '?');
    void this.focusPath(`events[${index}].title`);
  };

  /** Takes the editor to the field a problem is about. */
  private readonly goToProblem = (path: string): void => {
    this.tab = tabOfPath(path);
    const event = /^events\[(\d+)\]/.exec(path);
    if (event) this.selectedEvent = Number(event[1]);
    void this.focusPath(path);
  };

  private async focusPath(path: string): Promise<void> {
    await this.updateComplete;
    const field = fieldFor(this.renderRoot, path);
    field?.scrollIntoView({ block: 'center' });
    field?.focus();
  }

  private async open(load: () => Promise<StudioDocument>): Promise<void> {
    try {
      this.startWork(await load());
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
    }
  }

  private async save(toFolder: boolean): Promise<void> {
    if (!this.work) return;
    const files = savedFiles(this.work);
    if (!toFolder) {
      downloadFiles(files);
      this.status = this.strings.downloaded(files.map((file) => file.name).join(', '));
      return;
    }
    try {
      this.status = this.strings.written((await writeIntoFolder(files)).join(', '));
    } catch (error) {
      this.status = this.strings.notWritten(error instanceof Error ? error.message : '');
    }
  }

  private context(work: StudioDocument): StudioContext {
    return {
      document: work,
      strings: this.strings,
      ui: uiStrings(this.uiLang),
      lang: this.uiLang,
      languages: labelLanguages(work.story),
      edit: this.edit,
    };
  }

  private renderStart(): TemplateResult {
    return startView(this.strings, this.kept, this.error, {
      restore: () => {
        if (this.kept) this.startWork(this.kept.document);
      },
      discard: () => {
        forgetWork();
        this.kept = undefined;
      },
      create: (details: NewSourceDetails) => {
        this.startWork(newDocument(details));
      },
      openFiles: (files) => void this.open(() => openFiles(files)),
      openUrl: (url) => void this.open(() => openUrl(url, location.href)),
    });
  }

  private renderPanel(context: StudioContext): TemplateResult {
    switch (this.tab) {
      case 'entities':
        return entityPanel(context);
      case 'relations':
        return relationPanel(context, this.relationDraft, (change) => {
          this.relationDraft = change(this.relationDraft);
        });
      case 'exclusions':
        return exclusionPanel(context, this.statuses, {
          excluded: (index) => void this.focusPath(`coverage.exclusions[${index}].reason`),
        });
      case 'story':
        return storyPanel(context);
      case 'publish':
        return publishPanel(
          context,
          { ...this.embed, storyId: context.document.story.id },
          (choice) => {
            this.embed = choice;
          },
          this.preview,
        );
      default:
        return eventPanel(context, this.selectedEvent, {
          choose: (index) => {
            this.selectedEvent = index;
          },
        });
    }
  }

  private renderEditor(work: StudioDocument): TemplateResult {
    const context = this.context(work);
    const { strings } = this;
    const bar = studioBar(strings, work.story.id, this.history.depth, {
      undo: () => {
        this.undo();
      },
      redo: () => {
        this.redo();
      },
      download: () => void this.save(false),
      ...(canWriteFolders() ? { saveToFolder: () => void this.save(true) } : {}),
      close: () => {
        this.work = undefined;
        this.kept = keptWork();
      },
    });
    return html`${bar}
      <p class="status" role="status">${this.status}</p>
      <div class="workspace">
        ${sourceView(context, this.statuses, this.span, {
          takeMention: this.takeMention,
          newEvent: this.newEvent,
        })}
        <div class="forms">
          ${panelTabs(strings, this.tab, (tab) => {
            this.tab = tab;
          })}
          <section class="panel" aria-label=${strings.tabNames[this.tab]}>
            ${this.renderPanel(context)}
          </section>
          ${problemsView(strings, this.check.problems, this.check.warnings, this.goToProblem)}
        </div>
      </div>
      ${this.tab === 'publish' ? nothing : this.renderPreview()}`;
  }

  /** The real explorer on the story so far (the publish panel has its own preview). */
  private renderPreview(): TemplateResult {
    return html`<section class="preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">${this.strings.previewHeading}</h2>
      ${
        this.preview
          ? html`<history-explorer .story=${this.preview} lang=${this.uiLang}></history-explorer>`
          : html`<p class="empty">${this.strings.nothingToPreview}</p>`
      }
    </section>`;
  }

  override render(): TemplateResult {
    return html`<div class="studio" lang=${this.uiLang}>
      ${languageSwitch(this.strings, this.uiLang, (lang) => {
        this.uiLang = lang;
      })}
      ${
        this.work
          ? this.renderEditor(this.work)
          : html`<h1>${this.strings.studioTitle}</h1>
              ${this.renderStart()}`
      }
    </div>`;
  }
}
