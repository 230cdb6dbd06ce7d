#!/usr/bin/env node
// `npm run import -- <timeline.json | sheet.csv> --id <id> --language <zh|en|ru>`:
// a TimelineJS timeline (its JSON, or its Google Sheet template saved as CSV) as
// a story. Writes data/sources/<id>.<language>.txt (the timeline's own words) and
// data/stories/<id>.json (every event quoting them), never over existing files
// unless --force; then lists everything that could not be mapped. The converters
// are pure modules in src/interop/ (timelinejs-import.ts, timelinejs-csv.ts).
//
//   --dateline YYYY-MM-DD   publication date (default: today); later events are planned
//   --category <category>   for groups that name none (default: politics)
//   --publisher <name>      who published the timeline (default: its file name)
//   --data <dir>            the data folder (default: data/)
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { importTypeScript } from './import-ts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const fail = (message) => {
  console.error(`import: ${message}`);
  process.exit(1);
};

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      id: { type: 'string' },
      language: { type: 'string' },
      dateline: { type: 'string', default: new Date().toISOString().slice(0, 10) },
      category: { type: 'string', default: 'politics' },
      publisher: { type: 'string' },
      data: { type: 'string', default: join(root, 'data') },
      force: { type: 'boolean', default: false },
    },
  });
} catch (error) {
  fail(
    `${error.message}. Usage: npm run import -- <timeline.json | sheet.csv> --id <id> --language <zh|en|ru>`,
  );
}
const { values: options, positionals } = parsed;
const [input] = positionals;
if (!input || positionals.length > 1)
  fail(
    'give one timeline file: npm run import -- <timeline.json | sheet.csv> --id <id> --language <zh|en|ru>',
  );

const interop = await importTypeScript(
  "export * from './src/interop/timelinejs-import.ts'; export * from './src/interop/timelinejs-csv.ts'; export { CATEGORIES, REQUIRED_TEXT_LANGUAGES, TEXT_LANGUAGES, StorySchema } from './src/model/story-schema.ts';",
  root,
);

if (!options.id || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(options.id)) {
  fail(
    `--id must be lower-case words joined by hyphens, like "space-race" (got ${JSON.stringify(options.id ?? '')})`,
  );
}
if (!interop.TEXT_LANGUAGES.includes(options.language)) {
  fail(
    `--language must be one of ${interop.TEXT_LANGUAGES.join(', ')}: the language the timeline is written in (got ${JSON.stringify(options.language ?? '')})`,
  );
}
if (!/^\d{4}-\d{2}-\d{2}$/.test(options.dateline))
  fail(`--dateline must be a day like 2025-10-18 (got ${JSON.stringify(options.dateline)})`);
if (!interop.CATEGORIES.includes(options.category)) {
  fail(
    `--category must be one of ${interop.CATEGORIES.join(', ')} (got ${JSON.stringify(options.category)})`,
  );
}

let text;
try {
  text = await readFile(input, 'utf8');
} catch (error) {
  fail(`${input}: cannot read it (${error.code ?? error.message}). Check the path.`);
}

let timeline;
const unmapped = [];
try {
  if (/\.csv$/i.test(input)) {
    const sheet = interop.timelineFromCsv(text);
    timeline = sheet.timeline;
    unmapped.push(...sheet.unmapped);
  } else {
    timeline = JSON.parse(text.replace(/^\uFEFF/, ''));
  }
} catch (error) {
  fail(
    `${input}: ${error.message}. A TimelineJS timeline is its JSON file or its sheet saved as CSV (File → Download → CSV).`,
  );
}

// Languages the story format requires beyond the timeline's own, if it still
// has such (a story that declares its \`languages\` needs none).
const declaresLanguages = 'languages' in interop.StorySchema.entries;
const copyInto = declaresLanguages ? [] : [...interop.REQUIRED_TEXT_LANGUAGES];

let result;
try {
  result = interop.importTimelineJs(timeline, {
    id: options.id,
    language: options.language,
    dateline: options.dateline,
    defaultCategory: options.category,
    publisher: options.publisher ?? basename(input),
    copyInto,
  });
} catch (error) {
  fail(`${input}: ${error.message}`);
}
if (result.story.events.length === 0)
  fail(
    `${input}: no event could be imported:\n  ${[...unmapped, ...result.unmapped].join('\n  ')}`,
  );

const dataDir = resolve(options.data);
const sourceFile = join(dataDir, 'sources', `${options.id}.${options.language}.txt`);
const storyFile = join(dataDir, 'stories', `${options.id}.json`);
for (const file of [sourceFile, storyFile]) {
  if (existsSync(file) && !options.force) fail(`${file} exists already; add --force to replace it`);
}
const sha256 = createHash('sha256').update(result.sourceText, 'utf8').digest('hex');
const story = { ...result.story, source: { ...result.story.source, sha256 } };
await mkdir(dirname(sourceFile), { recursive: true });
await mkdir(dirname(storyFile), { recursive: true });
await writeFile(sourceFile, result.sourceText);
await writeFile(storyFile, `${JSON.stringify(story, null, 2)}\n`);

console.log(`wrote ${sourceFile}`);
console.log(`wrote ${storyFile} (${story.events.length} events)`);
const notes = [...unmapped, ...result.unmapped];
if (!options.publisher)
  notes.push(
    `publisher: TimelineJS does not say; set to the file name "${basename(input)}" (use --publisher)`,
  );
console.log(notes.length === 0 ? 'everything was mapped' : `not mapped (${notes.length}):`);
for (const note of notes) console.log(`  - ${note}`);
