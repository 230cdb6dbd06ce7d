#!/usr/bin/env node
// `npm run draft`: a first draft of a story from a source text. One draft event per
// sentence that dates something, its quote taken from the source by offset, its date
// proposed (relative dates resolved against the dateline, with the basis written out).
// The editor reviews each draft (title, summary, category, entities); the build refuses
// a story that still has drafts and lists them.
//
//   npm run draft -- --source <file> --dateline <YYYY-MM-DD> --language <zh|en|ru> --id <id>
//                    [--force] [--data <dir>]
//
// The source file is copied into <data>/sources/ unless it is there already; the story
// is written to <data>/stories/<id>.json, never over an existing file without --force.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { importTypeScript } from './import-ts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE =
  'usage: npm run draft -- --source <file> --dateline <YYYY-MM-DD> --language <zh|en|ru> --id <id> [--force] [--data <dir>]';

/** A mistake in how the command was called or in its input, explained to the editor. */
class DraftError extends Error {}

const shown = (path) => relative(process.cwd(), path) || '.';

function readOptions() {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        source: { type: 'string' },
        dateline: { type: 'string' },
        language: { type: 'string' },
        id: { type: 'string' },
        force: { type: 'boolean', default: false },
        data: { type: 'string', default: join(root, 'data') },
      },
    });
  } catch (error) {
    throw new DraftError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const { values } = parsed;
  const missing = ['source', 'dateline', 'language', 'id'].filter((name) => !values[name]);
  if (missing.length > 0) {
    throw new DraftError(`missing ${missing.map((name) => `--${name}`).join(', ')}\n${USAGE}`);
  }
  return values;
}

/** Checks the options the model's rules decide: language, dateline and id. */
function checkOptions(model, options) {
  if (!model.TEXT_LANGUAGES.includes(options.language)) {
    throw new DraftError(
      `--language: "${options.language}" is not one of ${model.TEXT_LANGUAGES.join(', ')}; give the language the source is written in`,
    );
  }
  if (!model.tryParsePartialDate(options.dateline)) {
    throw new DraftError(
      `--dateline: "${options.dateline}" is not a date like 2025-10-18; give the day the source was published`,
    );
  }
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(options.id)) {
    throw new DraftError(
      `--id: "${options.id}" must be lower-case words joined by hyphens, like "middle-corridor"; it names the story file`,
    );
  }
}

/**
 * The source file as the story will name it: in <data>/sources/, copied there
 * when it is elsewhere. A different file of the same name is never overwritten.
 */
async function placeSource(sourcePath, bytes, dataDir) {
  const sourcesDir = join(dataDir, 'sources');
  const target = join(sourcesDir, basename(sourcePath));
  if (resolve(sourcePath) !== resolve(target)) {
    if (existsSync(target)) {
      const existing = await readFile(target);
      if (!existing.equals(bytes)) {
        throw new DraftError(
          `${shown(target)} already exists with other text than ${shown(sourcePath)}; rename your source file, or draft from the file already in ${shown(sourcesDir)}`,
        );
      }
    } else {
      await mkdir(sourcesDir, { recursive: true });
      await copyFile(sourcePath, target);
    }
  }
  return target;
}

async function main() {
  const options = readOptions();
  const model = await importTypeScript("export * from './src/model/index.ts';", root);
  checkOptions(model, options);
  const dataDir = resolve(options.data);
  const sourcePath = resolve(options.source);
  let bytes;
  try {
    bytes = await readFile(sourcePath);
  } catch {
    throw new DraftError(
      `--source: ${shown(sourcePath)} was not found; give the path of the source text`,
    );
  }
  const sourceText = bytes.toString('utf8');
  if (sourceText.includes('\uFFFD') || sourceText.charCodeAt(0) === 0xfeff) {
    throw new DraftError(
      `${shown(sourcePath)}: the source must be UTF-8 without a byte order mark; save it as UTF-8 and try again`,
    );
  }
  const storyFile = join(dataDir, 'stories', `${options.id}.json`);
  if (existsSync(storyFile) && !options.force) {
    throw new DraftError(
      `${shown(storyFile)} already exists; choose another --id, or add --force to replace it (its reviewed events are lost)`,
    );
  }
  const placed = await placeSource(sourcePath, bytes, dataDir);
  const story = model.draftStory({
    id: options.id,
    sourceText,
    sourceFile: relative(dirname(storyFile), placed).split('\\').join('/'),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    dateline: options.dateline,
    language: options.language,
  });
  await mkdir(dirname(storyFile), { recursive: true });
  await writeFile(storyFile, `${JSON.stringify(story, null, 2)}\n`);

  const counts = model.countMentionStatuses(model.mentionStatus(story, sourceText));
  const undated = story.events.filter((event) => event.start === undefined).length;
  console.log(
    `wrote ${shown(storyFile)}: ${story.events.length} draft events (${undated} without a date the text gives outright), source ${shown(placed)}`,
  );
  console.log(
    `date mentions: ${counts.covered} in a draft's quote, ${counts.open} in none (exclude them or quote their sentences)`,
  );
  console.log(
    'next: review each draft (title, summary, category, entities; then remove "draft": true), add the story\'s title and publisher, and run npm run build',
  );
}

main().catch((error) => {
  console.error(error instanceof DraftError ? `draft: ${error.message}` : error);
  process.exitCode = 1;
});
