/**
 * The entities panel: each entity's kind and names in the story's languages
 * (its id follows from its name), a field to add one, and removal (which also
 * takes it off its events and drops the relations through it).
 *
 * @module
 */
import { html, type TemplateResult } from 'lit';
import { ENTITY_KINDS, type EntityKind } from '../model/story-schema.js';
import { addEntity, removeEntity } from './story-edits.js';
import { choiceField, labelFields, labelIn, type StudioContext } from './studio-fields.js';

function addEntityForm(context: StudioContext): TemplateResult {
  const { strings, ui, lang } = context;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const input = form.querySelector('input');
    const kind = form.querySelector('select')?.value as EntityKind | undefined;
    const name = input?.value.trim() ?? '';
    if (!input || name === '') return;
    context.edit(
      'entities:add',
      (story) => addEntity(story, name, lang, kind ?? 'organisation').story,
    );
    input.value = '';
  };
  return html`<form class="inline-form new-entity" @submit=${submit}>
    <label class="field">
      <span class="label">${strings.entityName}</span>
      <input class="new-entity-name" autocomplete="off" />
    </label>
    <label class="field">
      <span class="label">${strings.kind}</span>
      <select class="new-entity-kind">
        ${ENTITY_KINDS.map((kind) => html`<option value=${kind}>${ui.kindNames[kind]}</option>`)}
      </select>
    </label>
    <button type="submit">${strings.addEntity}</button>
  </form>`;
}

/** The entities panel. */
export function entityPanel(context: StudioContext): TemplateResult {
  const { strings, ui, lang, document } = context;
  const { entities } = document.story;
  return html`${addEntityForm(context)}
    ${entities.length === 0 ? html`<p class="empty">${strings.noEntities}</p>` : ''}
    <ul class="entity-list">
      ${entities.map((entity, index) => {
        const name = labelIn(entity.name, lang, entity.id);
        return html`<li class="entity-item" data-path="entities[${index}]">
          <h3>${name} <code>${entity.id}</code></h3>
          ${choiceField(context, strings.kind, ['entities', index, 'kind'], entity.kind, ENTITY_KINDS, ui.kindNames)}
          ${labelFields(context, strings.entityName, ['entities', index, 'name'], entity.name)}
          <button
            class="danger"
            @click=${() => {
              context.edit(`entities[${index}]:remove`, (story) => removeEntity(story, index));
            }}
          >
            ${strings.removeNamed(name)}
          </button>
        </li>`;
      })}
    </ul>`;
}
