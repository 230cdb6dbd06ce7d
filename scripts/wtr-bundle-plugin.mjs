// A web-test-runner plugin that serves a few modules as esbuild bundles.
//
// vis-timeline's ESM build imports CommonJS packages (component-emitter,
// keycharm, ...), and cytoscape-fcose is UMD; the test server does not convert
// CommonJS, the production build (esbuild) does. The modules that wrap those
// libraries (the lazy-loaded "loaders") are therefore bundled by esbuild here too,
// exactly as in production (vis-timeline and cytoscape with the same build-time patches, so the
// tests run the code the site ships), while everything else is served file by file.
import { resolve } from 'node:path';
import * as esbuild from 'esbuild';
import { cytoscapePatchesPlugin } from './cytoscape-patches.mjs';
import { visTimelinePatchesPlugin } from './vis-timeline-patches.mjs';

/** @param {string[]} files paths, relative to the project, to serve bundled */
export function bundleModules(files) {
  const targets = new Set(files.map((file) => resolve(file)));
  const cache = new Map();
  return {
    name: 'bundle-modules',
    async serve(context) {
      // A worker is requested by its built name (`new URL('./x.js', import.meta.url)`): x.ts.
      const requested = resolve(`.${context.path}`);
      const path = targets.has(requested) ? requested : requested.replace(/\.js$/, '.ts');
      if (!targets.has(path)) return undefined;
      if (!cache.has(path)) {
        cache.set(
          path,
          esbuild
            .build({
              entryPoints: [path],
              bundle: true,
              format: 'esm',
              target: 'es2022',
              write: false,
              loader: { '.css': 'text' },
              sourcemap: 'inline',
              logLevel: 'silent',
              // The patches check, from the metafile, that each library was bundled from the file they patch.
              metafile: true,
              plugins: [visTimelinePatchesPlugin(), cytoscapePatchesPlugin()],
            })
            .then((result) => result.outputFiles[0].text),
        );
      }
      return { body: await cache.get(path), type: 'js' };
    },
  };
}
