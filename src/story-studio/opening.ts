/**
 * Opening an existing story: from files the editor picks (a data/ story with
 * its source text file, or a compiled story, which carries its text), or from
 * an address (the site's `stories/<id>.json`; an authored story's source is
 * fetched from beside it, as the widgets do).
 *
 * @module
 */
import { openedDocument, readStoryFile, sourceFileNameOf } from './new-document.js';
import type { StudioDocument } from './working-story.js';

/** Parses JSON, saying which file was not JSON. */
function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(
      `${name}: not JSON (${error instanceof Error ? error.message : String(error)}): open a story file (.json)`,
    );
  }
}

/** The document for a story file and, if it does not carry its text, its source file. */
export async function openFiles(files: readonly File[]): Promise<StudioDocument> {
  const storyFile = files.find((file) => file.name.toLowerCase().endsWith('.json'));
  if (!storyFile) throw new Error('choose a story file (.json), and its source text (.txt)');
  const read = readStoryFile(parseJson(await storyFile.text(), storyFile.name));
  if (!read.ok) throw new Error(`${storyFile.name}: ${read.message}`);
  if (read.sourceText !== undefined) return openedDocument(read.story, read.sourceText);
  const wanted = sourceFileNameOf(read.story);
  const texts = files.filter((file) => file !== storyFile);
  const sourceFile =
    texts.find((file) => file.name === wanted) ?? (texts.length === 1 ? texts[0] : undefined);
  if (!sourceFile) {
    throw new Error(
      `${storyFile.name}: its source text "${wanted}" was not chosen: choose both files together`,
    );
  }
  return openedDocument(read.story, await sourceFile.text());
}

/** The document for the story at `address` (relative to `base`). */
export async function openUrl(address: string, base: string): Promise<StudioDocument> {
  const url = new URL(address, base);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${address}: only http(s) addresses can be opened`);
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.href}: ${response.status} ${response.statusText}`);
  const read = readStoryFile(parseJson(await response.text(), url.href));
  if (!read.ok) throw new Error(`${url.href}: ${read.message}`);
  if (read.sourceText !== undefined) return openedDocument(read.story, read.sourceText);
  const sourceUrl = new URL(read.story.source.file, response.url || url.href);
  const source = await fetch(sourceUrl);
  if (!source.ok) throw new Error(`${sourceUrl.href}: ${source.status} ${source.statusText}`);
  return openedDocument(read.story, await source.text());
}
