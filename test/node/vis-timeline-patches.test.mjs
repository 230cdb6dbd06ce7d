// vis-timeline, patched as it is bundled (scripts/vis-timeline-patches.mjs): the
// shipped chunk keeps English only and copies Dates without moment; a
// vis-timeline that changed shape fails the build with a message that says what
// to update. test/browser/vis-timeline-patches.test.ts runs the patched code.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import * as esbuild from 'esbuild';
import {
  patchVisTimeline,
  trimVisStylesheet,
  visTimelinePatchesPlugin,
} from '../../scripts/vis-timeline-patches.mjs';

// The file `vis-timeline/esnext` resolves to when esbuild bundles it.
const visFile = 'node_modules/vis-timeline/esnext/esm/vis-timeline-graph2d.mjs';
// vis-timeline's stylesheet, as src/event-timeline/vis-loader.ts imports it.
const visCssFile = 'node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css';

/** Bundles the timeline's library chunk as build.mjs does, with or without the plugin. */
async function bundleVisLoader(plugins) {
  const result = await esbuild.build({
    entryPoints: ['src/event-timeline/vis-loader.ts'],
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    metafile: true,
    loader: { '.css': 'text' },
    logLevel: 'silent',
    plugins,
  });
  return result.outputFiles[0].text;
}

describe('vis-timeline patches', () => {
  it('leave only English in the bundled vis-timeline, which is smaller', async () => {
    const stock = await bundleVisLoader([]);
    const patched = await bundleVisLoader([visTimelinePatchesPlugin()]);
    // The Lithuanian and Norwegian strings of vis-timeline's table.
    assert.ok(stock.includes('einamas') && stock.includes('Slett valgte'), 'the stock table');
    assert.ok(!patched.includes('einamas'), 'Lithuanian gone');
    assert.ok(!patched.includes('Slett valgte'), 'Norwegian gone');
    assert.ok(patched.includes('Delete selected'), 'English kept');
    assert.ok(patched.length < stock.length - 1000, `${patched.length} vs ${stock.length} bytes`);
  });

  it('copy a Date directly instead of through a moment object', () => {
    // What the copy does in the browser is tested in test/browser/vis-timeline-patches.test.ts;
    // here, that the patch finds its passage in the pinned vis-timeline and leaves the rest.
    const source = readFileSync(visFile, 'utf8');
    const patched = patchVisTimeline(source, visFile);
    const dateCase = (text) =>
      text.slice(text.indexOf('case "Date":'), text.indexOf('case "Moment":'));
    assert.ok(dateCase(source).includes('convert(object, "Moment").toDate()'), 'the stock way');
    assert.ok(
      dateCase(patched).includes('if (object instanceof Date) return new Date(object.valueOf());'),
      dateCase(patched),
    );
    assert.ok(dateCase(patched).includes('convert(object, "Moment").toDate()'), 'others as before');
  });

  it("leave out only the stylesheet's rules for Graph2d and the options configurator", async () => {
    const stock = readFileSync(visCssFile, 'utf8');
    const bundled = await bundleVisLoader([visTimelinePatchesPlugin()]);
    for (const gone of ['div.vis-configuration{', '.vis-legend{', '.vis-data-axis .vis-y-axis']) {
      assert.ok(stock.includes(gone), `${gone} in the stock stylesheet`);
      assert.ok(!bundled.includes(gone), `${gone} gone`);
    }
    // The Timeline's own: point items, tooltips, the frame, the item boxes.
    const kept = [
      '.vis-item.vis-point{',
      'div.vis-tooltip{',
      '.vis-timeline{',
      '.vis-item.vis-box{',
    ];
    for (const rule of kept) assert.ok(bundled.includes(rule), `${rule} kept`);
    const trimmed = trimVisStylesheet(stock, visCssFile);
    assert.ok(trimmed.length < stock.length * 0.6, `${trimmed.length} of ${stock.length}`);
  });

  it('bundle no HTML filter: vis-timeline escapes its strings instead', async () => {
    const stock = await bundleVisLoader([]);
    const patched = await bundleVisLoader([visTimelinePatchesPlugin()]);
    // js-xss's default whitelist and the CSS filter it brings.
    for (const marker of ['whiteList', 'onIgnoreTagAttr', 'safeAttrValue']) {
      assert.ok(stock.includes(marker), `${marker} in the stock chunk`);
      assert.ok(!patched.includes(marker), `${marker} gone`);
    }
    const source = readFileSync(visFile, 'utf8');
    assert.ok(!patchVisTimeline(source, visFile).includes("from 'xss'"), 'no import of xss left');
  });

  it('bundle moment as an ES module, not inside a CommonJS wrapper', async () => {
    const inputsOf = async (plugins) => {
      const result = await esbuild.build({
        entryPoints: ['src/event-timeline/vis-loader.ts'],
        bundle: true,
        format: 'esm',
        write: false,
        metafile: true,
        loader: { '.css': 'text' },
        logLevel: 'silent',
        plugins,
      });
      return { inputs: Object.keys(result.metafile.inputs), text: result.outputFiles[0].text };
    };
    const stock = await inputsOf([]);
    const patched = await inputsOf([visTimelinePatchesPlugin()]);
    assert.ok(stock.inputs.includes('node_modules/moment/moment.js'), 'the stock UMD file');
    assert.ok(stock.text.includes('node_modules/moment/moment.js"(exports, module)'), 'wrapped');
    assert.deepEqual(
      patched.inputs.filter((input) => input.includes('node_modules/moment/')),
      ['node_modules/moment/dist/moment.js'],
    );
    assert.ok(!patched.text.includes('__commonJS({\n  "node_modules/moment/'), 'not wrapped');
    assert.ok(patched.text.includes('hooks.version = "2.'), "moment's own code, at the top level");
  });

  it('fail naming the file and what to update when the stylesheet is no longer a flat list of rules', () => {
    const nested = `@media print{.vis-timeline{display:none}}${readFileSync(visCssFile, 'utf8')}`;
    assert.throws(
      () => trimVisStylesheet(nested, visCssFile),
      (error) =>
        error.message.includes(visCssFile) &&
        error.message.includes('no longer a flat list of rules') &&
        error.message.includes('scripts/vis-timeline-patches.mjs'),
    );
  });

  it('fail with a message naming the file, the passage and what to update when vis-timeline changed', () => {
    const source = readFileSync(visFile, 'utf8').replace(
      'const locales = {',
      'const localeTable = {',
    );
    assert.throws(
      () => patchVisTimeline(source, visFile),
      (error) =>
        error.message.includes(visFile) &&
        error.message.includes('"English-only locale table" was found 0 times') &&
        error.message.includes('scripts/vis-timeline-patches.mjs'),
    );
  });
});
