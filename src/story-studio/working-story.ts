/**
 * The story as the studio holds it while an editor writes it: the shape of
 * the story format (`src/model/story-schema.ts`), with every label optional
 * per language and the fields only the editor can write (title, summary,
 * category, a date the text does not give) possibly still missing. The
 * model's checks say what is missing; the studio never refuses an unfinished
 * story.
 *
 * Unknown fields of an opened story are kept: every edit copies objects with
 * spread, so what the studio does not know travels through unchanged.
 *
 * @module
 */
import type { Category, EntityKind, RelationType, TextLanguage } from '../model/story-schema.js';

/** A label in some of the story's languages; a missing one is still to write. */
export type Labels = Partial<Record<TextLanguage, string>>;

export interface WorkingQuote {
  /** Exactly the selected text of the source; never typed. */
  readonly text: string;
  /** Where the quote starts in the source (UTF-16). */
  readonly offset?: number;
  readonly translation?: Labels;
}

export interface WorkingEvent {
  readonly id: string;
  readonly start?: string;
  readonly end?: string;
  readonly planned?: boolean;
  readonly dateBasis?: Labels;
  readonly title?: Labels;
  readonly summary?: Labels;
  readonly category?: Category;
  readonly entities: readonly string[];
  readonly quote: WorkingQuote;
  /** A proposal the editor has not confirmed yet (the build refuses drafts). */
  readonly draft?: boolean;
}

export interface WorkingEntity {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: Labels;
}

export interface WorkingRelation {
  readonly type: RelationType;
  readonly from: string;
  readonly to: string;
  readonly events: readonly string[];
}

export interface WorkingExclusion {
  readonly match: string;
  readonly occurrence?: number;
  readonly reason: Labels;
}

export interface WorkingSource {
  /** Path of the source text relative to the story file: `../sources/<name>`. */
  readonly file: string;
  readonly sha256?: string;
  readonly publisher?: Labels;
  readonly title?: Labels;
  readonly dateline: string;
  readonly language: TextLanguage;
  readonly credit?: Labels;
  readonly url?: string;
}

export interface WorkingStory {
  readonly $schema?: string;
  readonly id: string;
  /** The story's languages, the source's own first: labels are written in these. */
  readonly languages?: readonly TextLanguage[];
  readonly title?: Labels;
  readonly summary?: Labels;
  readonly source: WorkingSource;
  readonly events: readonly WorkingEvent[];
  readonly entities: readonly WorkingEntity[];
  readonly relations: readonly WorkingRelation[];
  readonly coverage?: { readonly exclusions: readonly WorkingExclusion[] };
}

/** What the studio edits: the story, its source text, and how the source is saved. */
export interface StudioDocument {
  readonly story: WorkingStory;
  readonly sourceText: string;
  /** File name of the source in `data/sources/`, e.g. `my-story.en.txt`. */
  readonly sourceFileName: string;
  /** Whether the source file is new, so that saving writes it too. */
  readonly sourceIsNew: boolean;
}

/** The exclusions of a story, none when it has no coverage section. */
export const exclusionsOf = (story: WorkingStory): readonly WorkingExclusion[] =>
  story.coverage?.exclusions ?? [];
