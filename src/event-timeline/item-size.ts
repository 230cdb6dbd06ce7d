/**
 * The size of each event's box on the drawing, known before vis-timeline draws
 * it, so that the crowd layout and the opening window can tell which titles fit:
 * the label's text measured on a canvas in the timeline's own font, wrapped at
 * the box's maximum width the way its CSS wraps it.
 *
 * @module
 */
import type { TimelineItem } from '../model/timeline-items.js';
import type { CrowdItem } from './crowd-layout.js';
import { summedTextWidths } from './text-widths.js';

/** How labels are set, read from the drawing's computed styles. */
export interface LabelMetrics {
  /** Width of a text in px (`bold` for the date). */
  measure(text: string, bold: boolean): number;
  /** Line height of a label (px). */
  readonly lineHeight: number;
  /** Widest a point's label gets before it wraps (px). */
  readonly maxWidth: number;
  /** Widest a period's label gets before it wraps (px): about the drawing's width. */
  readonly rangeMaxWidth: number;
  /** Padding plus border of a box, horizontally and vertically (px, both sides together). */
  readonly chromeX: number;
  readonly chromeY: number;
}

/**
 * Word breaks cost a little width on each line: a wrapped label needs about a
 * tenth more lines than its width alone says.
 */
const WRAP_SLACK = 0.9;

/**
 * The box of a label: a point's wraps at `maxWidth`; a period's at
 * `rangeMaxWidth` (it is held at the left edge while the period runs on).
 */
export function labelBox(
  date: string,
  title: string,
  period: boolean,
  metrics: LabelMetrics,
): { width: number; height: number } {
  const text = metrics.measure(`${date} `, true) + metrics.measure(title, false);
  const maxWidth = period ? metrics.rangeMaxWidth : metrics.maxWidth;
  const lines = text <= maxWidth ? 1 : Math.ceil(text / (maxWidth * WRAP_SLACK));
  return {
    width: Math.ceil(Math.min(text, maxWidth) + metrics.chromeX),
    height: Math.ceil(lines * metrics.lineHeight + metrics.chromeY),
  };
}

/** The text of a box: its date (and the planned label, for a planned event) and title. */
function boxOf(item: TimelineItem, metrics: LabelMetrics, planned: string) {
  const date = item.planned ? `${item.dateLabel} · ${planned}` : item.dateLabel;
  return labelBox(date, item.title, item.end !== undefined, metrics);
}

/**
 * One timeline item as the crowd layout sees it, its box measured when the
 * layout first asks for its size (`width` or `height`), once. A long story's
 * first drawing lays out only the events near the windows it tries, so most
 * of its titles need not be measured before it (docs/performance.md). A class,
 * so that every item has the same shape (per-object getters gave each its
 * own, and the layout's loops slowed down several times). Its sizes are
 * getters: a copy must name them (`{ ...item }` leaves them out).
 */
class MeasuredWhenAsked implements CrowdItem {
  readonly id: string;
  readonly start: number;
  readonly end: number | undefined;
  private box: { readonly width: number; readonly height: number } | undefined;

  constructor(
    private readonly item: TimelineItem,
    private readonly metrics: LabelMetrics,
    private readonly planned: string,
  ) {
    this.id = item.id;
    this.start = item.start.getTime();
    this.end = item.end?.getTime();
  }

  get width(): number {
    return this.measured().width;
  }

  get height(): number {
    return this.measured().height;
  }

  /** The box, measured on the first call. */
  measured(): { readonly width: number; readonly height: number } {
    this.box ??= boxOf(this.item, this.metrics, this.planned);
    return this.box;
  }
}

/** Measures `item`'s box now if it waits to be measured (`crowdItemSteps` without `measureNow`). */
export function measureBox(item: CrowdItem): void {
  if (item instanceof MeasuredWhenAsked) item.measured();
}

/**
 * The timeline items as the crowd layout sees them (those in `visible`, when
 * given); `planned` is the label a planned event's date carries. With
 * `measureNow`, each box is measured here, one step per event, so that a
 * caller can give the page turns between slices (`finishInSlices`, or
 * `finishNow` at once): measuring a story's titles was one of the long tasks
 * of its first drawing on a phone. Without, each is measured when first laid
 * out (`measureBox` measures one now).
 */
export function* crowdItemSteps(
  items: Iterable<TimelineItem>,
  metrics: LabelMetrics,
  planned: string,
  visible?: ReadonlySet<string>,
  measureNow = true,
): Generator<void, CrowdItem[], void> {
  const result: CrowdItem[] = [];
  for (const item of items) {
    if (visible && !visible.has(item.id)) continue;
    if (!measureNow) {
      result.push(new MeasuredWhenAsked(item, metrics, planned));
      continue;
    }
    result.push({
      id: item.id,
      start: item.start.getTime(),
      ...(item.end ? { end: item.end.getTime() } : {}),
      ...boxOf(item, metrics, planned),
    });
    yield;
  }
  return result;
}

/**
 * Label metrics read from probe boxes styled as the drawing's boxes are (the
 * element renders them, hidden: a point's and a period's
 * `.vis-item > .vis-item-content > .item-label`, a date's `.item-date` in it),
 * measuring text on a canvas in their font.
 */
export function metricsOf(probes: HTMLElement): LabelMetrics {
  const [point, period] = [...probes.children] as HTMLElement[];
  const content = point?.firstElementChild ?? probes;
  const label = content.firstElementChild ?? content;
  const periodLabel = period?.firstElementChild?.firstElementChild ?? label;
  const box = getComputedStyle(point ?? probes);
  const padding = getComputedStyle(content);
  const text = getComputedStyle(label);
  // The date in the weight it is drawn in: measured in another, it was wrong by the
  // difference, and a weight the page shows nowhere costs a font request of its own.
  const dateWeight = getComputedStyle(label.querySelector('.item-date') ?? label).fontWeight;
  const px = (value: string) => Number.parseFloat(value) || 0;
  const font = (weight: string) =>
    `${text.fontStyle} ${weight} ${text.fontSize} ${text.fontFamily}`.trim();
  const fontSize = px(text.fontSize) || 13;
  // One canvas per weight: setting a canvas's font parses it again, and laying out
  // 2,000 events alternated the two weights 4,000 times (docs/performance.md).
  const widthsIn = (weight: string) => {
    const context = document.createElement('canvas').getContext('2d');
    if (!context) return (value: string) => value.length * fontSize * 0.55;
    context.font = font(weight);
    return summedTextWidths((value) => context.measureText(value).width);
  };
  const regular = widthsIn(text.fontWeight);
  const bold = widthsIn(dateWeight);
  return {
    measure: (value, isBold) => (isBold ? bold(value) : regular(value)),
    lineHeight: px(text.lineHeight) || fontSize * 1.35,
    maxWidth: px(text.maxWidth) || fontSize * 15,
    rangeMaxWidth: px(getComputedStyle(periodLabel).maxWidth) || fontSize * 40,
    chromeX:
      px(box.borderLeftWidth) +
      px(box.borderRightWidth) +
      px(padding.paddingLeft) +
      px(padding.paddingRight),
    chromeY:
      px(box.borderTopWidth) +
      px(box.borderBottomWidth) +
      px(padding.paddingTop) +
      px(padding.paddingBottom),
  };
}
