// Imports TypeScript modules of src/ into Node: bundles them with esbuild in
// memory (no files written) and imports the result from a data: URL. The build
// and the Node tests load the data layer this way, so both apply the exact rules
// the browser applies.
import * as esbuild from 'esbuild';

/**
 * @param {string} contents an ES module's source, e.g. "export * from './src/model/index.ts';"
 * @param {string} resolveDir the folder its relative imports start from
 */
export async function importTypeScript(contents, resolveDir) {
  const result = await esbuild.build({
    stdin: { contents, resolveDir, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/**
 * The module that generates validation's quick check (see src/build/story-shape-check.ts),
 * always bundled on its own: the check it writes copies functions out of the bundle,
 * whose local names depend on what else is bundled with them.
 */
export const STORY_SHAPE_CHECK_GENERATOR = "export * from './src/build/story-shape-check.ts';";
