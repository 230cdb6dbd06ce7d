/**
 * Previous / next: the buttons above the selected event's detail that step
 * through the story in date order. Their accessible names start with
 * "Previous" / "Next" in the interface language (the design's contract); their
 * visible text also names the neighbouring event.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatPartialDateRange, tryParsePartialDate } from '../model/partial-date.js';
import type { StoryEvent } from '../model/story-schema.js';
import { langWhereOther, textIn, type UiLanguage, type uiStrings } from '../shared/i18n.js';
import type { Neighbours } from './reading-order.js';

/** What the buttons show and do. */
export interface StepNavView {
  readonly around: Neighbours;
  readonly lang: UiLanguage;
  /** The language of the story's labels (see `labelLanguage`). */
  readonly labelLang: UiLanguage;
  readonly locale: string;
  readonly strings: ReturnType<typeof uiStrings>;
  /** Steps to the previous or the next event. */
  readonly onStep: (direction: 'previous' | 'next') => void;
}

/** An event as the buttons name it: "1926 · First Turkological Congress in Baku". */
export function eventLine(event: StoryEvent, lang: UiLanguage, locale: string): string {
  const start = tryParsePartialDate(event.start);
  const end = event.end === undefined ? undefined : tryParsePartialDate(event.end);
  const date = start ? formatPartialDateRange(start, end, locale) : event.start;
  return `${date} · ${textIn(event.title, lang)}`;
}

function stepButton(
  direction: 'previous' | 'next',
  event: StoryEvent | undefined,
  view: StepNavView,
): TemplateResult {
  const label = direction === 'previous' ? `← ${view.strings.previous}` : `${view.strings.next} →`;
  const line = event ? eventLine(event, view.labelLang, view.locale) : '';
  return html`<button
    type="button"
    class=${`button step ${direction}`}
    data-step=${direction}
    ?disabled=${!event}
    title=${line || nothing}
    @click=${() => {
      view.onStep(direction);
    }}
  >
    <span class="step-label">${label}</span>
    ${event ? html`<span class="step-event" lang=${langWhereOther(view.labelLang, view.lang) ?? nothing}>${line}</span>` : nothing}
  </button>`;
}

/** The two buttons and the position between them ("3 of 26"). */
export function stepNav(view: StepNavView): TemplateResult {
  const { around, strings: t } = view;
  return html`<div class="steps" part="steps">
    ${stepButton('previous', around.previous, view)}
    ${
      around.position > 0
        ? html`<span class="step-position">${t.stepPosition(around.position, around.total)}</span>`
        : nothing
    }
    ${stepButton('next', around.next, view)}
  </div>`;
}
