/**
 * The story as the studio holds it while an editor writes it: the shape of
 * the story format (`src/model/story-schema.ts`), with every label optional
 * per language and a few fields not yet filled in. The model's validation
 * decides what is missing; the studio never refuses an unfinished story.
 *
 * Unknown fields of an opened story are kept: every edit copies objects with
 * spread, so what the studio does not know travels through unchanged.
 *
 * @module
 */
import type { Category, EntityKind, RelationType, TextLanguage } from '../model/story-schema.js';

/** A label in some of the story's languages; a missing or empty one is still to write. */
export type Labels = Partial<Record<TextLanguage, string>>;

export interface DraftQuote {
  /** Exactly the selected text of the source; never typed. */
  readonly text: string;
  /** Where the quote starts in the source (UTF-16); the build recomputes it. */
  readonly offset?: number;
  readonly translation?: Labels;
}

export interface DraftEvent {
  readonly id: string;
  readonly start: string;
  readonly end?: string;
  readonly planned?: boolean;
  readonly dateBasis?: Labels;
  readonly title: Labels;
  readonly summary: Labels;
  /** Empty until the editor picks one. */
  readonly category: Category | '';
  readonly entities: readonly string[];
  readonly quote: DraftQuote;
  /** A proposal the editor has not confirmed yet (the build refuses drafts). */
  readonly draft?: boolean;
}

export interface DraftEntity {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: Labels;
  readonly description?: Labels;
  readonly url?: string;
}

export interface DraftRelation {
  readonly type: RelationType;
  readonly from: string;
  readonly to: string;
  readonly events: readonly string[];
}

export interface DraftExclusion {
  readonly match: string;
  readonly occurrence?: number;
  readonly reason: Labels;
}

export interface DraftSource {
  /** Path of the source text relative to the story file: `../sources/<name>`. */
  readonly file: string;
  readonly sha256?: string;
  readonly publisher: Labels;
  readonly title: Labels;
  readonly dateline: string;
  readonly language: TextLanguage;
  readonly credit?: Labels;
  readonly url?: string;
}

export interface DraftStory {
  readonly $schema?: string;
  readonly id: string;
  /** The story's languages, the source's own first: labels are written in these. */
  readonly languages: readonly TextLanguage[];
  readonly title: Labels;
  readonly summary?: Labels;
  readonly source: DraftSource;
  readonly events: readonly DraftEvent[];
  readonly entities: readonly DraftEntity[];
  readonly relations: readonly DraftRelation[];
  readonly coverage: { readonly exclusions: readonly DraftExclusion[] };
}

/** What the studio edits: the story, its source text, and how the source is saved. */
export interface StudioDocument {
  readonly story: DraftStory;
  readonly sourceText: string;
  /** File name of the source in `data/sources/`, e.g. `my-story.en.txt`. */
  readonly sourceFileName: string;
  /** Whether the source file is new, so that saving writes it too. */
  readonly sourceIsNew: boolean;
}
