/**
 * What every date proposal shares: its shape, the context it is made in, and
 * the small helpers the proposals for stated and relative dates both use.
 *
 * @module
 */
import type { DateMention } from './date-mentions.js';
import {
  endTime,
  formatPartialDate,
  startTime,
  type DatePrecision,
  type PartialDate,
} from './partial-date.js';
import type { TextLanguage } from './story-schema.js';

/** A text in each interface language: how a date was worked out. */
export type DateBasis = Readonly<Record<TextLanguage, string>>;

/** The date a mention is proposed to give an event. */
export interface DateProposal {
  /** The mention the date was read from. */
  readonly mention: DateMention;
  /** A partial date (`"2014"`, `"2014-02"`, `"2014-02-24"`) at the precision the text gives. */
  readonly start: string;
  /** The end of a range the text states ("2022—2027年", "the past three years"). */
  readonly end?: string;
  readonly precision: DatePrecision;
  /** Whether the date lies after the dateline (or the text says it is still to come). */
  readonly planned: boolean;
  /** How the date was worked out, when the text does not state it outright. */
  readonly basis?: DateBasis;
}

/** What a proposal is made against. */
export interface DateProposalContext {
  /** The source's dateline. */
  readonly dateline: PartialDate;
  /** The source's language, which decides how its dates are written. */
  readonly language: TextLanguage;
  /**
   * The sentence the mention stands in: a month without its year takes the
   * year stated earlier in it, an anniversary the year it is celebrated in.
   */
  readonly sentence?: { readonly start: number; readonly end: number };
  /** The other mentions of the source (or of the sentence), in reading order. */
  readonly mentions?: readonly DateMention[];
}

/** ASCII digits for full-width ones, so one pattern reads both. */
export const asciiDigits = (text: string): string =>
  text.replace(/[０-９]/g, (char) => String(char.charCodeAt(0) - 0xff10));

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** A partial date as the story format writes it. */
export function formatIsoPartialDate(date: PartialDate): string {
  const year = pad(date.year, 4);
  if (date.precision === 'year' || date.month === undefined) return year;
  const month = `${year}-${pad(date.month, 2)}`;
  return date.precision === 'month' || date.day === undefined
    ? month
    : `${month}-${pad(date.day, 2)}`;
}

export const yearDate = (year: number): PartialDate => ({ year, precision: 'year' });

/** Whether a date lies wholly after the dateline: the start of its span is past the dateline's. */
export function isAfterDateline(date: PartialDate, dateline: PartialDate): boolean {
  return startTime(date) >= endTime(dateline);
}

/** A date in words in an interface language: "18 Oct 2025", "2025年10月18日". */
export const inWords = (date: PartialDate, language: TextLanguage): string =>
  formatPartialDate(date, language === 'en' ? 'en-GB' : language);

/** The years stated outright in the sentence before `offset`, nearest last. */
export function statedYearsBefore(offset: number, context: DateProposalContext): number[] {
  const from = context.sentence?.start ?? 0;
  return (context.mentions ?? [])
    .filter((other) => other.year !== undefined && other.start >= from && other.end <= offset)
    .map((other) => other.year ?? 0);
}

/** The first year stated outright in the sentence, wherever it stands. */
export function statedYearIn(context: DateProposalContext): number | undefined {
  const { sentence } = context;
  return (context.mentions ?? []).find(
    (other) =>
      other.year !== undefined &&
      (!sentence || (other.start >= sentence.start && other.end <= sentence.end)),
  )?.year;
}

/** A proposal for a date the text states (no basis needed): planned when after the dateline. */
export function proposalFor(
  mention: DateMention,
  date: PartialDate,
  end: PartialDate | undefined,
  context: DateProposalContext,
): DateProposal {
  return {
    mention,
    start: formatIsoPartialDate(date),
    ...(end ? { end: formatIsoPartialDate(end) } : {}),
    precision: date.precision,
    planned: isAfterDateline(date, context.dateline),
  };
}
