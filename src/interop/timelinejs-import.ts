/**
 * A TimelineJS timeline as a story: the source text is the timeline's own
 * words (each event's and era's headline and text, HTML reduced to text, one
 * block per slide), and each event quotes its block verbatim, so the build's
 * checks hold. Dates keep their precision; groups become categories; eras
 * become events that span their period; http(s) media are kept. Whatever has
 * no place in a story is listed in `unmapped`, never dropped in silence.
 *
 * The input is untrusted JSON: every field is read with its type checked.
 *
 * @module
 */
import {
  CATEGORIES,
  ID_MAX_LENGTH,
  type Category,
  type TextLanguage,
} from '../model/story-schema.js';
import { htmlToText } from './html-text.js';
import { categoryOfGroup } from './timelinejs-categories.js';
import { compareDates, isoYear, isPartialDate, isPlanned } from './import-dates.js';

/** What the importer needs besides the timeline. */
export interface ImportOptions {
  /** The story id (also the file names). */
  readonly id: string;
  /** The language the timeline is written in. */
  readonly language: TextLanguage;
  /** The publication date, `YYYY-MM-DD`: later events are marked planned. */
  readonly dateline: string;
  /** The category of events whose group names none. */
  readonly defaultCategory: Category;
  /** Who published the timeline (the format does not say). */
  readonly publisher: string;
  /**
   * Languages every label must give besides the timeline's own (the story
   * format's required languages). The timeline's text is copied into them,
   * untranslated, and the copy is listed in `unmapped`.
   */
  readonly copyInto?: readonly TextLanguage[];
  /** Whether a date string is one the story format accepts (EDTF or partial ISO). */
  readonly isStoryDate?: (date: string) => boolean;
}

/** A label by language. */
type Label = Partial<Record<TextLanguage, string>>;

/** An imported event (the story format's event, with optional `media`). */
export interface ImportedEvent {
  id: string;
  start: string;
  end?: string;
  planned?: boolean;
  dateBasis: Label;
  title: Label;
  summary: Label;
  category: Category;
  entities: string[];
  quote: { text: string; translation?: Label };
  media?: { url: string; credit?: string; caption?: string };
}

/** The story the importer writes (without the source's sha256, which the script adds). */
export interface ImportedStory {
  $schema: string;
  id: string;
  languages: TextLanguage[];
  title: Label;
  summary?: Label;
  source: {
    file: string;
    publisher: Label;
    title: Label;
    dateline: string;
    language: TextLanguage;
  };
  events: ImportedEvent[];
  entities: never[];
  relations: never[];
  coverage: { exclusions: never[] };
}

/** What the import made, and what it could not map. */
export interface ImportResult {
  readonly story: ImportedStory;
  readonly sourceText: string;
  readonly unmapped: string[];
}

/** The timeline is not one: not an object, or no `events` list. */
export class TimelineJsError extends Error {
  override name = 'TimelineJsError';
}

const DATE_BASIS: Readonly<Record<TextLanguage, string>> = {
  en: 'Date from the TimelineJS timeline’s date fields (year, month, day), at the precision it gives; the text itself may not state it.',
  zh: '日期取自TimelineJS时间线的日期字段（年、月、日），精度与其一致；正文本身未必写明。',
  ru: 'Дата взята из полей даты временной шкалы TimelineJS (год, месяц, день) с той же точностью; в самом тексте её может не быть.',
};

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const stringOf = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : typeof value === 'number' && Number.isFinite(value)
      ? String(value)
      : '';

/** Where a slide is, for messages: `events[3] "Apollo 11"`. */
const where = (path: string, headline: string) =>
  headline === ''
    ? path
    : `${path} "${headline.length > 60 ? `${headline.slice(0, 60)}…` : headline}"`;

/** A lower-case hyphenated id from free text (`"Apollo 11!"` → `apollo-11`). */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

class TimelineImport {
  readonly unmapped: string[] = [];
  readonly events: ImportedEvent[] = [];
  readonly blocks: string[] = [];
  private readonly ids = new Set<string>();
  private readonly unknownGroups = new Map<string, number>();
  readonly labelLanguages: TextLanguage[];

  constructor(private readonly options: ImportOptions) {
    this.labelLanguages = [
      options.language,
      ...(options.copyInto ?? []).filter((language) => language !== options.language),
    ];
  }

  label(text: string): Label {
    return Object.fromEntries(this.labelLanguages.map((language) => [language, text]));
  }

  /** `YYYY[-MM[-DD]]` from a TimelineJS date, or a reason it cannot be one. */
  storyDate(value: unknown, path: string): { date?: string; problem?: string; time?: string } {
    if (!isObject(value)) return { problem: `${path} is not a date object` };
    const yearText = stringOf(value.year).trim();
    if (!/^-?\d+$/.test(yearText))
      return { problem: `${path}.year ${JSON.stringify(yearText)} is not a whole year` };
    const year = Number(yearText);
    const monthText = stringOf(value.month).trim();
    const dayText = stringOf(value.day).trim();
    let date = isoYear(year);
    if (monthText !== '') {
      if (!/^\d{1,2}$/.test(monthText))
        return { problem: `${path}.month ${JSON.stringify(monthText)} is not a month` };
      date += `-${monthText.padStart(2, '0')}`;
      if (dayText !== '') {
        if (!/^\d{1,2}$/.test(dayText))
          return { problem: `${path}.day ${JSON.stringify(dayText)} is not a day` };
        date += `-${dayText.padStart(2, '0')}`;
      }
    } else if (dayText !== '') {
      this.unmapped.push(`${path}: a day (${dayText}) without a month: kept the year only`);
    }
    const accepted = this.options.isStoryDate ?? isPartialDate;
    if (!accepted(date)) {
      return {
        problem: `${path}: the date ${date} is not one the story format can hold${year < -9999 || year > 9999 ? ' (story dates have four-digit EDTF years, -9999 to 9999)' : ' (no such day or month)'}`,
      };
    }
    const hour = stringOf(value.hour).trim();
    const time =
      hour === '' ? undefined : `${hour}:${stringOf(value.minute).trim().padStart(2, '0') || '00'}`;
    return { date, ...(time !== undefined && { time }) };
  }

  uniqueId(preferred: string, fallback: string): string {
    let base = slug(preferred) || slug(fallback) || 'event';
    base = base.slice(0, ID_MAX_LENGTH - 4).replace(/-+$/, '');
    let id = base;
    for (let count = 2; this.ids.has(id); count++) id = `${base}-${count}`;
    this.ids.add(id);
    return id;
  }

  category(group: unknown): Category {
    const name = stringOf(group).trim();
    if (name === '') return this.options.defaultCategory;
    const category = categoryOfGroup(htmlToText(name));
    if (category) return category;
    this.unknownGroups.set(name, (this.unknownGroups.get(name) ?? 0) + 1);
    return this.options.defaultCategory;
  }

  media(value: unknown, path: string): ImportedEvent['media'] {
    if (value === undefined) return undefined;
    if (!isObject(value)) {
      this.unmapped.push(`${path}: media that is not an object`);
      return undefined;
    }
    const url = stringOf(value.url).trim();
    if (!/^https?:\/\/[^\s<>"]+$/i.test(url)) {
      if (url !== '') {
        const shown = url.length > 60 ? `${url.slice(0, 60)}…` : url;
        this.unmapped.push(
          `${path}.url: ${JSON.stringify(shown)} is not an http(s) link: media left out`,
        );
      }
      return undefined;
    }
    const credit = htmlToText(stringOf(value.credit)).replace(/\n/g, ' ');
    const caption = htmlToText(stringOf(value.caption)).replace(/\n/g, ' ');
    for (const field of ['thumbnail', 'alt', 'title', 'link', 'link_target']) {
      if (stringOf(value[field]) !== '')
        this.unmapped.push(
          `${path}.${field}: not kept (a story's media has url, credit and caption)`,
        );
    }
    return { url, ...(credit !== '' && { credit }), ...(caption !== '' && { caption }) };
  }

  /** Adds one slide (an event or an era) as an event; returns nothing when it cannot be one. */
  addSlide(slide: unknown, path: string, isEra: boolean): void {
    if (!isObject(slide)) {
      this.unmapped.push(`${path}: not an object: left out`);
      return;
    }
    const text = isObject(slide.text) ? slide.text : {};
    const headline = htmlToText(stringOf(text.headline)).replace(/\n/g, ' ');
    const body = htmlToText(stringOf(text.text));
    const place = where(path, headline);
    const start = this.storyDate(slide.start_date, `${place}: start_date`);
    if (start.date === undefined) {
      this.unmapped.push(`${start.problem ?? `${place}: no start_date`}: event left out`);
      return;
    }
    const block = [headline, body].filter((part) => part !== '').join('\n');
    if (block === '') {
      this.unmapped.push(`${place}: no headline and no text, nothing to quote: event left out`);
      return;
    }
    if (this.blocks.includes(block)) {
      this.unmapped.push(
        `${place}: the same headline and text as an earlier slide: left out (a quote must be unique)`,
      );
      return;
    }
    if (start.time !== undefined)
      this.unmapped.push(`${place}: the time ${start.time}: stories date to the day`);
    let end: string | undefined;
    if (slide.end_date !== undefined) {
      const parsed = this.storyDate(slide.end_date, `${place}: end_date`);
      if (parsed.date === undefined) this.unmapped.push(`${parsed.problem ?? ''}: end left out`);
      else if (compareDates(parsed.date, start.date) < 0) {
        this.unmapped.push(
          `${place}: end_date ${parsed.date} is before start_date ${start.date}: end left out`,
        );
      } else if (parsed.date !== start.date) end = parsed.date;
      if (parsed.time !== undefined)
        this.unmapped.push(`${place}: the end time ${parsed.time}: stories date to the day`);
    }
    for (const field of ['display_date', 'background', 'autolink'] as const) {
      if (slide[field] !== undefined)
        this.unmapped.push(`${place}: ${field} not kept (no place in a story)`);
    }
    const title = headline !== '' ? headline : (body.split('\n')[0] ?? '').slice(0, 80);
    const media = isEra ? undefined : this.media(slide.media, `${place}: media`);
    const event: ImportedEvent = {
      id: this.uniqueId(
        stringOf(slide.unique_id),
        `${headline} ${start.date.replace(/^-/, 'bce-')}`,
      ),
      start: start.date,
      ...(end !== undefined && { end }),
      ...(isPlanned(start.date, this.options.dateline) && { planned: true }),
      dateBasis: this.dateBasis(),
      title: this.label(title),
      summary: this.label(body !== '' ? body.replace(/\n/g, ' ') : headline),
      category: isEra ? this.options.defaultCategory : this.category(slide.group),
      entities: [],
      quote: { text: block, ...this.translation(block) },
      ...(media && { media }),
    };
    this.blocks.push(block);
    this.events.push(event);
  }

  dateBasis(): Label {
    return Object.fromEntries(
      this.labelLanguages.map((language) => [language, DATE_BASIS[language]]),
    );
  }

  translation(block: string): { translation?: Label } {
    const others = this.labelLanguages.filter((language) => language !== this.options.language);
    if (others.length === 0) return {};
    return { translation: Object.fromEntries(others.map((language) => [language, block])) };
  }

  reportGroups(): void {
    for (const [group, count] of this.unknownGroups) {
      this.unmapped.push(
        `group "${group}" (${count} event${count === 1 ? '' : 's'}) names no category (${CATEGORIES.join(', ')}): given "${this.options.defaultCategory}"`,
      );
    }
  }
}

/**
 * Imports a TimelineJS timeline (its JSON, parsed).
 *
 * @throws {TimelineJsError} when `input` is not a timeline: not an object, or no `events` list.
 */
export function importTimelineJs(input: unknown, options: ImportOptions): ImportResult {
  if (!isObject(input))
    throw new TimelineJsError('the timeline must be a JSON object with "events"');
  const timeline =
    isObject(input.timeline) && !Array.isArray(input.events) ? input.timeline : input;
  if (timeline !== input)
    throw new TimelineJsError(
      'this is a TimelineJS 2 timeline ({"timeline": …}); open it in TimelineJS 3 and save its JSON, or export the sheet as CSV',
    );
  if (!Array.isArray(timeline.events))
    throw new TimelineJsError('the timeline has no "events" list');
  const run = new TimelineImport(options);
  timeline.events.forEach((slide, index) => {
    run.addSlide(slide, `events[${index}]`, false);
  });
  if (timeline.eras !== undefined) {
    if (Array.isArray(timeline.eras)) {
      timeline.eras.forEach((era, index) => {
        run.addSlide(era, `eras[${index}]`, true);
      });
      if (timeline.eras.length > 0)
        run.unmapped.push(
          `eras (${timeline.eras.length}): imported as events that span their period`,
        );
    } else run.unmapped.push('eras: not a list: left out');
  }
  run.reportGroups();
  for (const field of Object.keys(timeline)) {
    if (!['title', 'events', 'eras', 'scale'].includes(field))
      run.unmapped.push(`${field}: not a TimelineJS field: left out`);
  }
  if (timeline.scale !== undefined && timeline.scale !== 'human')
    run.unmapped.push(`scale ${JSON.stringify(timeline.scale)}: not kept`);
  const titleSlide = isObject(timeline.title) ? timeline.title : {};
  const titleText = isObject(titleSlide.text) ? titleSlide.text : {};
  const storyTitle = htmlToText(stringOf(titleText.headline)).replace(/\n/g, ' ') || options.id;
  const storySummary = htmlToText(stringOf(titleText.text)).replace(/\n/g, ' ');
  if (titleSlide.media !== undefined || titleSlide.background !== undefined) {
    run.unmapped.push('title: media and background not kept (a story has no title media)');
  }
  const copies = (options.copyInto ?? []).filter((language) => language !== options.language);
  if (copies.length > 0 && run.events.length > 0) {
    run.unmapped.push(
      `translations: every label, date basis and quote is copied untranslated into ${copies.join(', ')} (the story format requires them): translate them before publishing`,
    );
  }
  run.unmapped.push(
    'entities and relations: TimelineJS has none; the graph is empty until they are added',
  );
  const story: ImportedStory = {
    $schema: '../story.schema.json',
    id: options.id,
    languages: run.labelLanguages,
    title: run.label(storyTitle),
    ...(storySummary !== '' && { summary: run.label(storySummary) }),
    source: {
      file: `../sources/${options.id}.${options.language}.txt`,
      publisher: run.label(options.publisher),
      title: run.label(storyTitle),
      dateline: options.dateline,
      language: options.language,
    },
    events: run.events,
    entities: [],
    relations: [],
    coverage: { exclusions: [] },
  };
  return { story, sourceText: `${run.blocks.join('\n\n')}\n`, unmapped: run.unmapped };
}
