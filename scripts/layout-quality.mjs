#!/usr/bin/env node
// Prints how readable a story's graph layout is (src/model/layout-quality.ts):
// node-shape overlaps, names drawn over another name or shape, and edge
// crossings, with the labels the reader sees first (the story's first
// language). For each compiled story file given: the positions it carries (as
// built), then the build's layout now (fcose up to FCOSE_UP_TO nodes, the force
// layout above) and the force layout's (what the worker gives a story without
// positions), each with the time it took.
//
//   npm run build && node scripts/layout-quality.mjs dist/stories/azerbaijan-kazakhstan.json
//
// docs/performance.md ("Layout quality") keeps the figures, before and after.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTypeScript } from './import-ts.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node scripts/layout-quality.mjs <compiled story.json>...');
  process.exit(2);
}
const model = await importTypeScript(
  [
    "export { layoutInput } from './src/build/build-api.ts';",
    "export { computeGraphLayout } from './src/graph-layout/graph-layout.ts';",
    "export { buildTimeLayout } from './src/graph-layout/build-layout.ts';",
    "export { layoutQuality } from './src/model/layout-quality.ts';",
    "export { nodeLabel } from './src/model/graph-label.ts';",
  ].join('\n'),
  root,
);

/** One line of figures. */
function line(name, elements, positions, seconds) {
  const nodes = elements.nodes.map((node) => ({ ...node, label: model.nodeLabel(node.label) }));
  const quality = model.layoutQuality(nodes, elements.edges, positions);
  const time = seconds === undefined ? '' : `, laid out in ${seconds.toFixed(2)} s`;
  return `  ${name}: ${quality.nodeOverlaps} node overlaps, ${quality.labelOverlaps} label overlaps, ${quality.edgeCrossings} edge crossings${time}`;
}

for (const file of files) {
  let story;
  try {
    story = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    console.error(
      `${file}: cannot read a compiled story (${error.message}); run \`npm run build\` first.`,
    );
    process.exitCode = 1;
    continue;
  }
  const { elements, room } = model.layoutInput(story);
  console.log(`${file}: ${elements.nodes.length} nodes, ${elements.edges.length} edges`);
  if (story.layout?.positions) console.log(line('as built', elements, story.layout.positions));
  let started = performance.now();
  const built = model.buildTimeLayout(elements, room).positions;
  console.log(line('build layout', elements, built, (performance.now() - started) / 1000));
  started = performance.now();
  const { positions } = model.computeGraphLayout(elements, { boxOf: room });
  console.log(line('force layout', elements, positions, (performance.now() - started) / 1000));
}
