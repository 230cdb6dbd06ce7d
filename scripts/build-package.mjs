#!/usr/bin/env node
// Builds what the npm package ships, into package/ (run by `npm pack` and
// `npm publish` through "prepack"):
// - package/*.js: ES modules, one entry per element (history-explorer,
//   event-timeline, event-graph, source-quote: each registers its element), all
//   four (index.js), and the data layer (model.js), sharing chunks. lit,
//   cytoscape, cytoscape-fcose and valibot stay imports (the package's
//   dependencies, deduplicated by the consumer's bundler); vis-timeline is
//   bundled in, since the build patches it (scripts/vis-timeline-patches.mjs).
// - package/types/**/*.d.ts: TypeScript declarations (tsc, tsconfig.package.json).
import { spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { visTimelinePatchesPlugin } from './vis-timeline-patches.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'package');

await rm(out, { recursive: true, force: true });
await esbuild.build({
  entryPoints: {
    index: join(root, 'src/package-index.ts'),
    'history-explorer': join(root, 'src/history-explorer/define.ts'),
    'event-timeline': join(root, 'src/event-timeline/define.ts'),
    'event-graph': join(root, 'src/event-graph/define.ts'),
    'source-quote': join(root, 'src/source-quote/define.ts'),
    model: join(root, 'src/model/index.ts'),
  },
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  target: 'es2022',
  chunkNames: 'chunks/[name]-[hash]',
  loader: { '.css': 'text' },
  external: ['lit', 'lit/*', '@lit/*', 'cytoscape', 'cytoscape-fcose', 'valibot'],
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'linked',
  logLevel: 'warning',
  plugins: [visTimelinePatchesPlugin()],
});

const tsc = spawnSync(
  process.execPath,
  [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.package.json')],
  { cwd: root, encoding: 'utf8' },
);
if (tsc.status !== 0) {
  console.error(tsc.stdout, tsc.stderr);
  process.exit(1);
}
console.log(`built the package into ${out}`);
