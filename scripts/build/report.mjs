// What the build reports once dist/ is written: each file's raw and gzip size,
// and what a page with one explorer downloads before its first event shows.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chunkOf, staticClosure } from './bundle.mjs';
import { BuildError } from './stories.mjs';

/** Lists every file under a folder, recursively. */
export async function listFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

function formatBytes(bytes) {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}

/** Prints raw and gzip sizes of what a browser downloads (maps and notices excluded). */
export async function reportSizes(dir, log) {
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

/** What a page with one explorer downloads: before its first event shows, and in all. */
export async function reportPageCost(root, metafile, stories, log) {
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

/** The metafile's output paths point into the staging folder; after the swap they live in dist/. */
export function rebase(root, metafile, from, to) {
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
