/**
 * The detail area of the explorer, beside the timeline when wide and under it
 * when narrow: the title card until an event is picked, then the story's
 * title, the previous / next steps, the event's source quote and the share control. The quote
 * element stays (hidden) under the card, so that it is not built again at each
 * selection.
 *
 * @module
 */
import { eventMediaLink } from './event-media.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { Story, StoryEvent } from '../model/story-schema.js';
import { labelLanguage, type UiLanguage, type uiStrings } from '../shared/i18n.js';
import { labelLanguages, localLabel } from '../shared/local-label.js';
import type { ReadingFlow } from './reading-flow.js';
import { neighboursOf } from './reading-order.js';
import { stepNav } from './step-nav.js';
import { titleCard } from './title-card.js';

/** What the detail area shows. */
export interface DetailView {
  readonly story: Story;
  /** The events to step through, in date order. */
  readonly order: readonly StoryEvent[];
  readonly selected: string;
  readonly lang: UiLanguage;
  readonly locale: string;
  readonly theme: string;
  readonly strings: ReturnType<typeof uiStrings>;
  readonly flow: ReadingFlow;
  /** The "copy link" control of the selected event. */
  readonly share: TemplateResult | typeof nothing;
}

/** Keeps the quote's lifecycle events inside the explorer, which reports its own. */
function stopHere(event: Event): void {
  event.stopPropagation();
}

/** The detail area (`part="detail"`). */
export function detailPanel(view: DetailView): TemplateResult {
  const { story, selected, lang, flow } = view;
  return html`<section
    class="detail"
    part="detail"
    tabindex="-1"
    aria-label=${view.strings.detailLabel}
    @keydown=${flow.onDetailKeydown}
    @pointerdown=${flow.onPointerDown}
    @pointerup=${flow.onPointerUp}
    @pointercancel=${flow.onPointerCancel}
  >
    ${
      selected
        ? // The story's title, which the title card had: the header's is for screen readers.
          html`<p class="story-line" aria-hidden="true">
              ${localLabel(story.title, labelLanguages(story, lang))}
            </p>
            ${stepNav({
              around: neighboursOf(view.order, selected),
              lang,
              labelLang: labelLanguage(story, lang),
              locale: view.locale,
              strings: view.strings,
              onStep: (direction) => {
                flow.step(direction);
              },
            })}`
        : titleCard({
            story,
            order: view.order,
            lang,
            locale: view.locale,
            strings: view.strings,
            onStart: () => {
              flow.start();
            },
          })
    }
    <div class="quote-panel" ?hidden=${!selected}>
      <source-quote
        part="quote"
        class="quote"
        .story=${story}
        lang=${lang}
        theme=${view.theme || nothing}
        selected=${selected}
        @story-render=${stopHere}
        @story-load=${stopHere}
        @story-error=${stopHere}
      ></source-quote>
      ${selected ? eventMediaLink(story, selected) : nothing} ${view.share}
    </div>
  </section>`;
}
