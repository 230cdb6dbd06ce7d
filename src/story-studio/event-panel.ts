/**
 * The event panel: the story's events (draft ones marked), and the form of
 * the one chosen: its quote (as selected, never typed), the proposed date,
 * `planned` and basis to confirm or change, title and summary in each story
 * language, category, entities (autocompleted over the story's, or created),
 * and the quote's translation into the story's other languages.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { CATEGORIES, ENTITY_KINDS, type EntityKind } from '../model/story-schema.js';
import { translationLanguages } from './story-languages.js';
import {
  addEntity,
  addEventEntity,
  removeEvent,
  removeEventEntity,
  setEventNaming,
  setField,
} from './story-edits.js';
import {
  choiceField,
  labelFields,
  labelIn,
  textField,
  type StudioContext,
} from './studio-fields.js';
import type { WorkingEvent, WorkingStory } from './working-story.js';

/** What the event panel does besides editing the story. */
export interface EventPanelActions {
  readonly choose: (index: number) => void;
}

/** The event's name in the list: its title, or the start of its quote. */
export function eventName(context: StudioContext, event: WorkingEvent): string {
  const quote = event.quote.text;
  return labelIn(event.title, context.lang, quote.length > 50 ? `${quote.slice(0, 49)}…` : quote);
}

function eventList(
  context: StudioContext,
  selected: number,
  actions: EventPanelActions,
): TemplateResult {
  const { events } = context.document.story;
  if (events.length === 0) return html`<p class="empty">${context.strings.noEvents}</p>`;
  return html`<ol class="event-list">
    ${events.map(
      (event, index) =>
        html`<li>
          <button
            class="event-choice"
            aria-pressed=${index === selected ? 'true' : 'false'}
            @click=${() => {
              actions.choose(index);
            }}
          >
            <span class="date">${event.start ?? '?'}</span>
            ${eventName(context, event)}
            ${event.draft ? html`<span class="badge">${context.strings.draftBadge}</span>` : nothing}
          </button>
        </li>`,
    )}
  </ol>`;
}

/** The entity whose name (in any language) or id is `text`, if any. */
function entityNamed(story: WorkingStory, text: string) {
  const wanted = text.trim().toLowerCase();
  return story.entities.find(
    (entity) =>
      entity.id === wanted ||
      Object.values(entity.name).some((name) => name.trim().toLowerCase() === wanted),
  );
}

/** The entities of an event, and the field that adds one (existing, or new). */
function entityPicker(context: StudioContext, index: number, event: WorkingEvent): TemplateResult {
  const { strings, document, ui, lang } = context;
  const { story } = document;
  const listId = 'entity-names';
  const add = (form: HTMLFormElement) => {
    const input = form.querySelector('input');
    const kind = form.querySelector('select')?.value as EntityKind | undefined;
    const text = input?.value.trim() ?? '';
    if (!input || text === '') return;
    const existing = entityNamed(story, text);
    context.edit(`events[${index}].entities:add`, (current) => {
      if (existing) return addEventEntity(current, index, existing.id);
      const created = addEntity(current, text, lang, kind ?? 'organisation');
      return addEventEntity(created.story, index, created.id);
    });
    input.value = '';
  };
  return html`<fieldset class="entities" data-path="events[${index}].entities">
    <legend>${strings.eventEntities}</legend>
    <ul class="chips">
      ${event.entities.map((id) => {
        const entity = story.entities.find((candidate) => candidate.id === id);
        const name = labelIn(entity?.name, lang, id);
        return html`<li>
          ${name}
          <button
            class="remove-chip"
            aria-label=${strings.removeNamed(name)}
            @click=${() => {
              context.edit(`events[${index}].entities:remove`, (current) =>
                removeEventEntity(current, index, id),
              );
            }}
          >
            ×
          </button>
        </li>`;
      })}
    </ul>
    <form
      class="inline-form add-entity"
      @submit=${(submit: SubmitEvent) => {
        submit.preventDefault();
        add(submit.currentTarget as HTMLFormElement);
      }}
    >
      <label class="field">
        <span class="label">${strings.entityName}</span>
        <input class="entity-input" list=${listId} autocomplete="off" />
      </label>
      <datalist id=${listId}>
        ${story.entities.map(
          (entity) => html`<option value=${labelIn(entity.name, lang, entity.id)}></option>`,
        )}
      </datalist>
      <label class="field">
        <span class="label">${strings.kindIfNew}</span>
        <select>
          ${ENTITY_KINDS.map((kind) => html`<option value=${kind}>${ui.kindNames[kind]}</option>`)}
        </select>
      </label>
      <button type="submit">${strings.addEntity}</button>
    </form>
  </fieldset>`;
}

function dateFields(context: StudioContext, index: number, event: WorkingEvent): TemplateResult {
  const { strings } = context;
  const naming = (event: Event) => {
    const value = (event.target as HTMLInputElement).value;
    context.edit(`events[${index}].start`, (story) =>
      setEventNaming(story, index, ['start'], value),
    );
  };
  return html`<fieldset class="dates">
    <legend>${strings.date}</legend>
    ${textField(context, strings.start, ['events', index, 'start'], event.start, {
      placeholder: 'YYYY / YYYY-MM / YYYY-MM-DD',
      onInput: naming,
    })}
    ${textField(context, strings.end, ['events', index, 'end'], event.end, {
      placeholder: 'YYYY-MM-DD',
    })}
    <label class="check">
      <input
        type="checkbox"
        data-path="events[${index}].planned"
        .checked=${live(event.planned === true)}
        @change=${(change: Event) => {
          const checked = (change.target as HTMLInputElement).checked;
          context.edit(`events[${index}].planned`, (story) =>
            setField(story, ['events', index, 'planned'], checked ? true : undefined),
          );
        }}
      />
      ${strings.planned}
    </label>
    ${labelFields(context, strings.dateBasis, ['events', index, 'dateBasis'], event.dateBasis, {
      multiline: true,
    })}
  </fieldset>`;
}

function eventForm(context: StudioContext, index: number, event: WorkingEvent): TemplateResult {
  const { strings, ui, document } = context;
  const story = document.story;
  const titleInput = (language: string) => (input: Event) => {
    const value = (input.target as HTMLInputElement).value;
    context.edit(`events[${index}].title.${language}`, (current) =>
      setEventNaming(current, index, ['title', language], value),
    );
  };
  return html`<div class="event-form" data-path="events[${index}]">
    <blockquote class="quote" lang=${story.source.language}>${event.quote.text}</blockquote>
    <p class="quote-note">${strings.quoteNote(event.quote.offset ?? 0, event.quote.text.length)}</p>
    <label class="check review">
      <input
        type="checkbox"
        class="reviewed"
        .checked=${live(event.draft !== true)}
        @change=${(change: Event) => {
          const reviewed = (change.target as HTMLInputElement).checked;
          context.edit(`events[${index}].draft`, (current) =>
            setField(current, ['events', index, 'draft'], reviewed ? undefined : true),
          );
        }}
      />
      ${strings.reviewed}
    </label>
    ${event.draft ? html`<p class="proposal-note">${strings.proposalNote}</p>` : nothing}
    ${dateFields(context, index, event)}
    ${labelFields(context, strings.title, ['events', index, 'title'], event.title, {
      onInput: titleInput,
    })}
    ${labelFields(context, strings.summary, ['events', index, 'summary'], event.summary, {
      multiline: true,
    })}
    ${choiceField(
      context,
      strings.category,
      ['events', index, 'category'],
      event.category,
      CATEGORIES,
      ui.categoryNames,
    )}
    ${entityPicker(context, index, event)}
    ${labelFields(
      context,
      strings.quoteTranslation,
      ['events', index, 'quote', 'translation'],
      event.quote.translation,
      { multiline: true, languages: translationLanguages(story) },
    )}
    ${textField(context, strings.eventId, ['events', index, 'id'], event.id)}
    <button
      class="danger remove-event"
      @click=${() => {
        context.edit(`events[${index}]:remove`, (current) => removeEvent(current, index));
      }}
    >
      ${strings.removeEvent}
    </button>
  </div>`;
}

/** The event panel: the list, and the chosen event's form. */
export function eventPanel(
  context: StudioContext,
  selected: number,
  actions: EventPanelActions,
): TemplateResult {
  const event = context.document.story.events[selected];
  return html`${eventList(context, selected, actions)}
  ${event ? eventForm(context, selected, event) : nothing}`;
}
