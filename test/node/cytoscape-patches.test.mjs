// cytoscape, patched as it is bundled (scripts/cytoscape-patches.mjs): the shipped
// chunk keeps the searches and none of the graph algorithms the widgets never call;
// a cytoscape that changed shape fails the build with a message that says what to
// update. The browser tests draw, highlight and export graphs with the patched code.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import * as esbuild from 'esbuild';
import { cytoscapePatchesPlugin, patchCytoscape } from '../../scripts/cytoscape-patches.mjs';

// The file `import cytoscape from 'cytoscape'` resolves to when esbuild bundles it.
const cytoscapeFile = 'node_modules/cytoscape/dist/cytoscape.esm.mjs';

/** Bundles the graph's library chunk as build.mjs does, with or without the plugin. */
async function bundleCytoscapeLoader(plugins) {
  const result = await esbuild.build({
    entryPoints: ['src/event-graph/cytoscape-loader.ts'],
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    metafile: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
    plugins,
  });
  return result.outputFiles[0].text;
}

describe('cytoscape patches', () => {
  it('leave the graph algorithms out of the bundled cytoscape, keeping the searches', async () => {
    const stock = await bundleCytoscapeLoader([]);
    const patched = await bundleCytoscapeLoader([cytoscapePatchesPlugin()]);
    // Method names the minifier keeps (they are property keys).
    const algorithms = [
      'pageRank',
      'floydWarshall',
      'kargerStein',
      'markovClustering',
      'hierholzer',
    ];
    for (const name of algorithms) {
      assert.ok(stock.includes(name), `${name} in the stock bundle`);
      assert.ok(!patched.includes(name), `${name} gone`);
    }
    assert.ok(patched.includes('breadthFirstSearch'), 'the searches kept: components() needs them');
    assert.ok(patched.length < stock.length - 20000, `${patched.length} vs ${stock.length} bytes`);
  });

  it('fail with a message naming the file, the passage and what to update when cytoscape changed', () => {
    const source = readFileSync(cytoscapeFile, 'utf8').replace(
      'breadthFirstSearch: defineSearch(',
      'bfsSearch: defineSearch(',
    );
    assert.throws(
      () => patchCytoscape(source, cytoscapeFile),
      (error) =>
        error.message.includes(cytoscapeFile) &&
        error.message.includes('algorithm tables') &&
        error.message.includes('scripts/cytoscape-patches.mjs'),
    );
  });
});
