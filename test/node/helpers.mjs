// Shared by the Node tests (not a test file itself): temp copies of data/,
// running the build on them, snapshots of an output folder, and the data
// layer (src/model) bundled in memory exactly as build.mjs bundles it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTypeScript } from '../../scripts/import-ts.mjs';

/** The project root (this file is in test/node/). */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The shipped story the tests read and break copies of. */
export const STORY_NAME = 'azerbaijan-kazakhstan.json';
export const storyFile = join(repoRoot, 'data', 'stories', STORY_NAME);

/** Reads a JSON file. */
export const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/**
 * A story file of data/ as the build compiles it: with the shared entities it
 * refers to (data/entities/) added to its own, as `withSharedEntities` adds them.
 */
export function withSharedEntitiesOf(story, data = join(repoRoot, 'data')) {
  const folder = join(data, 'entities');
  const shared = new Map();
  for (const name of readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()) {
    for (const entity of readJson(join(folder, name)).entities) shared.set(entity.id, entity);
  }
  const own = new Set(story.entities.map((entity) => entity.id));
  const referred = new Set([
    ...story.events.flatMap((event) => event.entities),
    ...story.relations.flatMap((relation) => [relation.from, relation.to]),
  ]);
  const added = [...referred].filter((id) => !own.has(id) && shared.has(id));
  return { ...story, entities: [...story.entities, ...added.map((id) => shared.get(id))] };
}

/**
 * A temp folder holding a copy of data/ and an out folder that already holds
 * a previous "build" (a marker file), so a test can prove a failed build left
 * it untouched.
 */
export function makeWorkspace(root) {
  const work = mkdtempSync(join(root, 'case-'));
  const data = join(work, 'data');
  cpSync(join(repoRoot, 'data'), data, { recursive: true });
  const out = join(work, 'dist');
  mkdirSync(join(out, 'stories'), { recursive: true });
  writeFileSync(join(out, 'MARKER'), 'the previous build\n');
  writeFileSync(join(out, 'stories', STORY_NAME), '{"previous": true}\n');
  return { work, data, out, story: join(data, 'stories', STORY_NAME) };
}

/** How long a build may take before a test calls it hung (a failed build must end). */
export const BUILD_TIMEOUT_MS = 60_000;

/**
 * Runs `node build.mjs --data <data> --out <out> --quiet [...args]` from the project root,
 * killed after {@link BUILD_TIMEOUT_MS}: a build that does not end fails the test
 * (`result.signal` is then set) instead of hanging the suite.
 */
export function runBuild({ data, out, args = [] }) {
  return spawnSync(
    process.execPath,
    ['build.mjs', '--data', data, '--out', out, '--quiet', ...args],
    {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: BUILD_TIMEOUT_MS,
      killSignal: 'SIGKILL',
    },
  );
}

/**
 * Copies data/ into a workspace under `root`, lets `breakStory` change the story
 * (an object; it returns the problem's path) or `breakFiles` change the files,
 * runs the build and checks that it ended by itself, failed, printed
 * `<file>: <path>: <message>` (`file` is the story file's name in stories/), and
 * left the out folder exactly as it was. Returns the build's result.
 */
export function expectFailedBuild(
  root,
  { breakStory, breakFiles, file = STORY_NAME, path, message },
) {
  const workspace = makeWorkspace(root);
  if (breakStory) {
    const story = readJson(workspace.story);
    const expected = breakStory(story);
    writeFileSync(workspace.story, `${JSON.stringify(story, null, 2)}\n`);
    path ??= expected;
  }
  breakFiles?.(workspace);
  const before = snapshot(workspace.out);
  const result = runBuild(workspace);

  assert.equal(result.signal, null, `the build ended by itself:\n${result.stderr}`);
  assert.notEqual(result.status, 0, 'the build must fail');
  const lines = result.stderr.split('\n');
  // A problem with the whole file (not JSON, not an object) has no path.
  const prefix = path === '' ? `stories/${file}: ` : `stories/${file}: ${path}: `;
  const line = lines.find((candidate) => candidate.includes(prefix));
  assert.ok(line, `stderr names the file and the path "${path}":\n${result.stderr}`);
  assert.match(line.slice(line.indexOf(prefix) + prefix.length), message);
  assert.match(result.stderr, /build failed: \d+ problems?; .*dist\/ was left unchanged\./);
  assert.deepEqual(snapshot(workspace.out), before, 'the out folder is untouched');
  assert.deepEqual(
    readdirSync(dirname(workspace.out)).filter((name) => name.startsWith('dist')),
    ['dist'],
    'no staging or previous folder is left beside it',
  );
  return result;
}

/** Every file under `dir` with the hash of its bytes, to compare before and after. */
export function snapshot(dir) {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
  return Object.fromEntries(
    files.map((file) => [
      relative(dir, file),
      createHash('sha256').update(readFileSync(file)).digest('hex'),
    ]),
  );
}

/** A temp root for a test file's workspaces. */
export const makeTempRoot = (prefix) => mkdtempSync(join(tmpdir(), prefix));

let model;
/**
 * The data layer compiled for Node: everything `src/model/index.ts` exports,
 * plus `storyJsonSchema` from the build API.
 */
export async function loadModel() {
  model ??= await importTypeScript(
    "export * from './src/model/index.ts'; export { storyJsonSchema } from './src/build/build-api.ts';",
    repoRoot,
  );
  return model;
}
