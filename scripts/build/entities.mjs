// The shared entities of the data folder (data/entities/*.json): read safely,
// validated and merged by id by the data layer (src/model/entity-registry.ts).
// A registry that defines a known id differently fails the build.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  DataFileError,
  decodeUtf8,
  listStoryFiles,
  MAX_STORY_BYTES,
  readInside,
  shown,
} from './data-files.mjs';

/**
 * Reads one JSON file of the data folder: its parsed value, or the line that
 * says why not (`file: message`).
 */
export async function readDataJson(file, folder, what) {
  const fail = (message) => ({ problem: `${shown(file)}: ${message}` });
  let bytes;
  try {
    bytes = await readInside(file, folder, { maxBytes: MAX_STORY_BYTES, what });
  } catch (error) {
    if (error instanceof DataFileError) return fail(error.message);
    throw error;
  }
  const text = decodeUtf8(bytes);
  if (text === undefined) return fail(`${what} is not UTF-8 text; save it as UTF-8`);
  try {
    return { value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return fail(
      `this is not valid JSON (${message}). Check for a missing comma, quote or bracket.`,
    );
  }
}

/**
 * The shared entities of `<dataDir>/entities/` (none when the folder is
 * missing): `{ registry, problems }`, problems as `file: path: message` lines.
 */
export async function loadEntityRegistry(model, dataDir) {
  const folder = join(dataDir, 'entities');
  if (!existsSync(folder)) return { registry: new Map(), problems: [] };
  const files = await listStoryFiles(folder);
  const problems = [];
  const inputs = [];
  for (const file of files) {
    const read = await readDataJson(file, folder, 'the registry of shared entities');
    if (read.problem) problems.push(read.problem);
    else inputs.push({ file: shown(file), input: read.value });
  }
  const merged = model.buildEntityRegistry(inputs);
  for (const { file, problem } of merged.problems) {
    problems.push(model.formatProblem(file, problem));
  }
  return { registry: merged.registry, problems };
}
