import { html, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { query } from 'lit/decorators.js';
import { sourceOf } from '../model/collection-story.js';
import { eventDateLabel } from '../model/partial-date.js';
import {
  locateQuote,
  quoteInContext,
  sourceParagraphs,
  type SourceParagraph,
} from '../model/source-text.js';
import { translationFor } from '../model/quote-translation.js';
import { indexStory } from '../model/story-index.js';
import type { Story, StoryEvent } from '../model/story-schema.js';
import { labelLanguages, localLabel } from '../shared/local-label.js';
import { safeHttpUrl } from '../shared/safe-url.js';
import { StoryElement } from '../shared/story-element.js';
import { themeStyles } from '../shared/theme.js';
import { citation } from './citation.js';
import { quoteStyles } from './source-quote.styles.js';

/**
 * The source sentence behind the selected event: the quote highlighted in its
 * paragraph, its translation (labelled as one), how a derived date was worked
 * out, the citation, and the whole source text one click away, scrolled to the
 * quote.
 *
 * @element source-quote
 *
 * @attr src - URL of a story file (JSON).
 * @attr lang - Interface and label language: zh, en or ru.
 * @attr selected - Id of the event whose quote is shown.
 * @attr theme - light or dark; follows prefers-color-scheme when absent.
 *
 * @prop {object} story - A story object; takes precedence over `src`.
 *
 * @fires story-load - The story was loaded and validated. Detail: `{ story }`.
 * @fires story-error - The story could not be loaded or is invalid. Detail: `{ errors: { path, message }[] }`.
 * @fires story-render - The first frame with the story's data was painted.
 *
 * @csspart base - The wrapper of everything.
 * @csspart event - The selected event's date, title and summary.
 * @csspart quote - The quoted paragraph (a blockquote in the source's language).
 * @csspart highlight - The quoted sentence(s) inside the paragraph.
 * @csspart translation - The translation, labelled as such.
 * @csspart date-basis - The note on how a relative date was resolved.
 * @csspart citation - Publisher, title, dateline, credit, licence and attribution (the event's own source).
 * @csspart attribution - The attribution the source's licence asks for.
 * @csspart read-source - The "read the whole source" button.
 * @csspart source-dialog - The dialog with the full source text.
 * @csspart status - Loading, empty and "select an event" messages.
 * @csspart error - The error message (role="alert").
 *
 * @cssprop --he-color-highlight - Background of the highlighted quote.
 */
export class SourceQuote extends StoryElement {
  static override styles = [themeStyles, quoteStyles];

  @query('dialog') private dialog?: HTMLDialogElement;
  @query('.read-source') private readButton?: HTMLButtonElement;
  @query('.source-text') private sourceTextBox?: HTMLElement;

  private renderedStory?: Story;

  /** Opens the full source text, scrolled to the selected quote. */
  openSource(): void {
    const dialog = this.dialog;
    if (!dialog || dialog.open) return;
    this.fillSourceText();
    dialog.showModal();
    const mark = dialog.querySelector('mark');
    mark?.scrollIntoView({ block: 'center' });
  }

  /** Closes the full source text. */
  closeSource(): void {
    this.dialog?.close();
    this.dropSourceText();
  }

  /** Closed, the text is dropped: it is built again, for the quote then selected, on opening. */
  private dropSourceText(): void {
    if (this.sourceTextBox) render(nothing, this.sourceTextBox);
  }

  /**
   * Puts the whole source, the quote marked, into the dialog: only when it opens
   * (and while it is open), not with every selection. A 10,000-event story's
   * source is 10,000 sentences, and building them into the closed dialog was most
   * of a click's work (docs/performance.md). Rendered by hand into the dialog's
   * box, whose children the element's own template leaves alone.
   */
  private fillSourceText(): void {
    const box = this.sourceTextBox;
    const story = this.loadedStory;
    const event = story && indexStory(story).eventsById.get(this.selected);
    if (!box) return;
    const text = event && sourceOf(story, event).text;
    if (!event || text === undefined) {
      render(nothing, box);
      return;
    }
    const start = locateQuote(text, event.quote.text, event.quote.offset);
    const paragraphs = sourceParagraphs(text, start, event.quote.text.length);
    render(
      paragraphs.map((paragraph) => this.renderParagraph(paragraph)),
      box,
    );
  }

  override render() {
    const status = this.renderStatus();
    const story = this.loadedStory;
    if (status !== nothing || !story) return html`<div class="root" part="base">${status}</div>`;
    const event = indexStory(story).eventsById.get(this.selected);
    if (!event) {
      return html`<div class="root" part="base">
        <p class="status prompt" part="status">${this.strings.quoteEmpty}</p>
        ${this.renderCitation(story)}
      </div>`;
    }
    return html`<article class="root" part="base" aria-labelledby="event-title">
      ${this.renderEvent(story, event)} ${this.renderQuote(story, event)}
      ${this.renderTranslation(story, event)} ${this.renderDateBasis(story, event)}
      ${this.renderCitation(story, event)} ${this.renderSourceDialog(story, event)}
    </article>`;
  }

  override updated(changed: PropertyValues): void {
    super.updated(changed);
    const story = this.loadedStory;
    if (story && story !== this.renderedStory) {
      this.renderedStory = story;
      void this.emitRenderedAfterPaint();
    }
    // A new selection (or story, or language) while the dialog is open: its text, the new
    // quote kept in view.
    if (this.dialog?.open) {
      this.fillSourceText();
      if (changed.has('selected')) {
        this.dialog.querySelector('mark')?.scrollIntoView({ block: 'center' });
      }
    }
  }

  private renderEvent(story: Story, event: StoryEvent): TemplateResult {
    const lang = labelLanguages(story, this.uiLang);
    return html`<header class="event" part="event">
      <p class="date">
        ${eventDateLabel(event, this.locale)}
        ${event.planned ? html`<span class="badge">${this.strings.planned}</span>` : nothing}
      </p>
      <h3 id="event-title" class="title">${localLabel(event.title, lang)}</h3>
      <p class="summary">${localLabel(event.summary, lang)}</p>
    </header>`;
  }

  private renderQuote(story: Story, event: StoryEvent): TemplateResult {
    const source = sourceOf(story, event);
    const paragraphs =
      source.text === undefined
        ? undefined
        : quoteInContext(source.text, event.quote.text, event.quote.offset);
    const url = safeHttpUrl(source.url);
    return html`<figure class="quote-figure">
      <blockquote part="quote" lang=${source.language} cite=${url ?? nothing}>
        ${
          paragraphs
            ? paragraphs.map((paragraph) => this.renderParagraph(paragraph))
            : html`<p><mark part="highlight">${event.quote.text}</mark></p>`
        }
      </blockquote>
    </figure>`;
  }

  private renderParagraph(paragraph: SourceParagraph): TemplateResult {
    return html`<p>
      ${paragraph.segments.map((segment) =>
        segment.quoted ? html`<mark part="highlight">${segment.text}</mark>` : segment.text,
      )}
    </p>`;
  }

  private renderTranslation(story: Story, event: StoryEvent): TemplateResult | typeof nothing {
    // In the reader's language when the story has it; labelled with its language.
    const language = sourceOf(story, event).language;
    const translation = translationFor(event.quote.translation, language, this.uiLang);
    if (!translation) return nothing;
    const languageName = this.strings.textLanguageNames[translation.lang];
    return html`<section class="translation" part="translation" aria-labelledby="translation-label">
      <h4 id="translation-label" class="label">${this.strings.translation(languageName)}</h4>
      <p lang=${translation.lang}>${translation.text}</p>
    </section>`;
  }

  private renderDateBasis(story: Story, event: StoryEvent): TemplateResult | typeof nothing {
    if (!event.dateBasis) return nothing;
    return html`<section class="date-basis" part="date-basis" aria-labelledby="basis-label">
      <h4 id="basis-label" class="label">${this.strings.dateBasis}</h4>
      <p>${localLabel(event.dateBasis, labelLanguages(story, this.uiLang))}</p>
    </section>`;
  }

  private renderCitation(story: Story, event?: StoryEvent): TemplateResult {
    return citation(sourceOf(story, event), {
      languages: labelLanguages(story, this.uiLang),
      locale: this.locale,
      label: this.strings.source,
    });
  }

  private renderSourceDialog(story: Story, event: StoryEvent): TemplateResult | typeof nothing {
    const source = sourceOf(story, event);
    if (source.text === undefined) return nothing;
    return html`<button
        type="button"
        class="button read-source"
        part="read-source"
        @click=${this.openSource}
      >
        ${this.strings.readWholeSource}
      </button>
      <dialog part="source-dialog" aria-labelledby="dialog-title" @close=${this.onDialogClose}>
        <header class="dialog-header">
          <h2 id="dialog-title">
            ${this.strings.wholeSourceTitle}:
            ${localLabel(source.title, labelLanguages(story, this.uiLang))}
          </h2>
          <button type="button" class="button" @click=${this.closeSource}>
            ${this.strings.close}
          </button>
        </header>
        <div class="source-text" lang=${source.language}></div>
      </dialog>`;
  }

  private onDialogClose(): void {
    this.dropSourceText();
    this.readButton?.focus();
  }
}
