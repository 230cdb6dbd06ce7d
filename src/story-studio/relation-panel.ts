/**
 * The relations panel: typed edges between the story's entities, each citing
 * the events whose quotes support it. A relation cannot be added without at
 * least one event: the button waits for one.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { RELATION_TYPES, type RelationType } from '../model/story-schema.js';
import { addRelation, removeRelation, setField } from './story-edits.js';
import { eventName } from './event-panel.js';
import { choiceField, labelIn, type StudioContext } from './studio-fields.js';
import type { WorkingRelation } from './working-story.js';

/** A relation being written in the "new relation" form. */
export interface RelationDraft {
  readonly type?: RelationType;
  readonly from?: string;
  readonly to?: string;
  readonly events: readonly string[];
}

/** The relation a draft makes, once it has everything (an event above all). */
export function completeRelation(draft: RelationDraft): WorkingRelation | undefined {
  const { type, from, to, events } = draft;
  if (!type || !from || !to || events.length === 0) return undefined;
  return { type, from, to, events };
}

function entitySelect(
  context: StudioContext,
  label: string,
  value: string | undefined,
  onChange: (id: string) => void,
  path?: string,
): TemplateResult {
  const { strings, lang, document } = context;
  return html`<label class="field">
    <span class="label">${label}</span>
    <select
      data-path=${path ?? nothing}
      @change=${(event: Event) => {
        onChange((event.target as HTMLSelectElement).value);
      }}
    >
      <option value="" ?selected=${!value}>${strings.choose}</option>
      ${document.story.entities.map(
        (entity) =>
          html`<option value=${entity.id} ?selected=${entity.id === value}>
            ${labelIn(entity.name, lang, entity.id)}
          </option>`,
      )}
    </select>
  </label>`;
}

function eventChecks(
  context: StudioContext,
  chosen: readonly string[],
  onChange: (events: string[]) => void,
  path?: string,
): TemplateResult {
  const { strings, document } = context;
  return html`<fieldset class="relation-events" data-path=${path ?? nothing}>
    <legend>${strings.supportingEvents}</legend>
    ${document.story.events.map(
      (event) =>
        html`<label class="check">
          <input
            type="checkbox"
            value=${event.id}
            .checked=${chosen.includes(event.id)}
            @change=${(change: Event) => {
              const box = change.target as HTMLInputElement;
              onChange(
                box.checked ? [...chosen, event.id] : chosen.filter((id) => id !== event.id),
              );
            }}
          />
          ${eventName(context, event)}
        </label>`,
    )}
  </fieldset>`;
}

function newRelationForm(
  context: StudioContext,
  draft: RelationDraft,
  setDraft: (change: (draft: RelationDraft) => RelationDraft) => void,
): TemplateResult {
  const { strings, ui } = context;
  const relation = completeRelation(draft);
  return html`<form
    class="new-relation"
    @submit=${(submit: SubmitEvent) => {
      submit.preventDefault();
      if (!relation) return;
      context.edit('relations:add', (story) => addRelation(story, relation));
      setDraft(() => ({ events: [] }));
    }}
  >
    <h3>${strings.newRelation}</h3>
    <label class="field">
      <span class="label">${strings.relationType}</span>
      <select
        class="new-relation-type"
        @change=${(event: Event) => {
          const type = (event.target as HTMLSelectElement).value as RelationType;
          setDraft((current) => ({ ...current, type }));
        }}
      >
        <option value="" ?selected=${!draft.type}>${strings.choose}</option>
        ${RELATION_TYPES.map(
          (type) =>
            html`<option value=${type} ?selected=${type === draft.type}>
              ${ui.relationNames[type]}
            </option>`,
        )}
      </select>
    </label>
    ${entitySelect(context, strings.from, draft.from, (from) => {
      setDraft((current) => ({ ...current, from }));
    })}
    ${entitySelect(context, strings.to, draft.to, (to) => {
      setDraft((current) => ({ ...current, to }));
    })}
    ${eventChecks(context, draft.events, (events) => {
      setDraft((current) => ({ ...current, events }));
    })}
    <button type="submit" class="add-relation" ?disabled=${!relation}>
      ${strings.addRelation}
    </button>
    ${relation ? nothing : html`<p class="hint">${strings.relationNeedsEvent}</p>`}
  </form>`;
}

/** The relations panel: the story's relations, and the form for a new one. */
export function relationPanel(
  context: StudioContext,
  draft: RelationDraft,
  setDraft: (change: (draft: RelationDraft) => RelationDraft) => void,
): TemplateResult {
  const { strings, ui, document } = context;
  const set = (path: (string | number)[], value: unknown) => {
    context.edit(path.join('.'), (story) => setField(story, path, value));
  };
  return html`${newRelationForm(context, draft, setDraft)}
    <ul class="relation-list">
      ${document.story.relations.map(
        (relation, index) =>
          html`<li class="relation-item" data-path="relations[${index}]">
            ${choiceField(
              context,
              strings.relationType,
              ['relations', index, 'type'],
              relation.type,
              RELATION_TYPES,
              ui.relationNames,
            )}
            ${entitySelect(
              context,
              strings.from,
              relation.from,
              (from) => {
                set(['relations', index, 'from'], from);
              },
              `relations[${index}].from`,
            )}
            ${entitySelect(
              context,
              strings.to,
              relation.to,
              (to) => {
                set(['relations', index, 'to'], to);
              },
              `relations[${index}].to`,
            )}
            ${eventChecks(
              context,
              relation.events,
              (events) => {
                set(['relations', index, 'events'], events);
              },
              `relations[${index}].events`,
            )}
            <button
              class="danger"
              @click=${() => {
                context.edit(`relations[${index}]:remove`, (story) => removeRelation(story, index));
              }}
            >
              ${strings.removeRelation}
            </button>
          </li>`,
      )}
    </ul>`;
}
