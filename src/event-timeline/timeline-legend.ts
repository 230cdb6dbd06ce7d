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

/** What the legend shows of a story: its categories, and whether it has planned and fuzzy dates. */
interface LegendFacts {
  readonly categories: readonly (typeof CATEGORIES)[number][];
  readonly hasPlanned: boolean;
  readonly hasFuzzy: boolean;
}

/**
 * Read once per story: the timeline renders on every frame of a pan (its
 * overview follows the window), and reading 10,000 events' dates each time
 * took a third of that render (docs/performance.md).
 */
const factsByStory = new WeakMap<Story, LegendFacts>();

function legendFacts(story: Story): LegendFacts {
  const known = factsByStory.get(story);
  if (known) return known;
  const facts: LegendFacts = {
    categories: CATEGORIES.filter((category) =>
      story.events.some((event) => event.category === category),
    ),
    hasPlanned: story.events.some((event) => event.planned === true),
    hasFuzzy: story.events.some((event) => {
      const dates = tryParseEventDates(event.start, event.end);
      return dates !== undefined && (isFuzzy(dates.start) || isFuzzy(dates.end));
    }),
  };
  factsByStory.set(story, facts);
  return facts;
}

/** The legend of `story`, in the strings of the reader's language. */
export function timelineLegend(
  story: Story,
  t: Pick<ReturnType<typeof uiStrings>, 'legend' | 'planned' | 'categoryNames' | 'fuzzyDates'>,
): TemplateResult {
  const { categories, hasPlanned, hasFuzzy } = legendFacts(story);
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
