/**
 * TimelineJS's spreadsheet template ↔ its JSON format, field for field as
 * TimelineJS's own CSV reader maps them: columns are found by their header
 * (so their order does not matter), a row of Type `title` is the title slide,
 * `era` an era, anything else an event.
 *
 * @module
 */
import { CsvError, parseCsv, toCsv, undefused } from './csv.js';
import {
  TEMPLATE_COLUMNS,
  type TemplateColumn,
  type TimelineJsDate,
  type TimelineJsSlide,
  type TimelineJsTimeline,
} from './timelinejs-format.js';

/** A timeline read from a sheet, with what the sheet held that has no place in it. */
export interface SheetReading {
  readonly timeline: TimelineJsTimeline;
  readonly unmapped: string[];
}

/** Other names TimelineJS accepts for a column (from older templates). */
const COLUMN_ALIASES: Readonly<Record<string, TemplateColumn | 'Alt Text'>> = {
  tag: 'Group',
  'alt text': 'Alt Text',
};

const isEmpty = (row: readonly string[]) => row.every((cell) => cell.trim() === '');

/** `"13:45"` or `"13:45:10"` as date fields; nothing for anything else. */
function timeFields(time: string): Partial<TimelineJsDate> {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(time.trim());
  if (!match) return {};
  return { hour: match[1], minute: match[2], ...(match[3] !== undefined && { second: match[3] }) };
}

function dateFrom(
  year: string,
  month: string,
  day: string,
  time: string,
): TimelineJsDate | undefined {
  if (year.trim() === '') return undefined;
  return {
    year: year.trim(),
    ...(month.trim() !== '' && { month: month.trim() }),
    ...(day.trim() !== '' && { day: day.trim() }),
    ...timeFields(time),
  };
}

/**
 * Reads a TimelineJS sheet saved as CSV.
 *
 * @throws {CsvError} when it is not CSV, or has no header row with a `Year`
 *   and a `Headline` column.
 */
export function timelineFromCsv(text: string): SheetReading {
  const rows = parseCsv(text);
  const header = rows[0];
  if (!header) throw new CsvError('the file is empty: expected the template header row');
  const columns = new Map<string, number>();
  const unmapped: string[] = [];
  header.forEach((name, index) => {
    const trimmed = name.trim();
    const known = TEMPLATE_COLUMNS.find((column) => column.toLowerCase() === trimmed.toLowerCase());
    const column = known ?? COLUMN_ALIASES[trimmed.toLowerCase()];
    if (column) columns.set(column, index);
    else if (trimmed !== '')
      unmapped.push(`column "${trimmed}" (not a TimelineJS template column)`);
  });
  for (const required of ['Year', 'Headline'] as const) {
    if (!columns.has(required)) {
      throw new CsvError(
        `the header row has no "${required}" column; expected the TimelineJS template columns (${TEMPLATE_COLUMNS.join(', ')})`,
      );
    }
  }
  const timeline: TimelineJsTimeline = { events: [] };
  rows.slice(1).forEach((row, index) => {
    if (isEmpty(row)) return;
    const cell = (column: string) => {
      const at = columns.get(column);
      return at === undefined ? '' : undefused(row[at] ?? '');
    };
    const slide: TimelineJsSlide = {};
    const start = dateFrom(cell('Year'), cell('Month'), cell('Day'), cell('Time'));
    const end = dateFrom(cell('End Year'), cell('End Month'), cell('End Day'), cell('End Time'));
    if (start) slide.start_date = start;
    if (end) slide.end_date = end;
    if (cell('Headline') !== '' || cell('Text') !== '') {
      slide.text = { headline: cell('Headline'), text: cell('Text') };
    }
    if (cell('Display Date') !== '') slide.display_date = cell('Display Date');
    if (cell('Media') !== '') {
      slide.media = {
        url: cell('Media'),
        ...(cell('Media Credit') !== '' && { credit: cell('Media Credit') }),
        ...(cell('Media Caption') !== '' && { caption: cell('Media Caption') }),
        ...(cell('Media Thumbnail') !== '' && { thumbnail: cell('Media Thumbnail') }),
        ...(cell('Alt Text') !== '' && { alt: cell('Alt Text') }),
      };
    }
    if (cell('Group') !== '') slide.group = cell('Group');
    const background = cell('Background').trim();
    if (background !== '') {
      slide.background = /^(https?:)?\/\//i.test(background)
        ? { url: background }
        : { color: background };
    }
    const type = cell('Type').trim().toLowerCase();
    if (type === 'title') timeline.title = slide;
    else if (type === 'era') {
      if (slide.start_date && slide.end_date) {
        timeline.eras = [
          ...(timeline.eras ?? []),
          {
            start_date: slide.start_date,
            end_date: slide.end_date,
            ...(slide.text && { text: slide.text }),
          },
        ];
      } else unmapped.push(`row ${index + 2}: an era without a start and an end year`);
    } else timeline.events.push(slide);
  });
  return { timeline, unmapped };
}

const text = (value: string | number | undefined) => (value === undefined ? '' : String(value));

function timeOf(date: TimelineJsDate | undefined): string {
  if (!date || text(date.hour) === '') return '';
  const minute = text(date.minute).padStart(2, '0');
  return `${text(date.hour)}:${minute === '' ? '00' : minute}${text(date.second) !== '' ? `:${text(date.second).padStart(2, '0')}` : ''}`;
}

function rowOf(slide: TimelineJsSlide, type: '' | 'title' | 'era'): string[] {
  const values: Record<TemplateColumn, string> = {
    Year: text(slide.start_date?.year),
    Month: text(slide.start_date?.month),
    Day: text(slide.start_date?.day),
    Time: timeOf(slide.start_date),
    'End Year': text(slide.end_date?.year),
    'End Month': text(slide.end_date?.month),
    'End Day': text(slide.end_date?.day),
    'End Time': timeOf(slide.end_date),
    'Display Date': slide.display_date ?? '',
    Headline: slide.text?.headline ?? '',
    Text: slide.text?.text ?? '',
    Media: slide.media?.url ?? '',
    'Media Credit': slide.media?.credit ?? '',
    'Media Caption': slide.media?.caption ?? '',
    'Media Thumbnail': slide.media?.thumbnail ?? '',
    Type: type,
    Group: slide.group ?? '',
    Background: slide.background?.url ?? slide.background?.color ?? '',
  };
  return TEMPLATE_COLUMNS.map((column) => values[column]);
}

/** A timeline as a sheet in the template's columns, saved as CSV. */
export function timelineToCsv(timeline: TimelineJsTimeline): string {
  return toCsv([
    [...TEMPLATE_COLUMNS],
    ...(timeline.title ? [rowOf(timeline.title, 'title')] : []),
    ...(timeline.eras ?? []).map((era) => rowOf(era, 'era')),
    ...timeline.events.map((event) => rowOf(event, '')),
  ]);
}
