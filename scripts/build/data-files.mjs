// Reading the files of the data folder, and nothing else. The build publishes
// what it reads (a story's source text is embedded in dist/stories/), so:
// - a story's source must be inside the data folder's sources/, both as
//   written (no "../../etc/passwd", no absolute path) and as it really is
//   (a symbolic link that points outside is refused);
// - a story file must be inside stories/, by the same two tests;
// - only regular files are read: a folder, a named pipe (which would block the
//   build for ever), a device (/dev/zero never ends) are refused before one
//   byte is read; and no file is read past its size limit;
// - the text must be UTF-8, and a source in the one form quotes are compared
//   in (no byte order mark, no NUL, LF line endings, NFC): each named as such.
import { constants } from 'node:fs';
import { lstat, open, readdir, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** The largest source text the build reads. */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

/**
 * The largest story file the build reads (the widgets take no larger one either: it is
 * src/shared/story-loader.ts's `MAX_STORY_BYTES`, which says why it is 12 MB).
 */
export const MAX_STORY_BYTES = 12 * 1024 * 1024;

/** A file that could not be read, with the message that says why. */
export class DataFileError extends Error {}

/** Where a path is shown relative to the project, so messages are short and clickable. */
export const shown = (path) => relative(process.cwd(), path) || '.';

const isInside = (folder, path) => {
  const rest = relative(folder, path);
  return rest !== '' && !rest.startsWith(`..${sep}`) && rest !== '..' && !isAbsolute(rest);
};

const formatMegabytes = (bytes) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** What a file system entry is, in words, when it is not a regular file. */
function kindOf(stats) {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * Reads a regular file inside `folder`, at most `maxBytes`. `path` is already
 * resolved; `what` names it in messages ("the source file"). Throws a
 * {@link DataFileError} whose message says what is wrong and what to do.
 */
export async function readInside(path, folder, { maxBytes, what }) {
  if (!isInside(folder, path)) {
    throw new DataFileError(
      `${what} is outside ${shown(folder)}/ (it resolves to ${shown(path)}); the build reads and publishes only files inside it`,
    );
  }
  try {
    await lstat(path);
  } catch {
    throw new DataFileError(`${what} was not found (looked for ${shown(path)})`);
  }
  const [real, realFolder] = await Promise.all([realpath(path), realpath(folder)]);
  if (!isInside(realFolder, real)) {
    throw new DataFileError(
      `${what} is a link to ${real}, outside ${shown(folder)}/; the build reads and publishes only files inside it. Put the file itself there`,
    );
  }
  // O_NONBLOCK: opening a named pipe must not wait for a writer; the type is
  // checked on the open file, so what is read is what was checked.
  let handle;
  try {
    handle = await open(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw new DataFileError(`${what} could not be opened (${error.code ?? error})`);
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) {
      throw new DataFileError(`${what} is ${kindOf(stats)}, not a file; point to a text file`);
    }
    if (stats.size > maxBytes) {
      throw new DataFileError(
        `${what} is ${formatMegabytes(stats.size)}, over the ${formatMegabytes(maxBytes)} limit`,
      );
    }
    // Read at most one byte past the limit, whatever the size said (files in
    // /proc say 0; a file may grow while it is read).
    const buffer = Buffer.alloc(Math.min(maxBytes, stats.size) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) {
        if (length > maxBytes) {
          throw new DataFileError(`${what} is larger than the ${formatMegabytes(maxBytes)} limit`);
        }
        break;
      }
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes UTF-8 bytes, keeping a byte order mark (so that it can be named);
 * `undefined` when they are not UTF-8.
 */
export function decodeUtf8(bytes) {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** The story files (`*.json`) in `storiesDir`, sorted, as paths. */
export async function listStoryFiles(storiesDir) {
  const entries = await readdir(storiesDir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.name.endsWith('.json'))
    .map((entry) => join(storiesDir, entry.name))
    .sort();
}

/**
 * Where a story's `source.file` points: resolved from the story's folder. The
 * checks that it may be read are {@link readInside}'s; an absolute path is
 * refused here, since it would be taken as it is.
 */
export function sourcePathOf(storyFile, sourceRef) {
  if (isAbsolute(sourceRef)) {
    throw new DataFileError(
      `"${sourceRef}" is an absolute path; give the path from the story file to its source in the data folder's sources/, like "../sources/<name>.txt"`,
    );
  }
  return resolve(dirname(storyFile), sourceRef);
}
