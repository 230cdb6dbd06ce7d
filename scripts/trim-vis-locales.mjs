/**
 * An esbuild plugin that leaves only English in vis-timeline's table of UI
 * locales.
 *
 * Why: every vis-timeline item copies that table when it is created (the
 * `Item` constructor extends each of its 43 locales into a fresh object). At
 * 2,000 events that is ~90,000 objects and ~50 ms of a cold main thread before
 * the timeline can draw. The widgets never show vis-timeline's own UI strings:
 * dates and labels are formatted with `Intl`, items are not editable (no
 * "Delete" button), and the current-time bar is off. English remains as the
 * fallback vis-timeline itself uses for an unknown locale.
 *
 * The build fails, saying what to update, if the table is no longer found in
 * the pinned vis-timeline, or if vis-timeline was bundled without passing here.
 */
import { readFile } from 'node:fs/promises';

/** vis-timeline's ES module build (`vis-timeline/esnext` resolves to the .mjs file). */
const VIS_FILE = /[\\/]vis-timeline[\\/]esnext[\\/]esm[\\/]vis-timeline-graph2d\.m?js$/;

/** `const locales = { en, en_EN, ..., nn_NO, };` at the top level of that file. */
const LOCALE_TABLE = /^const locales = \{\n(?:\s+[a-z]{2}(?:_[A-Z]{2})?,\n)+\};$/m;

/**
 * @param {string} source vis-timeline-graph2d.js
 * @param {string} file its path, for the error message
 * @returns {string} the source with a locale table of English only
 */
export function trimVisLocales(source, file) {
  const matches = source.match(new RegExp(LOCALE_TABLE.source, 'gm')) ?? [];
  if (matches.length !== 1) {
    throw new Error(
      `${file}: expected one "const locales = { en, ... };" table, found ${matches.length}. ` +
        'vis-timeline changed; update scripts/trim-vis-locales.mjs (or remove the plugin from build.mjs).',
    );
  }
  return source.replace(
    LOCALE_TABLE,
    '// Trimmed by scripts/trim-vis-locales.mjs: only the fallback locale.\nconst locales = { en };',
  );
}

/** @returns {import('esbuild').Plugin} */
export function trimVisLocalesPlugin() {
  return {
    name: 'trim-vis-locales',
    setup(build) {
      let trimmed = false;
      build.onLoad({ filter: VIS_FILE }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        trimmed = true;
        return { contents: trimVisLocales(source, args.path), loader: 'js' };
      });
      build.onEnd((result) => {
        const bundledVis = Object.keys(result.metafile?.inputs ?? {}).some(
          (input) => /vis-timeline[\\/]/.test(input) && /\.m?js$/.test(input),
        );
        if (bundledVis && !trimmed) {
          return {
            errors: [
              {
                text: 'vis-timeline was bundled from a file other than esnext/esm/vis-timeline-graph2d.mjs; update VIS_FILE in scripts/trim-vis-locales.mjs',
              },
            ],
          };
        }
        return undefined;
      });
    },
  };
}
