/**
 * The work in progress kept in the browser (localStorage) after every change,
 * so a reload, a crash or a closed tab loses nothing: the studio offers to
 * restore it when it opens. What is read back is checked like an opened file.
 *
 * @module
 */
import { readStoryFile } from './new-document.js';
import type { StudioDocument } from './working-story.js';

/** One key per site folder: two deployments on one host keep their own work. */
const STORAGE_KEY = `story-studio:work:${new URL('.', location.href).pathname}`;

/** Work found in the browser, and when it was kept. */
export interface KeptWork {
  readonly document: StudioDocument;
  readonly savedAt: number;
}

/** Keeps the document; false when the browser refuses (storage off or full). */
export function keepWork(document: StudioDocument, now = Date.now()): boolean {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ savedAt: now, document }));
    return true;
  } catch {
    return false;
  }
}

/** The work kept last, if there is any that still reads as a story. */
export function keptWork(): KeptWork | undefined {
  let text: string | null;
  try {
    text = localStorage.getItem(STORAGE_KEY);
  } catch {
    return undefined;
  }
  if (!text) return undefined;
  try {
    const kept = JSON.parse(text) as {
      savedAt?: unknown;
      document?: {
        story?: unknown;
        sourceText?: unknown;
        sourceFileName?: unknown;
        sourceIsNew?: unknown;
      };
    };
    const document = kept.document;
    const read = readStoryFile(document?.story);
    if (!read.ok || typeof document?.sourceText !== 'string') return undefined;
    return {
      savedAt: typeof kept.savedAt === 'number' ? kept.savedAt : 0,
      document: {
        story: read.story,
        sourceText: document.sourceText,
        sourceFileName:
          typeof document.sourceFileName === 'string' ? document.sourceFileName : 'source.txt',
        sourceIsNew: document.sourceIsNew === true,
      },
    };
  } catch {
    return undefined; // not JSON: nothing to restore
  }
}

/** Forgets the kept work (the editor discarded it). */
export function forgetWork(): void {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // storage off: nothing was kept
  }
}
