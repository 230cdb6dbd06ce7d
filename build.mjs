#!/usr/bin/env node
// Builds the static site in dist/: validates every story in data/, compiles it
// (quote offsets, embedded source text), bundles src/ with esbuild and copies
// the pages. Everything is written to a temporary folder first and swapped in
// at the end, so a failed build leaves the previous dist/ exactly as it was.
//
//   node build.mjs [--data <dir>] [--out <dir>] [--quiet]
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { importTypeScript, STORY_SHAPE_CHECK_GENERATOR } from './scripts/import-ts.mjs';
import { visTimelinePatchesPlugin } from './scripts/vis-timeline-patches.mjs';

const root = dirname(fileURLToPath(import.meta.url));

const { values: options } = parseArgs({
  options: {
    data: { type: 'string', default: join(root, 'data') },
    out: { type: 'string', default: join(root, 'dist') },
    quiet: { type: 'boolean', default: false },
  },
});
const dataDir = resolve(options.data);
const outDir = resolve(options.out);
const log = options.quiet ? () => {} : (line) => console.log(line);

/** A build failure already explained to the reader, line by line. */
class BuildError extends Error {
  constructor(lines) {
    super(lines.join('\n'));
    this.lines = lines;
  }
}

/** Where a path is shown relative to the project, so messages are short and clickable. */
const shown = (path) => relative(process.cwd(), path) || '.';

/**
 * The build API (src/build/build-api.ts: the data layer of src/model, the graph
 * layout, the static fallback) compiled for Node, so that the build applies
 * exactly the rules the browser applies. Bundled in memory and imported from a
 * data: URL; nothing is written.
 */
function loadModel() {
  return importTypeScript("export * from './src/build/build-api.ts';", root);
}

/** Reads and parses JSON, turning a syntax error into `file: line L, column C: ...`. */
async function readJson(file) {
  const text = await readFile(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    let where = '';
    if (position) {
      const before = text.slice(0, Number(position[1]));
      const line = before.split('\n').length;
      const column = before.length - before.lastIndexOf('\n');
      where = `line ${line}, column ${column}: `;
    }
    throw new BuildError([
      `${shown(file)}: ${where}this is not valid JSON (${message}). Check for a missing comma, quote or bracket.`,
    ]);
  }
}

/** Validates and compiles every story file in data/stories/. */
async function compileStories(model) {
  const storiesDir = join(dataDir, 'stories');
  if (!existsSync(storiesDir)) {
    throw new BuildError([
      `${shown(storiesDir)}: the stories folder is missing. Put each story file there (see docs/authoring.md).`,
    ]);
  }
  const names = (await readdir(storiesDir)).filter((name) => name.endsWith('.json')).sort();
  if (names.length === 0) {
    throw new BuildError([`${shown(storiesDir)}: no story files (*.json) found.`]);
  }
  const failures = [];
  const compiled = [];
  for (const name of names) {
    const file = join(storiesDir, name);
    const fileShown = shown(file);
    let input;
    try {
      input = await readJson(file);
    } catch (error) {
      if (error instanceof BuildError) {
        failures.push(...error.lines);
        continue;
      }
      throw error;
    }
    const sourceRef = input?.source?.file;
    let sourceText;
    if (typeof sourceRef === 'string' && sourceRef !== '') {
      const sourceFile = resolve(dirname(file), sourceRef);
      try {
        const bytes = await readFile(sourceFile);
        sourceText = bytes.toString('utf8');
        const declared = input.source.sha256;
        const actual = createHash('sha256').update(bytes).digest('hex');
        if (typeof declared === 'string' && declared !== actual) {
          failures.push(
            `${fileShown}: source.sha256: the source file ${shown(sourceFile)} has changed (its SHA-256 is ${actual}). ` +
              'Restore the original text, or, if the new text is right, re-check every quote and update the hash.',
          );
          continue;
        }
      } catch {
        failures.push(
          `${fileShown}: source.file: the source file "${sourceRef}" was not found (looked for ${shown(sourceFile)}). Add the file or fix the path.`,
        );
        continue;
      }
    }
    const result = model.compileStory(input, sourceText);
    if (!result.ok) {
      failures.push(...result.problems.map((problem) => model.formatProblem(fileShown, problem)));
      continue;
    }
    for (const warning of result.warnings)
      log(`warning: ${model.formatProblem(fileShown, warning)}`);
    compiled.push({ name, story: model.withGraphLayout(result.story) });
  }
  if (failures.length > 0) throw new BuildError(failures);
  return compiled;
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

/**
 * Bundles src/ into the staging folder: ES modules, split, hashed, minified.
 *
 * Twice: the first pass finds, in esbuild's metafile, which chunks each lazily
 * imported module needs; the second writes that map into embed.js
 * (`__HE_CHUNK_DEPENDENCIES__`) so it can request them all in one go. Only
 * embed.js differs between the passes; every chunk and its hash stay the same.
 */
async function bundle(stagingDir) {
  const options = {
    entryPoints: {
      embed: join(root, 'src/embed.ts'),
      'embed-frame': join(root, 'src/embed-frame.ts'),
      standalone: join(root, 'src/standalone-page.ts'),
    },
    outdir: stagingDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    sourcemap: 'linked',
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    assetNames: 'assets/[name]-[hash]',
    loader: { '.css': 'text' },
    legalComments: 'linked',
    metafile: true,
    logLevel: 'silent',
    plugins: [visTimelinePatchesPlugin()],
  };
  const build = (dependencies, write) =>
    esbuild.build({
      ...options,
      write,
      define: {
        'process.env.NODE_ENV': '"production"',
        // A string (parsed in embed.ts): esbuild inlines it where an object would
        // become a shared variable, moving embed.js's code into a chunk.
        __HE_CHUNK_DEPENDENCIES__: JSON.stringify(JSON.stringify(dependencies)),
      },
    });
  const first = await build({}, false);
  const dependencies = chunkDependencies(first.metafile, stagingDir);
  const second = await build(dependencies, true);
  const changed = Object.keys(second.metafile.outputs).filter(
    (output) => !(output in first.metafile.outputs),
  );
  if (changed.length > 0) {
    throw new Error(
      `the second bundling pass renamed chunks (${changed.join(', ')}); embed.js would preload stale files`,
    );
  }
  return second.metafile;
}

/**
 * For each module embed.js imports lazily (by source path), the chunks it
 * statically needs besides its own, as specifiers relative to embed.js.
 */
function chunkDependencies(metafile, stagingDir) {
  const embed = Object.keys(metafile.outputs).find(
    (output) => metafile.outputs[output].entryPoint === 'src/embed.ts',
  );
  const embedDir = dirname(resolve(root, embed));
  const dependencies = {};
  for (const imported of metafile.outputs[embed].imports) {
    if (imported.kind !== 'dynamic-import') continue;
    const source = metafile.outputs[imported.path]?.entryPoint;
    if (!source) continue;
    const needed = [...staticClosure(metafile, imported.path)].filter(
      (output) => output !== imported.path,
    );
    dependencies[source] = needed.map(
      (output) => `./${relative(embedDir, resolve(root, output)).split(sep).join('/')}`,
    );
  }
  if (Object.keys(dependencies).length === 0) {
    throw new Error(`${shown(stagingDir)}: embed.js imports no chunk lazily; the build is broken`);
  }
  return dependencies;
}

/** Lists every file under a folder, recursively. */
async function listFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

function formatBytes(bytes) {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}

/** Prints raw and gzip sizes of what a browser downloads (maps and notices excluded). */
async function reportSizes(dir) {
  const files = (await listFiles(dir)).filter((file) => !/\.(map|LEGAL\.txt)$/.test(file)).sort();
  const rows = [];
  for (const file of files) {
    const bytes = await readFile(file);
    rows.push({
      name: relative(dir, file),
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
    });
  }
  const width = Math.max(...rows.map((row) => row.name.length), 5);
  log(`${'file'.padEnd(width)}  ${'raw'.padStart(9)}  ${'gzip'.padStart(9)}`);
  for (const row of rows) {
    log(
      `${row.name.padEnd(width)}  ${formatBytes(row.raw).padStart(9)}  ${formatBytes(row.gzip).padStart(9)}`,
    );
  }
  const total = rows.reduce((sum, row) => ({ raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip }), {
    raw: 0,
    gzip: 0,
  });
  log(
    `${'total'.padEnd(width)}  ${formatBytes(total.raw).padStart(9)}  ${formatBytes(total.gzip).padStart(9)}`,
  );
  return rows;
}

/** The pages and stylesheets copied into dist/ (HTML pages get story fallbacks). */
const PAGES = [
  'index.html',
  'page.css',
  'embed.html',
  'embed-frame.css',
  'favicon.svg',
  'favicon.ico',
];
const FALLBACK_CSS = 'src/fallback/fallback.css';
const FALLBACK_MARKER = /<!--\s*fallback:([a-z0-9-]+)(?:\s+lang=(en|zh|ru))?\s*-->/g;

/**
 * Replaces each `<!-- fallback:<story-id> -->` marker in a page with the
 * story's static event list (a declarative shadow root), its stylesheet linked
 * relative to the page.
 */
function injectFallbacks(model, html, pagePath, stagingDir, storiesById) {
  return html.replace(FALLBACK_MARKER, (marker, id, lang) => {
    const story = storiesById.get(id);
    if (!story) {
      throw new BuildError([
        `${shown(pagePath)}: the marker ${marker} names a story that does not exist (known: ${[...storiesById.keys()].join(', ')}).`,
      ]);
    }
    const stylesheet = relative(
      dirname(join(stagingDir, relative(root, pagePath))),
      join(stagingDir, 'fallback.css'),
    );
    return model.storyFallbackHtml(story, {
      stylesheet: stylesheet.split('\\').join('/'),
      lang: lang ?? 'en',
    });
  });
}

/** Copies the pages, examples and stylesheets, injecting story fallbacks into HTML. */
async function copyPages(model, stagingDir, stories) {
  const storiesById = new Map(stories.map(({ story }) => [story.id, story]));
  const files = PAGES.map((page) => join(root, page));
  if (existsSync(join(root, 'examples'))) files.push(...(await listFiles(join(root, 'examples'))));
  for (const file of files) {
    const target = join(stagingDir, relative(root, file));
    await mkdir(dirname(target), { recursive: true });
    if (file.endsWith('.html')) {
      const html = await readFile(file, 'utf8');
      await writeFile(target, injectFallbacks(model, html, file, stagingDir, storiesById));
    } else {
      await cp(file, target);
    }
  }
  await cp(join(root, FALLBACK_CSS), join(stagingDir, 'fallback.css'));
  // The example article is styled by a popular CSS framework, as host pages are.
  const framework = join(root, 'node_modules/bootstrap/dist/css/bootstrap.min.css');
  if (existsSync(framework)) {
    await mkdir(join(stagingDir, 'examples/vendor'), { recursive: true });
    await cp(framework, join(stagingDir, 'examples/vendor/bootstrap.min.css'));
  }
  for (const { name, story } of stories) {
    const base = name.replace(/\.json$/, '');
    await writeFile(join(stagingDir, 'stories', name), JSON.stringify(story));
    // For editors who paste the fallback into their own pages (see docs/embedding.md).
    for (const lang of ['en', 'zh', 'ru']) {
      const html = model.storyFallbackHtml(story, { stylesheet: '../fallback.css', lang });
      await writeFile(
        join(stagingDir, 'stories', `${base}.fallback${lang === 'en' ? '' : `.${lang}`}.html`),
        `${html}\n`,
      );
    }
  }
}

/** The output files a module needs before it runs: itself and its static imports, recursively. */
function staticClosure(metafile, output, seen = new Set()) {
  if (seen.has(output)) return seen;
  seen.add(output);
  for (const imported of metafile.outputs[output]?.imports ?? []) {
    if (imported.kind === 'import-statement') staticClosure(metafile, imported.path, seen);
  }
  return seen;
}

/** The output chunk whose entry is a given source module (a dynamic import's target). */
function chunkOf(metafile, source) {
  return Object.keys(metafile.outputs).find(
    (output) => !output.endsWith('.map') && metafile.outputs[output].entryPoint === source,
  );
}

/** What a page with one explorer downloads: before its first event shows, and in all. */
async function reportPageCost(metafile, stories) {
  const gzipOf = async (output) =>
    gzipSync(await readFile(resolve(root, output)), { level: 9 }).length;
  const sum = async (outputs) =>
    (await Promise.all([...outputs].map(gzipOf))).reduce((a, b) => a + b, 0);
  const embed = chunkOf(metafile, 'src/embed.ts');
  const explorer = chunkOf(metafile, 'src/history-explorer/define.ts');
  const vis = chunkOf(metafile, 'src/event-timeline/vis-loader.ts');
  const graph = chunkOf(metafile, 'src/event-graph/cytoscape-loader.ts');
  if (!embed || !explorer || !vis || !graph) return;
  const firstEvent = new Set([embed]);
  for (const chunk of [explorer, vis]) staticClosure(metafile, chunk, firstEvent);
  const everything = staticClosure(metafile, graph, new Set(firstEvent));
  const story = stories[0] ? gzipSync(JSON.stringify(stories[0].story), { level: 9 }).length : 0;
  const embedBytes = await gzipOf(embed);
  const before = (await sum(firstEvent)) + story;
  const total = (await sum(everything)) + story;
  log('');
  log(`embed.js: ${formatBytes(embedBytes)} gzip (budget 15 KB)`);
  log(
    `a page with one explorer${stories[0] ? ` (${stories[0].story.id})` : ''}: ${formatBytes(before)} gzip before the first event is drawn ` +
      `(embed.js, explorer, vis-timeline, story), ${formatBytes(total)} in all once the graph is shown; ` +
      'with the static fallback, the events are readable before any script.',
  );
  if (embedBytes > 15 * 1024)
    throw new BuildError([`embed.js is ${formatBytes(embedBytes)} gzip, over its 15 KB budget.`]);
}

async function main() {
  const started = performance.now();
  await writeStoryShapeCheck();
  const model = await loadModel();
  await writeJsonSchema(model);
  const stories = await compileStories(model);

  const stagingDir = `${outDir}.staging-${process.pid}`;
  await rm(stagingDir, { recursive: true, force: true });
  await mkdir(join(stagingDir, 'stories'), { recursive: true });
  let metafile;
  try {
    metafile = await bundle(stagingDir);
    await copyPages(model, stagingDir, stories);
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

  await reportSizes(outDir);
  await reportPageCost(rebase(metafile, stagingDir, outDir), stories);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  log(
    `built ${stories.length} stor${stories.length === 1 ? 'y' : 'ies'} into ${shown(outDir)}/ in ${seconds} s`,
  );
}

/** The metafile's output paths point into the staging folder; after the swap they live in dist/. */
function rebase(metafile, from, to) {
  const fromRel = relative(root, from);
  const toRel = relative(root, to);
  const fix = (path) => (path.startsWith(fromRel) ? toRel + path.slice(fromRel.length) : path);
  const outputs = {};
  for (const [path, output] of Object.entries(metafile.outputs)) {
    outputs[fix(path)] = {
      ...output,
      imports: output.imports.map((imported) => ({ ...imported, path: fix(imported.path) })),
    };
  }
  return { ...metafile, outputs };
}

main().catch((error) => {
  if (error instanceof BuildError) {
    console.error(error.lines.join('\n'));
    console.error(
      `build failed: ${error.lines.length} problem${error.lines.length === 1 ? '' : 's'}; ${shown(outDir)}/ was left unchanged.`,
    );
  } else if (error && Array.isArray(error.errors) && error.errors.length > 0) {
    // esbuild's own errors carry file, line and column.
    for (const message of error.errors) {
      const where = message.location
        ? `${message.location.file}:${message.location.line}:${message.location.column}: `
        : '';
      console.error(`${where}${message.text}`);
    }
    console.error(`build failed; ${shown(outDir)}/ was left unchanged.`);
  } else {
    console.error(error);
    console.error(`build failed; ${shown(outDir)}/ was left unchanged.`);
  }
  process.exitCode = 1;
});
