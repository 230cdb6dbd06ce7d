/**
 * The timeline's legend: a swatch and a name for each category the story uses,
 * and the dashed swatch of planned events if it has any.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isFuzzy, tryParseEventDates } from '../model/partial-date.js';
import { CATEGORIES, type Story } from '../model/story-schema.js';
import type { uiStrings } from '../shared/i18n.js';

/** The legend of `story`, in the strings of the reader's language. */
export function timelineLegend(
  story: Story,
  t: Pick<ReturnType<typeof uiStrings>, 'legend' | 'planned' | 'categoryNames' | 'fuzzyDates'>,
): TemplateResult {
  const categories = CATEGORIES.filter((category) =>
    story.events.some((event) => event.category === category),
  );
  const hasPlanned = story.events.some((event) => event.planned === true);
  const hasFuzzy = story.events.some((event) => {
    const dates = tryParseEventDates(event.start, event.end);
    return dates !== undefined && (isFuzzy(dates.start) || isFuzzy(dates.end));
  });
  return html`<ul class="legend" part="legend" aria-label=${t.legend}>
    ${categories.map(
      (category) =>
        html`<li class=${`cat-${category}`}>
          <span class="swatch" aria-hidden="true"></span>${t.categoryNames[category]}
        </li>`,
    )}
    ${
      hasPlanned
        ? html`<li><span class="swatch planned" aria-hidden="true"></span>${t.planned}</li>`
        : nothing
    }
    ${
      hasFuzzy
        ? html`<li><span class="swatch fuzzy" aria-hidden="true"></span>${t.fuzzyDates}</li>`
        : nothing
    }
  </ul>`;
}
