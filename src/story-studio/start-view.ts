/**
 * Where the studio starts: the offer to restore kept work, a new story from a
 * source text (pasted or opened, with its dateline, language, title,
 * publisher, link and credit), or an existing story opened from files or from
 * the site's stories/.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { TEXT_LANGUAGES, type TextLanguage } from '../model/story-schema.js';
import { LANGUAGE_NAMES } from '../shared/ui-strings.js';
import type { NewSourceDetails } from './new-document.js';
import type { StudioStrings } from './studio-strings.js';
import type { KeptWork } from './work-storage.js';

/** What the start view asks of the studio. */
export interface StartActions {
  readonly restore: () => void;
  readonly discard: () => void;
  readonly create: (details: NewSourceDetails) => void;
  readonly openFiles: (files: readonly File[]) => void;
  readonly openUrl: (url: string) => void;
}

const isLanguage = (code: unknown): code is TextLanguage =>
  (TEXT_LANGUAGES as readonly unknown[]).includes(code);

/** The details the "new story" form holds. */
function detailsOf(form: HTMLFormElement): NewSourceDetails {
  const data = new FormData(form);
  const text = (name: string) => {
    const value = data.get(name);
    return typeof value === 'string' ? value : '';
  };
  const language = isLanguage(text('language')) ? (text('language') as TextLanguage) : 'en';
  return {
    id: text('id').trim(),
    text: text('text'),
    dateline: text('dateline').trim(),
    language,
    languages: data.getAll('languages').filter(isLanguage),
    title: text('title'),
    publisher: text('publisher'),
    url: text('url'),
    credit: text('credit'),
  };
}

function restoreOffer(strings: StudioStrings, kept: KeptWork, actions: StartActions) {
  const when = new Date(kept.savedAt).toLocaleString();
  return html`<section class="restore" role="region" aria-labelledby="restore-heading">
    <h2 id="restore-heading">${strings.restoreHeading}</h2>
    <p>${strings.restoreText(kept.document.story.id, when)}</p>
    <button class="primary restore-work" @click=${actions.restore}>${strings.restore}</button>
    <button class="discard-work" @click=${actions.discard}>${strings.discard}</button>
  </section>`;
}

function field(label: string, input: TemplateResult): TemplateResult {
  return html`<label class="field"><span class="label">${label}</span>${input}</label>`;
}

function newStoryForm(strings: StudioStrings, actions: StartActions): TemplateResult {
  const readFile = async (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    const textarea = input.form?.querySelector('textarea');
    if (file && textarea) textarea.value = await file.text();
  };
  return html`<form
    class="new-story"
    @submit=${(event: SubmitEvent) => {
      event.preventDefault();
      actions.create(detailsOf(event.currentTarget as HTMLFormElement));
    }}
  >
    <h2>${strings.newStoryHeading}</h2>
    ${field(strings.sourceText, html`<textarea name="text" rows="8" required></textarea>`)}
    ${field(
      strings.orOpenText,
      html`<input type="file" accept=".txt,text/plain" @change=${readFile} />`,
    )}
    <div class="inline-form">
      ${field(
        strings.storyId,
        html`<input name="id" required pattern="[a-z0-9]+(-[a-z0-9]+)*" placeholder="my-story" />`,
      )}
      ${field(
        strings.dateline,
        html`<input
          name="dateline"
          required
          pattern="[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?"
          placeholder="YYYY-MM-DD"
        />`,
      )}
      ${field(
        strings.sourceLanguage,
        html`<select name="language">
          ${TEXT_LANGUAGES.map(
            (language) =>
              html`<option value=${language} ?selected=${language === 'en'}>
                ${LANGUAGE_NAMES[language]}
              </option>`,
          )}
        </select>`,
      )}
    </div>
    <fieldset class="languages">
      <legend>${strings.storyLanguages}</legend>
      ${TEXT_LANGUAGES.map(
        (language) =>
          html`<label class="check"
            ><input type="checkbox" name="languages" value=${language} />
            ${LANGUAGE_NAMES[language]}</label
          >`,
      )}
    </fieldset>
    ${field(strings.sourceTitle, html`<input name="title" />`)}
    ${field(strings.publisher, html`<input name="publisher" />`)}
    ${field(strings.url, html`<input name="url" type="url" />`)}
    ${field(strings.credit, html`<input name="credit" />`)}
    <button class="primary start-new" type="submit">${strings.startStory}</button>
  </form>`;
}

function openStoryForm(strings: StudioStrings, actions: StartActions): TemplateResult {
  return html`<section class="open-story" aria-labelledby="open-heading">
    <h2 id="open-heading">${strings.openHeading}</h2>
    ${field(
      strings.openFiles,
      html`<input
        class="open-files"
        type="file"
        multiple
        accept=".json,.txt,application/json,text/plain"
        @change=${(event: Event) => {
          actions.openFiles([...((event.target as HTMLInputElement).files ?? [])]);
        }}
      />`,
    )}
    <form
      class="inline-form"
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        const input = (event.currentTarget as HTMLFormElement).querySelector('input');
        if (input?.value) actions.openUrl(input.value);
      }}
    >
      ${field(strings.openUrl, html`<input class="open-url" placeholder="stories/my-story.json" />`)}
      <button type="submit">${strings.open}</button>
    </form>
  </section>`;
}

/** The start view. */
export function startView(
  strings: StudioStrings,
  kept: KeptWork | undefined,
  error: string | undefined,
  actions: StartActions,
): TemplateResult {
  return html`<div class="start">
    ${kept ? restoreOffer(strings, kept, actions) : nothing}
    ${error ? html`<p class="error" role="alert">${error}</p>` : nothing}
    <div class="start-columns">
      ${newStoryForm(strings, actions)} ${openStoryForm(strings, actions)}
    </div>
  </div>`;
}
