/**
 * An esbuild plugin that leaves cytoscape's graph algorithms out of the bundle.
 *
 * cytoscape's ES module build is one file that adds every algorithm of its
 * collection API (Dijkstra, A*, Kruskal, Floyd–Warshall, Bellman–Ford,
 * Karger–Stein, PageRank, the centralities, the clusterings, Hierholzer,
 * Hopcroft–Tarjan, Tarjan) to each collection's prototype, so esbuild cannot
 * drop any of them. The widgets call none: positions are precomputed or come
 * from the layout worker (d3-force), and the cytoscape instance is private to
 * `CytoscapeController`. Only the breadth-first and depth-first searches stay,
 * since cytoscape itself needs them (`eles.components()` walks with `bfs`).
 * What it saves is in docs/performance.md.
 *
 * The build (build.mjs) and the browser tests (scripts/wtr-bundle-plugin.mjs)
 * both bundle cytoscape with this plugin, so the tests run the code the site
 * ships. The build fails, saying what to update, if the patched passage is no
 * longer found exactly once in the pinned cytoscape, or if cytoscape was
 * bundled from another file than the one patched here.
 */
import { readFile } from 'node:fs/promises';

/** cytoscape's ES module build (what `import cytoscape from 'cytoscape'` resolves to). */
const CYTOSCAPE_FILE = /[\\/]cytoscape[\\/]dist[\\/]cytoscape\.esm\.mjs$/;

/**
 * The list of algorithm tables cytoscape extends every collection with; its
 * first entry is the table of the searches (checked in {@link patchCytoscape}).
 */
const ALGORITHM_TABLES = /^\[(elesfn\$\w+), [^\]\n]*markovClustering[^\]\n]*\]\.forEach\(/gm;

/**
 * @param {string} source cytoscape.esm.mjs
 * @param {string} file its path, for the error message
 * @returns {string} the source with only the searches among the algorithms
 */
export function patchCytoscape(source, file) {
  const found = [...source.matchAll(ALGORITHM_TABLES)];
  const searches = found[0]?.[1];
  const problem =
    found.length !== 1
      ? `the list of algorithm tables was found ${found.length} times instead of once`
      : !source.includes(`var ${searches} = {\n  breadthFirstSearch: defineSearch(`)
        ? `the first of the algorithm tables (${searches}) is no longer the searches`
        : undefined;
  if (problem) {
    throw new Error(
      `${file}: ${problem}. cytoscape changed; update scripts/cytoscape-patches.mjs (or remove the patch).`,
    );
  }
  // The tables left out also lose the aliases cytoscape adds to them (`elesfn$n.dc =
  // elesfn$n.degreeCentrality;`): such a statement alone would keep its table.
  const dropped = found[0][0]
    .slice(1, found[0][0].indexOf(']'))
    .split(', ')
    .filter((table) => table !== searches);
  let patched = source.replace(
    ALGORITHM_TABLES,
    `// history-explorer (scripts/cytoscape-patches.mjs): the searches only.\n[${searches}].forEach(`,
  );
  for (const table of dropped) {
    const escaped = table.replaceAll('$', '\\$');
    patched = patched.replace(new RegExp(`^${escaped}\\.\\w+ = [\\w$.= ]+;$`, 'gm'), '');
  }
  return patched;
}

/** @returns {import('esbuild').Plugin} */
export function cytoscapePatchesPlugin() {
  return {
    name: 'cytoscape-patches',
    setup(build) {
      let patched = false;
      build.onLoad({ filter: CYTOSCAPE_FILE }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        patched = true;
        return { contents: patchCytoscape(source, args.path), loader: 'js' };
      });
      build.onEnd((result) => {
        const bundledCytoscape = Object.keys(result.metafile?.inputs ?? {}).some((input) =>
          /[\\/]cytoscape[\\/]dist[\\/]/.test(input),
        );
        if (bundledCytoscape && !patched) {
          return {
            errors: [
              {
                text: 'cytoscape was bundled from a file other than dist/cytoscape.esm.mjs; update CYTOSCAPE_FILE in scripts/cytoscape-patches.mjs',
              },
            ],
          };
        }
        return undefined;
      });
    },
  };
}
