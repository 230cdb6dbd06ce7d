/**
 * An esbuild plugin that makes five small changes to vis-timeline as it is
 * bundled, each removing work or bytes the widgets pay for and never use.
 * None changes what vis-timeline draws or does for the widgets.
 *
 * 1. Only English in vis-timeline's table of UI locales. Every item copies
 *    that table when it is created (the `Item` constructor extends each of its
 *    43 locales into a fresh object), before the timeline can draw. The widgets
 *    never show vis-timeline's own UI strings: dates and labels are formatted
 *    with `Intl`, items are not editable (no "Delete" button), and the
 *    current-time bar is off. English stays, as vis-timeline's own fallback.
 * 2. A Date stays a Date. vis-timeline turns each item's start and end into a
 *    Date by way of a moment object (`convert(date, "Moment").toDate()`), which
 *    for a Date gives a copy of it: `new Date(date.valueOf())` directly, without
 *    two moment objects per item.
 * 3. Only rules that can match in its stylesheet. vis-timeline ships one
 *    stylesheet for the Timeline, Graph2d and the options configurator; the
 *    rules that need a class only Graph2d or the configurator sets (the
 *    widgets never make a Graph2d nor set `configure`) are left out.
 * 4. The first drawing's passes in tasks of their own. vis-timeline redraws
 *    until its sizes settle (three passes for a story's first items), each
 *    pass starting the next at once: one task of all three. While the drawing
 *    is still hidden (before its first complete redraw, with items), the next
 *    pass runs in a task of its own instead (a zero timer), so that a phone's
 *    main thread is not held by the whole drawing at once. Not in the next
 *    animation frame: each pass then waited up to a frame for nothing.
 *    Nothing half-drawn is shown: vis-timeline keeps its root hidden until the
 *    passes settle.
 *
 * 5. A string set as HTML is set as text. vis-timeline runs every string it
 *    puts in `innerHTML` (the axis labels on every redraw, tooltips, string
 *    contents) through js-xss, a whitelisting HTML filter, 20 KB minified with
 *    its CSS filter, built when the chunk is evaluated. The widgets give it no
 *    markup (item contents are DOM nodes, item-content.ts; labels and tooltips
 *    are plain text), so each such string has its markup characters escaped
 *    instead: nothing from a string can become an element, and js-xss is not
 *    bundled.
 *
 * Besides, `moment` (which vis-timeline imports) is bundled from its ES module
 * build, `dist/moment.js`, instead of its UMD file: the same code, compiled with
 * the chunk off the main thread rather than inside a CommonJS wrapper compiled on
 * the main thread at vis-timeline's first `require`.
 *
 * What each saves is in docs/performance.md. The build (build.mjs) and the
 * browser tests (scripts/wtr-bundle-plugin.mjs) both bundle vis-timeline with
 * this plugin, so the tests run the code the site ships.
 *
 * The build fails, saying what to update, if a patched passage is no longer
 * found exactly once in the pinned vis-timeline, or if vis-timeline was bundled
 * from another file than the one patched here.
 */
import { readFile } from 'node:fs/promises';

/** vis-timeline's ES module build (`vis-timeline/esnext` resolves to the .mjs file). */
const VIS_FILE = /[\\/]vis-timeline[\\/]esnext[\\/]esm[\\/]vis-timeline-graph2d\.m?js$/;

/**
 * The changes: each `find` must occur exactly once.
 * @type {readonly { name: string, find: RegExp, replace: string }[]}
 */
export const VIS_PATCHES = [
  {
    name: 'English-only locale table',
    find: /^const locales = \{\n(?:\s+[a-z]{2}(?:_[A-Z]{2})?,\n)+\};$/gm,
    replace:
      '// history-explorer (scripts/vis-timeline-patches.mjs): only the fallback locale.\nconst locales = { en };',
  },
  {
    name: 'Date to Date without moment',
    find: /^(\s+)case "Date":\n(\s+)try \{\n(\s+)return convert\(object, "Moment"\)\.toDate\(\);/gm,
    replace:
      '$1case "Date":\n$2// history-explorer (scripts/vis-timeline-patches.mjs): a Date is copied directly.\n$2if (object instanceof Date) return new Date(object.valueOf());\n$2try {\n$3return convert(object, "Moment").toDate();',
  },
  {
    name: 'first drawing in tasks',
    find: /^(\s+)if \(this\.redrawCount < MAX_REDRAW\) \{\n(\s+)this\.body\.emitter\.emit\("_change"\);\n/gm,
    replace:
      '$1if (this.redrawCount < MAX_REDRAW) {\n$2// history-explorer (scripts/vis-timeline-patches.mjs): the hidden first drawing, a pass per task.\n$2if (!this.initialDrawDone && this.itemsData) {\n$2  setTimeout(() => this.body?.emitter.emit("_change"), 0); // none once destroyed\n$2  return;\n$2}\n$2this.body.emitter.emit("_change");\n',
  },
  {
    name: 'strings escaped, not filtered',
    find: /^import xssFilter from 'xss';$/gm,
    replace: [
      '// history-explorer (scripts/vis-timeline-patches.mjs): a string vis-timeline would set as',
      '// HTML is set as text, every markup character escaped, in place of js-xss and its filter.',
      'const escapedHtml = (text) =>',
      '  String(text).replace(/[&<>"\']/g, (mark) => `&#${mark.charCodeAt(0)};`);',
      'const xssFilter = { FilterXSS: class { process(text) { return escapedHtml(text); } } };',
    ].join('\n'),
  },
];

/**
 * @param {string} source vis-timeline-graph2d.mjs
 * @param {string} file its path, for the error message
 * @returns {string} the source with every patch applied
 */
export function patchVisTimeline(source, file) {
  let patched = source;
  for (const patch of VIS_PATCHES) {
    const found = patched.match(patch.find)?.length ?? 0;
    if (found !== 1) {
      throw new Error(
        `${file}: the passage for "${patch.name}" was found ${found} times instead of once. ` +
          'vis-timeline changed; update scripts/vis-timeline-patches.mjs (or remove that patch).',
      );
    }
    patched = patched.replace(patch.find, patch.replace);
  }
  return patched;
}

/** vis-timeline's stylesheet, imported as text by src/event-timeline/vis-loader.ts. */
const VIS_CSS_FILE = /[\\/]vis-timeline[\\/]styles[\\/]vis-timeline-graph2d\.min\.css$/;

/**
 * Classes only Graph2d (its value axes, legend, bars and areas) and the options
 * configurator put on elements; the Timeline sets none of them.
 */
const GRAPH2D_OR_CONFIGURATOR_CLASS =
  /\.vis-(?:configuration|config-|data-axis|legend|graph-group|fill\b|bar\b|outline\b)/;

/**
 * vis-timeline's stylesheet without the rules whose every selector needs a class
 * of {@link GRAPH2D_OR_CONFIGURATOR_CLASS}: every other rule stays, in its order.
 *
 * @param {string} css vis-timeline-graph2d.min.css
 * @param {string} file its path, for the error message
 * @returns {string}
 */
export function trimVisStylesheet(css, file) {
  // The pinned file is minified, with no at-rule: a rule is `selectors{declarations}`.
  const rules = css.match(/[^{}]+\{[^{}]*\}/g) ?? [];
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '').trim();
  if (rules.join('') !== withoutComments) {
    throw new Error(
      `${file}: the stylesheet is no longer a flat list of rules (an at-rule or a nested block?). ` +
        'vis-timeline changed; update trimVisStylesheet in scripts/vis-timeline-patches.mjs.',
    );
  }
  return rules
    .filter(
      (rule) =>
        !rule
          .slice(0, rule.indexOf('{'))
          .split(',')
          .every((selector) => GRAPH2D_OR_CONFIGURATOR_CLASS.test(selector)),
    )
    .join('');
}

/** @returns {import('esbuild').Plugin} */
export function visTimelinePatchesPlugin() {
  return {
    name: 'vis-timeline-patches',
    setup(build) {
      let patched = false;
      // moment as an ES module (its `dist/moment.js`, the same code without the UMD
      // wrapper): bundled as CommonJS, all of moment sat inside one function that V8
      // compiled on the main thread when vis-timeline first required it; as module
      // code it is compiled with the rest of the chunk, off the main thread.
      build.onResolve({ filter: /^moment$/ }, (args) =>
        build.resolve('moment/dist/moment.js', {
          kind: args.kind,
          resolveDir: args.resolveDir,
        }),
      );
      build.onLoad({ filter: VIS_FILE }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        patched = true;
        return { contents: patchVisTimeline(source, args.path), loader: 'js' };
      });
      build.onLoad({ filter: VIS_CSS_FILE }, async (args) => {
        const css = await readFile(args.path, 'utf8');
        return { contents: trimVisStylesheet(css, args.path), loader: 'text' };
      });
      build.onEnd((result) => {
        const bundledVis = Object.keys(result.metafile?.inputs ?? {}).some(
          (input) => /vis-timeline[\\/]/.test(input) && /\.m?js$/.test(input),
        );
        if (bundledVis && !patched) {
          return {
            errors: [
              {
                text: 'vis-timeline was bundled from a file other than esnext/esm/vis-timeline-graph2d.mjs; update VIS_FILE in scripts/vis-timeline-patches.mjs',
              },
            ],
          };
        }
        return undefined;
      });
    },
  };
}
