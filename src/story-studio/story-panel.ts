/**
 * The story panel: what is said of the story as a whole: its id (the file's
 * name), languages, title and summary, and its source's details (dateline,
 * publisher, title, link, credit).
 *
 * @module
 */
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { TEXT_LANGUAGES, type TextLanguage } from '../model/story-schema.js';
import { LANGUAGE_NAMES } from '../shared/ui-strings.js';
import { setField } from './story-edits.js';
import { labelFields, textField, type StudioContext } from './studio-fields.js';

function languageChecks(context: StudioContext): TemplateResult {
  const { strings, document } = context;
  const { story } = document;
  const sourceLanguage = story.source.language;
  const declared = story.languages ?? [sourceLanguage];
  const toggle = (language: TextLanguage, on: boolean) => {
    const next = TEXT_LANGUAGES.filter((other) =>
      other === language ? on : declared.includes(other),
    );
    const ordered = [sourceLanguage, ...next.filter((other) => other !== sourceLanguage)];
    context.edit('languages', (current) => setField(current, ['languages'], ordered));
  };
  return html`<fieldset class="languages" data-path="languages">
    <legend>${strings.storyLanguages}</legend>
    ${TEXT_LANGUAGES.map(
      (language) =>
        html`<label class="check">
          <input
            type="checkbox"
            .checked=${live(language === sourceLanguage || declared.includes(language))}
            ?disabled=${language === sourceLanguage}
            @change=${(event: Event) => {
              toggle(language, (event.target as HTMLInputElement).checked);
            }}
          />
          ${LANGUAGE_NAMES[language]}
        </label>`,
    )}
  </fieldset>`;
}

/** The story panel. */
export function storyPanel(context: StudioContext): TemplateResult {
  const { strings, document } = context;
  const { story } = document;
  const { source } = story;
  return html`${textField(context, strings.storyId, ['id'], story.id)} ${languageChecks(context)}
    ${labelFields(context, strings.storyTitle, ['title'], story.title)}
    ${labelFields(context, strings.storySummary, ['summary'], story.summary, { multiline: true })}
    <fieldset>
      <legend>${strings.sourceDetails}</legend>
      ${textField(context, strings.dateline, ['source', 'dateline'], source.dateline, {
        placeholder: 'YYYY-MM-DD',
      })}
      ${labelFields(context, strings.publisher, ['source', 'publisher'], source.publisher)}
      ${labelFields(context, strings.sourceTitle, ['source', 'title'], source.title)}
      ${textField(context, strings.url, ['source', 'url'], source.url, { type: 'url' })}
      ${labelFields(context, strings.credit, ['source', 'credit'], source.credit)}
    </fieldset>`;
}
