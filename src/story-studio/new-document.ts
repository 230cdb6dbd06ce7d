/**
 * Where the studio's work starts: a new source text with its details, or an
 * existing story (a data/ story with its source file, or a compiled story from
 * the site's stories/, which carries its source text). Opened files are
 * untrusted: only what has the story's shape is taken.
 *
 * @module
 */
import { TEXT_LANGUAGES, type TextLanguage } from '../model/story-schema.js';
import { withoutKey } from './story-paths.js';
import type { Labels, StudioDocument, WorkingStory } from './working-story.js';

/** What the editor gives about a new source. */
export interface NewSourceDetails {
  readonly id: string;
  readonly text: string;
  readonly dateline: string;
  readonly language: TextLanguage;
  /** The story's languages; the source's own is put first. */
  readonly languages: readonly TextLanguage[];
  readonly title: string;
  readonly publisher: string;
  readonly url: string;
  readonly credit: string;
}

const label = (language: TextLanguage, text: string): Labels | undefined =>
  text.trim() === '' ? undefined : { [language]: text.trim() };

/** A new document: the source as given, a story with no events yet. */
export function newDocument(details: NewSourceDetails): StudioDocument {
  const { language } = details;
  const sourceFileName = `${details.id}.${language}.txt`;
  const languages = [language, ...details.languages.filter((other) => other !== language)];
  const publisher = label(language, details.publisher);
  const title = label(language, details.title);
  const credit = label(language, details.credit);
  const story: WorkingStory = {
    $schema: '../story.schema.json',
    id: details.id,
    languages,
    ...(title ? { title } : {}),
    source: {
      file: `../sources/${sourceFileName}`,
      ...(publisher ? { publisher } : {}),
      ...(title ? { title } : {}),
      dateline: details.dateline,
      language,
      ...(details.url.trim() ? { url: details.url.trim() } : {}),
      ...(credit ? { credit } : {}),
    },
    events: [],
    entities: [],
    relations: [],
    coverage: { exclusions: [] },
  };
  return { story, sourceText: details.text, sourceFileName, sourceIsNew: true };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? (value as unknown[]) : []);

/**
 * A working story from an opened file, or a message saying why it is not one.
 * The story's own source text (a compiled story's `source.text`) is returned
 * apart and taken out of the story.
 */
export function readStoryFile(
  input: unknown,
): { ok: true; story: WorkingStory; sourceText?: string } | { ok: false; message: string } {
  if (!isRecord(input)) return { ok: false, message: 'the file is not a story: no JSON object' };
  const { source } = input;
  if (typeof input.id !== 'string') return { ok: false, message: 'the story has no "id"' };
  if (!isRecord(source)) return { ok: false, message: 'the story has no "source"' };
  if (!(TEXT_LANGUAGES as readonly unknown[]).includes(source.language)) {
    return { ok: false, message: 'the story\'s "source.language" is not zh, en or ru' };
  }
  if (typeof source.dateline !== 'string' || typeof source.file !== 'string') {
    return { ok: false, message: 'the story\'s source needs a "file" and a "dateline"' };
  }
  const events = listOf(input.events).filter(
    (event) => isRecord(event) && isRecord(event.quote) && typeof event.quote.text === 'string',
  );
  const { text, ...sourceFields } = source;
  // The build computes the layout again; a compiled story's would go stale.
  const rest = withoutKey(input, 'layout');
  // Checked above where the studio relies on it; the rest is what the checks are for.
  const story = {
    ...rest,
    source: sourceFields,
    events: events.map((event) => ({
      ...(event as object),
      entities: Array.isArray((event as { entities?: unknown }).entities)
        ? (event as { entities: unknown[] }).entities
        : [],
    })),
    entities: listOf(input.entities).filter(isRecord),
    relations: listOf(input.relations).filter(isRecord),
  } as unknown as WorkingStory;
  return typeof text === 'string' ? { ok: true, story, sourceText: text } : { ok: true, story };
}

/** The source file's name in data/sources/, from the story's `source.file`. */
export const sourceFileNameOf = (story: WorkingStory): string =>
  story.source.file.split('/').pop() ?? story.source.file;

/** The document for an opened story and its source text. */
export function openedDocument(
  story: WorkingStory,
  sourceText: string,
  sourceIsNew = false,
): StudioDocument {
  return { story, sourceText, sourceFileName: sourceFileNameOf(story), sourceIsNew };
}
