/**
 * The form fields every panel of the studio is made of. Each field names the
 * path it edits (`data-path="events[2].title.en"`), the same path the live
 * checks give a problem, so choosing a problem can find its field; every key
 * typed is an edit of the story (kept, undoable, autosaved).
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatPath } from '../model/story-error.js';
import type { TextLanguage } from '../model/story-schema.js';
import type { UiLanguage, UiStrings } from '../shared/i18n.js';
import { LANGUAGE_NAMES } from '../shared/ui-strings.js';
import { setField } from './story-edits.js';
import type { PathPart } from './story-paths.js';
import type { StudioStrings } from './studio-strings.js';
import type { Labels, StudioDocument, WorkingStory } from './working-story.js';

/** What a panel renders from, and how it changes the story. */
export interface StudioContext {
  readonly document: StudioDocument;
  /** The studio's own strings, and the widgets' (category, kind and relation names). */
  readonly strings: StudioStrings;
  readonly ui: UiStrings;
  readonly lang: UiLanguage;
  /** The languages the story's labels are written in. */
  readonly languages: readonly TextLanguage[];
  /** Applies an edit; edits with the same key in a row make one undo step. */
  readonly edit: (key: string, change: (story: WorkingStory) => WorkingStory) => void;
}

const valueOf = (event: Event): string =>
  (event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value;

/** An edit that sets the value at `path` to what the field holds. */
export const fieldSetter =
  (context: StudioContext, path: readonly PathPart[]) =>
  (event: Event): void => {
    const value = valueOf(event);
    context.edit(formatPath(path), (story) => setField(story, path, value));
  };

/** Options of {@link textField}. */
export interface TextFieldOptions {
  readonly multiline?: boolean;
  readonly lang?: string;
  readonly type?: 'text' | 'url' | 'date';
  readonly placeholder?: string;
  /** What to do with the typed text instead of setting it at `path`. */
  readonly onInput?: (event: Event) => void;
}

/** A labelled text field that edits the text at `path`. */
export function textField(
  context: StudioContext,
  label: string,
  path: readonly PathPart[],
  value: string | undefined,
  options: TextFieldOptions = {},
): TemplateResult {
  const onInput = options.onInput ?? fieldSetter(context, path);
  const name = formatPath(path);
  return html`<label class="field">
    <span class="label">${label}</span>
    ${
      options.multiline
        ? html`<textarea
            data-path=${name}
            lang=${options.lang ?? nothing}
            rows="2"
            .value=${live(value ?? '')}
            @input=${onInput}
          ></textarea>`
        : html`<input
            data-path=${name}
            lang=${options.lang ?? nothing}
            type=${options.type ?? 'text'}
            placeholder=${options.placeholder ?? nothing}
            .value=${live(value ?? '')}
            @input=${onInput}
          />`
    }
  </label>`;
}

/** One field per story language for a label (`title.en`, `title.zh`, …). */
export function labelFields(
  context: StudioContext,
  label: string,
  path: readonly PathPart[],
  labels: Labels | undefined,
  options: {
    readonly multiline?: boolean;
    readonly languages?: readonly TextLanguage[];
    readonly onInput?: (language: TextLanguage) => (event: Event) => void;
  } = {},
): TemplateResult {
  const languages = options.languages ?? context.languages;
  return html`${languages.map((language) =>
    textField(
      context,
      `${label} (${LANGUAGE_NAMES[language]})`,
      [...path, language],
      labels?.[language],
      {
        lang: language,
        multiline: options.multiline ?? false,
        ...(options.onInput ? { onInput: options.onInput(language) } : {}),
      },
    ),
  )}`;
}

/** A labelled choice from a closed list, editing the value at `path`. */
export function choiceField<T extends string>(
  context: StudioContext,
  label: string,
  path: readonly PathPart[],
  value: T | undefined,
  choices: readonly T[],
  names: Readonly<Record<T, string>>,
): TemplateResult {
  return html`<label class="field">
    <span class="label">${label}</span>
    <select data-path=${formatPath(path)} @change=${fieldSetter(context, path)}>
      <option value="" ?selected=${value === undefined}>${context.strings.choose}</option>
      ${choices.map(
        (choice) =>
          html`<option value=${choice} ?selected=${choice === value}>${names[choice]}</option>`,
      )}
    </select>
  </label>`;
}

/** A label in the interface language, or the first language it has, or `fallback`. */
export function labelIn(labels: Labels | undefined, lang: UiLanguage, fallback: string): string {
  const text = labels?.[lang] ?? Object.values(labels ?? {}).find((other) => other.trim());
  return text?.trim() ? text : fallback;
}
