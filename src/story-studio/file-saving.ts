/**
 * Saving the studio's files: downloads everywhere, and where the browser has
 * the File System Access API, writing them straight into a `data/` folder the
 * editor chooses (`stories/<id>.json`, `sources/<name>`).
 *
 * @module
 */
import type { SavedFile } from './saved-files.js';

/** The part of the File System Access API used here (Chromium-based browsers). */
interface DirectoryHandle {
  getDirectoryHandle(name: string, options: { create: boolean }): Promise<DirectoryHandle>;
  getFileHandle(
    name: string,
    options: { create: boolean },
  ): Promise<{
    createWritable(): Promise<WritableStream & { write(data: string): Promise<void> }>;
  }>;
}
type DirectoryPicker = (options: { mode: 'readwrite'; id?: string }) => Promise<DirectoryHandle>;

function directoryPicker(): DirectoryPicker | undefined {
  const picker = (window as unknown as { showDirectoryPicker?: DirectoryPicker })
    .showDirectoryPicker;
  return typeof picker === 'function' ? picker.bind(window) : undefined;
}

/** Whether the browser can write into a folder the editor chooses. */
export const canWriteFolders = (): boolean => directoryPicker() !== undefined;

/** Offers each file as a download. */
export function downloadFiles(files: readonly SavedFile[]): void {
  for (const file of files) {
    const url = URL.createObjectURL(new Blob([file.text], { type: `${file.type};charset=utf-8` }));
    const link = document.createElement('a');
    link.href = url;
    link.download = file.name;
    link.click();
    // The download has started once click() returns; the URL is no longer needed after it.
    setTimeout(() => {
      URL.revokeObjectURL(url);
    }, 1000);
  }
}

/**
 * Writes the files into a `data/` folder the editor picks; returns the paths
 * written. Throws when the editor cancels or the browser refuses.
 */
export async function writeIntoFolder(files: readonly SavedFile[]): Promise<string[]> {
  const picker = directoryPicker();
  if (!picker) throw new Error('this browser cannot write into a folder');
  const data = await picker({ mode: 'readwrite', id: 'history-explorer-data' });
  const written: string[] = [];
  for (const file of files) {
    const folder = await data.getDirectoryHandle(file.folder, { create: true });
    const handle = await folder.getFileHandle(file.name, { create: true });
    const writable = await handle.createWritable();
    await writable.write(file.text);
    await writable.close();
    written.push(`${file.folder}/${file.name}`);
  }
  return written;
}
