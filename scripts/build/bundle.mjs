// Bundling src/ with esbuild: ES modules, code splitting, hashed chunks, and
// the map of which chunks each lazily imported module needs (written into
// embed.js so it can request them in one go).
import { dirname, relative, resolve, sep, join } from 'node:path';
import * as esbuild from 'esbuild';
import { cssTemplatesPlugin } from '../css-templates.mjs';
import { cytoscapePatchesPlugin } from '../cytoscape-patches.mjs';
import { visTimelinePatchesPlugin } from '../vis-timeline-patches.mjs';
import { shown } from './data-files.mjs';

/**
 * Bundles src/ into the staging folder: ES modules, split, hashed, minified.
 *
 * Twice: the first pass finds, in esbuild's metafile, which chunks each lazily
 * imported module needs; the second writes that map into embed.js
 * (`__HE_CHUNK_DEPENDENCIES__`) so it can request them all in one go. Only
 * embed.js differs between the passes; every chunk and its hash stay the same.
 */
export async function bundle(root, stagingDir) {
  const options = {
    entryPoints: {
      embed: join(root, 'src/embed.ts'),
      'embed-frame': join(root, 'src/embed-frame.ts'),
      standalone: join(root, 'src/standalone-page.ts'),
      // The graph layout's module worker, beside the chunks that start it
      // (`new URL('./layout-worker.js', import.meta.url)` in layout-client.ts).
      'chunks/layout-worker': join(root, 'src/graph-layout/layout-worker.ts'),
    },
    outdir: stagingDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    charset: 'utf8',
    sourcemap: 'linked',
    entryNames: '[dir]/[name]',
    chunkNames: 'chunks/[name]-[hash]',
    assetNames: 'assets/[name]-[hash]',
    loader: { '.css': 'text' },
    legalComments: 'linked',
    metafile: true,
    logLevel: 'silent',
    plugins: [visTimelinePatchesPlugin(), cytoscapePatchesPlugin(), cssTemplatesPlugin()],
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
  const dependencies = chunkDependencies(root, first.metafile, stagingDir);
  const second = await build(dependencies, true);
  const changed = Object.keys(second.metafile.outputs).filter(
    (output) => !(output in first.metafile.outputs),
  );
  if (changed.length > 0) {
    throw new Error(
      `the second bundling pass renamed chunks (${changed.join(', ')}); embed.js would preload stale files`,
    );
  }
  // The studio (studio.html) is bundled on its own, into one file: sharing chunks with
  // the readers' entries would change how embed.js splits and preloads the widgets.
  await esbuild.build({
    ...options,
    entryPoints: { studio: join(root, 'src/studio-page.ts') },
    splitting: false,
    metafile: false,
    define: { 'process.env.NODE_ENV': '"production"', __HE_CHUNK_DEPENDENCIES__: '"{}"' },
  });
  return second.metafile;
}

/**
 * For each module embed.js imports lazily (by source path), the chunks it
 * statically needs besides its own, as specifiers relative to embed.js.
 */
function chunkDependencies(root, metafile, stagingDir) {
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

/** The output files a module needs before it runs: itself and its static imports, recursively. */
export function staticClosure(metafile, output, seen = new Set()) {
  if (seen.has(output)) return seen;
  seen.add(output);
  for (const imported of metafile.outputs[output]?.imports ?? []) {
    if (imported.kind === 'import-statement') staticClosure(metafile, imported.path, seen);
  }
  return seen;
}

/** The output chunk whose entry is a given source module (a dynamic import's target). */
export function chunkOf(metafile, source) {
  return Object.keys(metafile.outputs).find(
    (output) => !output.endsWith('.map') && metafile.outputs[output].entryPoint === source,
  );
}
