// The real story as TimelineJS reads it, for the side-by-side: the project's own
// TimelineJS export (src/interop/timelinejs-export.ts: headline = the event's title,
// dates at their precision, unique_id = the event id), with each slide's text set
// to the event's quote, so that a click on either side shows the same sentence.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTypeScript } from '../scripts/import-ts.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The exported timeline with every event slide's `text.text` replaced by its
 * event's quote (as HTML, escaped by `escapeHtml`). Pure: the inputs are not changed.
 * @param {{ title?: object, events: { unique_id?: string, text?: object }[] }} timeline
 *   TimelineJS JSON, as `storyToTimelineJs` makes it.
 * @param {{ events: { id: string, quote: { text: string } }[] }} story the compiled story.
 * @param {(text: string) => string} escapeHtml text → HTML.
 * @returns the new timeline.
 * @throws when a slide names no event of the story (the export and the story disagree).
 */
export function withQuotesAsText(timeline, story, escapeHtml) {
  const quotes = new Map(story.events.map((event) => [event.id, event.quote.text]));
  return {
    ...timeline,
    events: timeline.events.map((slide) => {
      const quote = quotes.get(slide.unique_id);
      if (quote === undefined) {
        throw new Error(
          `TimelineJS slide ${JSON.stringify(slide.unique_id)} names no event of the story: ` +
            'the export (src/interop/timelinejs-export.ts) must give each slide its event id as unique_id',
        );
      }
      return { ...slide, text: { ...slide.text, text: escapeHtml(quote) } };
    }),
  };
}

/**
 * The compiled story as TimelineJS JSON, texts in `language`, quotes as slide texts.
 * @param {object} story a compiled story (dist/stories/<id>.json).
 * @param {string} language the language of headlines (the explorer's on the other side).
 */
export async function timelineJsOfStory(story, language) {
  const { storyToTimelineJs, escapeHtml } = await importTypeScript(
    "export { storyToTimelineJs, escapeHtml } from './src/interop/timelinejs-export.ts';",
    root,
  );
  return withQuotesAsText(storyToTimelineJs(story, language), story, escapeHtml);
}
