/**
 * What saving writes: the story file as an editor would write it by hand
 * (`data/stories/<id>.json`, two-space JSON) and, for a new source, the
 * source text (`data/sources/<name>`), byte for byte as pasted.
 *
 * @module
 */
import type { StudioDocument } from './working-story.js';

/** One file to write, relative to the `data/` folder. */
export interface SavedFile {
  readonly folder: 'stories' | 'sources';
  readonly name: string;
  readonly text: string;
  readonly type: string;
}

/** The files that save the document: the story, and its source when it is new. */
export function savedFiles(document: StudioDocument): SavedFile[] {
  const story: SavedFile = {
    folder: 'stories',
    name: `${document.story.id}.json`,
    text: `${JSON.stringify(document.story, null, 2)}\n`,
    type: 'application/json',
  };
  if (!document.sourceIsNew) return [story];
  const source: SavedFile = {
    folder: 'sources',
    name: document.sourceFileName,
    text: document.sourceText,
    type: 'text/plain',
  };
  return [story, source];
}
