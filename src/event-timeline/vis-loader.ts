/**
 * The heavy part of the timeline, in its own chunk: vis-timeline, its data set
 * and its stylesheet. Loaded once, on first use, and shared by every timeline
 * on the page.
 *
 * @module
 */
import moment, { type Moment, type MomentInput } from 'moment';
import { DataSet } from 'vis-data/esnext/esm/vis-data.js';
import { Timeline } from 'vis-timeline/esnext';
import visCss from 'vis-timeline/styles/vis-timeline-graph2d.min.css';

let sheet: CSSStyleSheet | undefined;

/**
 * vis-timeline's own stylesheet, to adopt into a shadow root: the library never
 * injects its CSS (vis-timeline #1084), and nothing is added to the document.
 */
export function visStyleSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(visCss);
  }
  return sheet;
}

export { DataSet, Timeline };

/**
 * vis-timeline's clock, in UTC: story dates are UTC instants, so the axis must
 * put 1 January at 00:00 UTC whatever the reader's time zone.
 */
export function utcMoment(input?: MomentInput): Moment {
  return moment(input).utc();
}
