/**
 * The "Publish" panel: the embed code for the story (one script tag and the
 * element; an iframe for a CMS that strips scripts) with the element,
 * language and height chosen, and a preview of exactly that choice.
 *
 * @module
 */
import { html, type TemplateResult } from 'lit';
import { inlineStyle } from '../event-timeline/inline-style.js';
import type { Story } from '../model/story-schema.js';
import { UI_LANGUAGES } from '../shared/i18n.js';
import { LANGUAGE_NAMES } from '../shared/ui-strings.js';
import {
  EMBEDDABLE_ELEMENTS,
  iframeEmbedCode,
  scriptEmbedCode,
  type EmbedChoice,
} from './embed-code.js';
import { labelIn, type StudioContext } from './studio-fields.js';

function preview(choice: EmbedChoice, story: Story): TemplateResult {
  // Through the CSSOM: a style attribute would break a strict CSP.
  const frame = inlineStyle({ height: `${choice.height}px` });
  const widget = () => {
    switch (choice.element) {
      case 'event-timeline':
        return html`<event-timeline lang=${choice.lang} .story=${story}></event-timeline>`;
      case 'event-graph':
        return html`<event-graph lang=${choice.lang} .story=${story}></event-graph>`;
      default:
        return html`<history-explorer lang=${choice.lang} .story=${story}></history-explorer>`;
    }
  };
  return html`<div class="publish-preview" ${frame}>${widget()}</div>`;
}

/** A labelled choice among `options` (value and shown name). */
function choiceSelect<T extends string>(
  label: string,
  className: string,
  options: readonly (readonly [T, string])[],
  chosen: T,
  choose: (value: T) => void,
): TemplateResult {
  return html`<label class="field">
    <span class="label">${label}</span>
    <select
      class=${className}
      @change=${(event: Event) => {
        const value = (event.target as HTMLSelectElement).value;
        const option = options.find(([candidate]) => candidate === value);
        if (option) choose(option[0]);
      }}
    >
      ${options.map(
        ([value, name]) =>
          html`<option value=${value} ?selected=${value === chosen}>${name}</option>`,
      )}
    </select>
  </label>`;
}

/** The publish panel. */
export function publishPanel(
  context: StudioContext,
  choice: EmbedChoice,
  setChoice: (choice: EmbedChoice) => void,
  story: Story | undefined,
): TemplateResult {
  const { strings } = context;
  const title = labelIn(context.document.story.title, choice.lang, context.document.story.id);
  return html`<div class="publish">
    <p class="hint">${strings.publishHint}</p>
    <div class="inline-form">
      ${choiceSelect(
        strings.element,
        'publish-element',
        EMBEDDABLE_ELEMENTS.map((element) => [element, `<${element}>`] as const),
        choice.element,
        (element) => {
          setChoice({ ...choice, element });
        },
      )}
      ${choiceSelect(
        strings.language,
        'publish-lang',
        UI_LANGUAGES.map((lang) => [lang, LANGUAGE_NAMES[lang]] as const),
        choice.lang,
        (lang) => {
          setChoice({ ...choice, lang });
        },
      )}
      <label class="field">
        <span class="label">${strings.height}</span>
        <input
          class="publish-height"
          type="number"
          min="200"
          max="3000"
          step="20"
          .value=${String(choice.height)}
          @change=${(event: Event) => {
            const height = Number((event.target as HTMLInputElement).value);
            if (Number.isFinite(height) && height > 0) setChoice({ ...choice, height });
          }}
        />
      </label>
    </div>
    <label class="field code">
      <span class="label">${strings.scriptCode}</span>
      <textarea class="script-code" readonly rows="4" .value=${scriptEmbedCode(choice)}></textarea>
    </label>
    <label class="field code">
      <span class="label">${strings.iframeCode}</span>
      <textarea
        class="iframe-code"
        readonly
        rows="4"
        .value=${iframeEmbedCode(choice, title)}
      ></textarea>
    </label>
    <h3>${strings.publishPreview}</h3>
    ${story ? preview(choice, story) : html`<p class="empty">${strings.nothingToPreview}</p>`}
  </div>`;
}
