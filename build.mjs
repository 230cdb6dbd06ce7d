#!/usr/bin/env node
// Builds the static site in dist/: validates every story in data/, compiles it
// (quote offsets, embedded source text, graph positions), bundles src/ with
// esbuild and copies the pages. Everything is written to a temporary folder
// first and swapped in at the end, so a failed build leaves the previous
// dist/ exactly as it was. A failed build always ends, with exit code 1.
//
//   node build.mjs [--data <dir>] [--out <dir>] [--quiet]
//
// The steps live in scripts/build/: reading the data folder safely
// (data-files.mjs), compiling stories (stories.mjs), bundling (bundle.mjs),
// pages (pages.mjs), the size report (report.mjs), and what may be printed
// (terminal.mjs).
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { bundle } from './scripts/build/bundle.mjs';
import { compileCollections, writeCollections } from './scripts/build/collections.mjs';
import { shown } from './scripts/build/data-files.mjs';
import { copyPages } from './scripts/build/pages.mjs';
import { writeSitePages } from './scripts/build/site.mjs';
import { rebase, reportPageCost, reportSizes } from './scripts/build/report.mjs';
import { BuildError, compileStories } from './scripts/build/stories.mjs';
import {
  cappedProblems,
  describeError,
  printErrorLines,
  printLines,
} from './scripts/build/terminal.mjs';
import { importTypeScript, STORY_SHAPE_CHECK_GENERATOR } from './scripts/import-ts.mjs';

const root = dirname(fileURLToPath(import.meta.url));

/** Where a fallback file in dist/stories/ or dist/collections/ finds fallback.css. */
const DEFAULT_FALLBACK_CSS = '../fallback.css';
const { values: options } = parseArgs({
  options: {
    data: { type: 'string', default: join(root, 'data') },
    out: { type: 'string', default: join(root, 'dist') },
    quiet: { type: 'boolean', default: false },
    // Where pages that paste a fallback file load fallback.css from (docs/embedding.md).
    'fallback-css': { type: 'string', default: DEFAULT_FALLBACK_CSS },
  },
});
const dataDir = resolve(options.data);
const fallbackCss = checkedFallbackCss(options['fallback-css']);
const outDir = resolve(options.out);
/** Prints one line (escaped: it may hold story text) unless --quiet. */
const log = options.quiet ? () => {} : (line) => printLines([line]);

/**
 * The `--fallback-css` URL the fallback files link: an http(s) URL or a path
 * from the site's root, as the pages that paste the files will see it. The
 * default, `../fallback.css`, is right only for a page in dist/ itself. A bad
 * value stops the build before anything is written.
 */
function checkedFallbackCss(value) {
  if (value === DEFAULT_FALLBACK_CSS || /^\/[^/\\]/.test(value)) return value;
  let url;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (url && (url.protocol === 'https:' || url.protocol === 'http:')) return url.href;
  printErrorLines([
    `--fallback-css ${JSON.stringify(value)}: not an http(s) URL or a path from the site's root; ` +
      'give where fallback.css is served, like https://cdn.example.org/history-explorer/fallback.css',
    `build failed; ${shown(resolve(options.out))}/ was left unchanged.`,
  ]);
  process.exit(1);
}

/**
 * The build API (src/build/build-api.ts: the data layer of src/model, the graph
 * layout, the static fallback) compiled for Node, so that the build applies
 * exactly the rules the browser applies. Bundled in memory and imported from a
 * data: URL; nothing is written.
 */
function loadModel() {
  return importTypeScript("export * from './src/build/build-api.ts';", root);
}

/**
 * Regenerates the quick check of a story's shape (src/model/story-shape-check.generated.ts)
 * from the one schema, before anything that validates is loaded: a stale check could
 * let through what the schema now refuses. The generator is bundled on its own, so
 * its output (which copies functions of the bundle) is the same wherever it runs.
 */
async function writeStoryShapeCheck() {
  const generator = await importTypeScript(STORY_SHAPE_CHECK_GENERATOR, root);
  const file = join(root, generator.STORY_SHAPE_CHECK_FILE);
  const text = generator.storyShapeCheckModule();
  const current = existsSync(file) ? await readFile(file, 'utf8') : '';
  if (current !== text) {
    await writeFile(file, text);
    log(`wrote ${shown(file)} (the schema changed)`);
  }
}

/** Regenerates data/story.schema.json from the one schema in src/model. */
async function writeJsonSchema(model) {
  const file = join(dataDir, 'story.schema.json');
  const text = `${JSON.stringify(model.storyJsonSchema(), null, 2)}\n`;
  const current = existsSync(file) ? await readFile(file, 'utf8') : '';
  if (current !== text) {
    await writeFile(file, text);
    log(`wrote ${shown(file)} (the JSON Schema changed)`);
  }
}

async function main() {
  const started = performance.now();
  await writeStoryShapeCheck();
  const model = await loadModel();
  await writeJsonSchema(model);
  const stories = await compileStories(model, dataDir, log);
  const collections = await compileCollections(model, dataDir, stories);

  const stagingDir = `${outDir}.staging-${process.pid}`;
  await rm(stagingDir, { recursive: true, force: true });
  await mkdir(join(stagingDir, 'stories'), { recursive: true });
  let metafile;
  try {
    metafile = await bundle(root, stagingDir);
    await copyPages(root, model, stagingDir, stories, fallbackCss);
    await writeCollections(model, stagingDir, collections, fallbackCss);
    await writeSitePages(model, stagingDir, stories, collections);
  } catch (error) {
    await rm(stagingDir, { recursive: true, force: true });
    throw error;
  }

  // Swap: the old dist/ is moved aside, never deleted before the new one is in place.
  const previousDir = `${outDir}.previous-${process.pid}`;
  const hadPrevious = existsSync(outDir);
  if (hadPrevious) await rename(outDir, previousDir);
  await rename(stagingDir, outDir);
  if (hadPrevious) await rm(previousDir, { recursive: true, force: true });

  await reportSizes(outDir, log);
  await reportPageCost(root, rebase(root, metafile, stagingDir, outDir), stories, log);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  log(
    `built ${stories.length} stor${stories.length === 1 ? 'y' : 'ies'} into ${shown(outDir)}/ in ${seconds} s`,
  );
}

/** Says why the build failed, in lines safe for a terminal. */
function reportFailure(error) {
  const unchanged = `${shown(outDir)}/ was left unchanged.`;
  if (error instanceof BuildError) {
    printErrorLines(cappedProblems(error.lines));
    const count = error.lines.length;
    printErrorLines([
      `build failed: ${count.toLocaleString('en')} problem${count === 1 ? '' : 's'}; ${unchanged}`,
    ]);
  } else if (error && Array.isArray(error.errors) && error.errors.length > 0) {
    // esbuild's own errors carry file, line and column.
    printErrorLines(
      cappedProblems(
        error.errors.map((message) => {
          const where = message.location
            ? `${message.location.file}:${message.location.line}:${message.location.column}: `
            : '';
          return `${where}${message.text}`;
        }),
      ),
    );
    printErrorLines([`build failed; ${unchanged}`]);
  } else {
    printErrorLines([...describeError(error), `build failed; ${unchanged}`]);
  }
}

main().catch((error) => {
  reportFailure(error);
  process.exitCode = 1;
  // A failed build ends even if something it used left a timer or a handle
  // open: CI must not wait for ever on a build that has already failed.
  setTimeout(() => process.exit(1), 2000).unref();
});
