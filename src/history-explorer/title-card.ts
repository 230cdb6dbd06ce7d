/**
 * The title card the detail area shows before the reader has picked an event:
 * the story's title and summary, the period it covers and how many events it
 * has, and a primary "Start" button that opens the first event in date order.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatPartialDate, tryParsePartialDate } from '../model/partial-date.js';
import { indexStory } from '../model/story-index.js';
import type { Story, StoryEvent } from '../model/story-schema.js';
import { textIn, type UiLanguage, type uiStrings } from '../shared/i18n.js';
import { labelLanguages, localLabel } from '../shared/local-label.js';

/** What the card shows and does. */
export interface TitleCardView {
  readonly story: Story;
  /** The events the reader can step through (search and filters applied), in date order. */
  readonly order: readonly StoryEvent[];
  readonly lang: UiLanguage;
  readonly locale: string;
  readonly strings: ReturnType<typeof uiStrings>;
  /** Opens the first event. */
  readonly onStart: () => void;
}

/** "1908 to Dec 2026": from the earliest date to the latest, at their own precision. */
export function storyPeriod(
  story: Story,
  locale: string,
): { from: string; to: string } | undefined {
  const { chronological, spans } = indexStory(story);
  const first = chronological[0];
  if (!first) return undefined;
  let last = first;
  for (const event of chronological) {
    if ((spans.get(event.id)?.end ?? 0) > (spans.get(last.id)?.end ?? 0)) last = event;
  }
  const from = tryParsePartialDate(first.start);
  const to = tryParsePartialDate(last.end ?? last.start);
  if (!from || !to) return undefined;
  return { from: formatPartialDate(from, locale), to: formatPartialDate(to, locale) };
}

/** The card. */
export function titleCard(view: TitleCardView): TemplateResult {
  const { story, lang, locale, strings: t } = view;
  const period = storyPeriod(story, locale);
  const first = view.order[0];
  const firstDate = first ? tryParsePartialDate(first.start) : undefined;
  const labels = labelLanguages(story, lang);
  return html`<div class="title-card" part="title-card">
    <p class="kicker">
      ${period ? html`<span>${t.storyPeriod(period.from, period.to)}</span> · ` : nothing}
      <span>${t.storyEvents(story.events.length)}</span>
    </p>
    <h2 class="title" id="story-title">${localLabel(story.title, labels)}</h2>
    ${story.summary ? html`<p class="summary">${localLabel(story.summary, labels)}</p>` : nothing}
    ${
      first
        ? html`<button type="button" class="button primary start" @click=${view.onStart}>
            <span class="start-label">${t.start} →</span>
            <span class="start-event"
              >${t.startWith(firstDate ? formatPartialDate(firstDate, locale) : first.start, textIn(first.title, labels.label))}</span
            >
          </button>`
        : nothing
    }
  </div>`;
}
