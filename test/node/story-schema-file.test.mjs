// data/story.schema.json is generated from src/model/story-schema.ts (the one
// schema). It must be what the build generates, and committed that way: the
// build rewrites it when it is stale, so where git is available the test also
// compares it with the version git holds (the index), which catches a stale
// committed file even after `npm test`'s own build has refreshed the copy.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { loadModel, readJson, repoRoot, storyFile } from './helpers.mjs';

const schemaFile = join(repoRoot, 'data', 'story.schema.json');

describe('data/story.schema.json', () => {
  it('is exactly what the build generates from src/model/story-schema.ts', async () => {
    const { storyJsonSchema } = await loadModel();
    const generated = `${JSON.stringify(storyJsonSchema(), null, 2)}\n`;
    assert.equal(
      readFileSync(schemaFile, 'utf8'),
      generated,
      'run `npm run build` to regenerate it',
    );
  });

  it('is committed as generated (compared with the version in git, where git is available)', (t) => {
    const git = spawnSync('git', ['show', ':data/story.schema.json'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    if (git.error || git.status !== 0) {
      // Reported as skipped, not passed: the comparison with the generated schema above stands alone.
      t.skip('no git checkout here');
      return;
    }
    assert.equal(
      git.stdout,
      readFileSync(schemaFile, 'utf8'),
      'the build regenerated data/story.schema.json; add and commit the new file',
    );
  });

  it('is what the story file points $schema at, and lists the story vocabulary for editors', async () => {
    const story = readJson(storyFile);
    assert.equal(resolve(dirname(storyFile), story.$schema), schemaFile);
    const { CATEGORIES, ENTITY_KINDS, RELATION_TYPES } = await loadModel();
    const schema = readJson(schemaFile);
    const event = schema.properties.events.items;
    assert.deepEqual(event.properties.category.enum, [...CATEGORIES]);
    assert.deepEqual(schema.properties.entities.items.properties.kind.enum, [...ENTITY_KINDS]);
    assert.deepEqual(schema.properties.relations.items.properties.type.enum, [...RELATION_TYPES]);
    assert.ok(event.required.includes('quote'));
  });
});
