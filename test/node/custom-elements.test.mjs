// custom-elements.json documents the public API; it must match the source.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

// The analyzer writes relative to the working directory, so the scratch folder is inside it.
mkdirSync('.cache', { recursive: true });
const work = mkdtempSync(join('.cache', 'cem-'));
after(() => rmSync(work, { recursive: true, force: true }));

describe('custom-elements.json', () => {
  const result = spawnSync(
    join('node_modules', '.bin', 'custom-elements-manifest'),
    ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', work, '--quiet'],
    { encoding: 'utf8' },
  );

  it('is what `npm run analyze` generates from the element headers today', () => {
    assert.equal(result.status, 0, result.stderr);
    const fresh = readFileSync(join(work, 'custom-elements.json'), 'utf8');
    const committed = readFileSync('custom-elements.json', 'utf8');
    assert.ok(
      fresh === committed,
      'custom-elements.json is stale: run `npm run analyze` and commit it',
    );
  });

  it('documents the public contract of each element', () => {
    const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
    const elements = new Map();
    for (const module of manifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.tagName) elements.set(declaration.tagName, declaration);
      }
    }
    assert.deepEqual([...elements.keys()].sort(), [
      'event-graph',
      'event-timeline',
      'history-explorer',
      'source-quote',
    ]);
    for (const [tag, declaration] of elements) {
      const attributes = declaration.attributes.map((attribute) => attribute.name);
      for (const name of ['src', 'lang', 'selected'])
        assert.ok(attributes.includes(name), `${tag} documents ${name}`);
      const events = declaration.events.map((event) => event.name);
      for (const name of ['story-load', 'story-error', 'story-render'])
        assert.ok(events.includes(name), `${tag} fires ${name}`);
      assert.ok(declaration.cssParts.length > 0, `${tag} documents its CSS parts`);
    }
    assert.ok(elements.get('event-timeline').events.some((event) => event.name === 'event-select'));
    assert.ok(elements.get('event-graph').events.some((event) => event.name === 'entity-select'));
  });
});
