/**
 * The shape of the interface strings, and the language names every language shows
 * in its own script.
 *
 * @module
 */
import type { Category, EntityKind, RelationType, TextLanguage } from '../model/story-schema.js';
import type { UiLanguage } from './i18n.js';

/** Every string the widgets show that does not come from the story, for one language. */
export interface UiStrings {
  readonly loading: string;
  readonly timelineLabel: string;
  readonly timelineHelp: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly fitAll: string;
  readonly timelineHeading: string;
  readonly timelineZoom: string;
  readonly overviewLabel: string;
  readonly graphHeading: string;
  readonly graphZoom: string;
  readonly detailLabel: string;
  readonly skipToDetail: string;
  readonly start: string;
  readonly startWith: (date: string, title: string) => string;
  readonly storyPeriod: (from: string, to: string) => string;
  readonly storyEvents: (count: number) => string;
  readonly previous: string;
  readonly next: string;
  readonly stepPosition: (position: number, total: number) => string;
  readonly backToStart: string;
  readonly selectedAnnouncement: (date: string, title: string) => string;
  readonly selectionCleared: string;
  readonly legend: string;
  readonly planned: string;
  /** The legend's entry for dates drawn faded: approximate, uncertain or unspecified. */
  readonly fuzzyDates: string;
  readonly eventsInCluster: (count: number) => string;
  readonly graphLabel: string;
  readonly graphHelp: string;
  /** The graph's help on a touch screen. */
  readonly graphHelpTouch: string;
  /** The legend of entity kinds: shapes are kinds, colours are the timeline's categories. */
  readonly kindLegend: string;
  readonly entityList: string;
  readonly connections: string;
  readonly inSelectedEvent: string;
  readonly eventsOfEntity: (count: number) => string;
  readonly followTimeline: string;
  readonly noEntitiesInRange: string;
  readonly quoteEmpty: string;
  readonly translation: (language: string) => string;
  /**
   * The story's text languages named in this interface language, as
   * `Intl.DisplayNames` names them ("English", "英语", "английский"): the label
   * of a translation says which it is in. Written out because the first
   * `Intl.DisplayNames` of a page loads its data on the reader's first click
   * (docs/performance.md); a test compares them with the running `Intl`.
   */
  readonly textLanguageNames: Readonly<Record<TextLanguage, string>>;
  readonly dateBasis: string;
  readonly source: string;
  readonly dateline: string;
  readonly readWholeSource: string;
  readonly close: string;
  readonly wholeSourceTitle: string;
  readonly search: string;
  readonly searchPlaceholder: string;
  readonly categories: string;
  /** The label of the source filter (a collection's stories, one button per source). */
  readonly sources: string;
  readonly showingEvents: (shown: number, total: number) => string;
  readonly noMatches: string;
  readonly language: string;
  readonly selectedEntity: (name: string, count: number) => string;
  readonly clearSelection: string;
  readonly emptyStory: string;
  readonly copyLink: string;
  readonly linkCopied: string;
  /** A link (or `selected`) named an event the story does not have. */
  readonly unknownEvent: (id: string) => string;
  readonly retry: string;
  readonly errorTitle: string;
  readonly errorNotFound: (status: number) => string;
  readonly errorNetwork: string;
  readonly errorTimeout: (seconds: number) => string;
  readonly errorNotJson: string;
  readonly errorTooLarge: (limit: string) => string;
  readonly errorInvalid: (count: number) => string;
  readonly errorSourceMissing: string;
  readonly errorInvalidUrl: string;
  readonly errorCodeMissing: string;
  readonly categoryNames: Readonly<Record<Category, string>>;
  readonly kindNames: Readonly<Record<EntityKind, string>>;
  readonly relationNames: Readonly<Record<RelationType, string>>;
  readonly languageNames: Readonly<Record<UiLanguage, string>>;
}

/** Each language named in its own script, the same in every interface language. */
export const LANGUAGE_NAMES: Readonly<Record<UiLanguage, string>> = {
  zh: '中文',
  en: 'English',
  ru: 'Русский',
};
