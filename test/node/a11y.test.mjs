// axe-core on the whole standalone page (shadow roots included), wide and narrow,
// with an event open: no serious or critical violation.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { repoRoot } from './helpers.mjs';
import { openPage, startSite } from './site.mjs';

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

async function seriousViolations(viewport, path, lang) {
  const { page, errors } = await openPage(site, viewport);
  await page.goto(site.url + path);
  await page.waitForFunction(
    () =>
      document
        .querySelector('history-explorer')
        ?.shadowRoot?.querySelector('source-quote')
        ?.shadowRoot?.querySelector('mark'),
    { timeout: 20000 },
  );
  if (lang) {
    await page.evaluate((lang) => {
      const explorer = document.querySelector('history-explorer');
      [...explorer.shadowRoot.querySelectorAll('.languages button')]
        .find((button) => button.lang === lang)
        .click();
    }, lang);
    await page.waitForFunction(
      (lang) => document.querySelector('history-explorer').getAttribute('lang') === lang,
      {},
      lang,
    );
  }
  await page.addScriptTag({ path: join(repoRoot, 'node_modules/axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) =>
          `${violation.id}: ${violation.help} (${violation.nodes.length} nodes, e.g. ${JSON.stringify(violation.nodes[0]?.target)})`,
      );
  });
  await page.close();
  return { violations, errors };
}

describe('the standalone page, audited by axe-core', () => {
  it('has no serious or critical violation at 1280×800', async () => {
    const { violations, errors } = await seriousViolations(
      { width: 1280, height: 800 },
      'index.html#event=middle-corridor-roadmap-2022',
    );
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
  });

  it('has no serious or critical violation at 375×800, in Chinese', async () => {
    const { violations, errors } = await seriousViolations(
      { width: 375, height: 800 },
      'index.html#event=turkological-congress-1926',
      'zh',
    );
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
  });
});
