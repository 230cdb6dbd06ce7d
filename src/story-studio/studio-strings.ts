/**
 * The studio's interface strings: their shape, and the language picker. One
 * module per language beside this one (the widgets' strings stay in
 * src/shared/strings/, which the studio also reads for category, kind and
 * relation names).
 *
 * @module
 */
import type { UiLanguage } from '../shared/i18n.js';
import { studioEn } from './strings/en.js';
import { studioRu } from './strings/ru.js';
import { studioZh } from './strings/zh.js';

/** Every string the studio shows, for one language. */
export interface StudioStrings {
  readonly studioTitle: string;
  readonly interfaceLanguage: string;
  readonly panels: string;
  readonly tabNames: Readonly<
    Record<'event' | 'entities' | 'relations' | 'exclusions' | 'story' | 'publish', string>
  >;
  readonly choose: string;
  // Start
  readonly restoreHeading: string;
  readonly restoreText: (storyId: string, when: string) => string;
  readonly restore: string;
  readonly discard: string;
  readonly newStoryHeading: string;
  readonly sourceText: string;
  readonly orOpenText: string;
  readonly sourceLanguage: string;
  readonly startStory: string;
  readonly openHeading: string;
  readonly openFiles: string;
  readonly openUrl: string;
  readonly open: string;
  // Bar and status
  readonly undo: string;
  readonly redo: string;
  readonly download: string;
  readonly saveToFolder: string;
  readonly newOrOpen: string;
  readonly notKept: string;
  readonly undone: string;
  readonly redone: string;
  readonly cannotPropose: (reason: string) => string;
  readonly eventAdded: (date: string) => string;
  readonly downloaded: (names: string) => string;
  readonly written: (paths: string) => string;
  readonly notWritten: (reason: string) => string;
  // Source
  readonly sourceHeading: string;
  readonly sourceHint: string;
  readonly openCount: (count: number) => string;
  readonly coveredCount: (count: number) => string;
  readonly excludedCount: (count: number) => string;
  readonly coveredBy: (eventId: string) => string;
  readonly excludedBecause: (reason: string) => string;
  readonly noReasonYet: string;
  readonly openMention: string;
  readonly newEvent: string;
  readonly selectedCharacters: (count: number) => string;
  readonly nothingSelected: string;
  // Events
  readonly noEvents: string;
  readonly draftBadge: string;
  readonly quoteNote: (offset: number, length: number) => string;
  readonly reviewed: string;
  readonly proposalNote: string;
  readonly date: string;
  readonly start: string;
  readonly end: string;
  readonly planned: string;
  readonly dateBasis: string;
  readonly title: string;
  readonly summary: string;
  readonly category: string;
  readonly eventEntities: string;
  readonly kindIfNew: string;
  readonly quoteTranslation: string;
  readonly eventId: string;
  readonly removeEvent: string;
  readonly removeNamed: (name: string) => string;
  // Entities and relations
  readonly entityName: string;
  readonly kind: string;
  readonly addEntity: string;
  readonly noEntities: string;
  readonly newRelation: string;
  readonly relationType: string;
  readonly from: string;
  readonly to: string;
  readonly supportingEvents: string;
  readonly addRelation: string;
  readonly relationNeedsEvent: string;
  readonly removeRelation: string;
  // Exclusions
  readonly openMentions: (count: number) => string;
  readonly exclude: string;
  readonly excludeMention: (mention: string) => string;
  readonly exclusionsHeading: string;
  readonly occurrence: (n: number) => string;
  readonly reason: string;
  readonly removeExclusion: string;
  // Story
  readonly storyId: string;
  readonly storyLanguages: string;
  readonly storyTitle: string;
  readonly storySummary: string;
  readonly sourceDetails: string;
  readonly dateline: string;
  readonly publisher: string;
  readonly sourceTitle: string;
  readonly url: string;
  readonly credit: string;
  // Problems, preview, publish
  readonly readyToPublish: string;
  readonly problemCount: (count: number) => string;
  readonly warningCount: (count: number) => string;
  readonly previewHeading: string;
  readonly nothingToPreview: string;
  readonly publishHint: string;
  readonly element: string;
  readonly language: string;
  readonly height: string;
  readonly scriptCode: string;
  readonly iframeCode: string;
  readonly publishPreview: string;
}

const STRINGS: Readonly<Record<UiLanguage, StudioStrings>> = {
  zh: studioZh,
  en: studioEn,
  ru: studioRu,
};

/** The studio's strings for a language. */
export function studioStrings(lang: UiLanguage): StudioStrings {
  return STRINGS[lang];
}
