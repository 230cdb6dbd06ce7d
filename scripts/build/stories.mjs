// Validating and compiling every story of the data folder: each file read
// safely (data-files.mjs), parsed within limits, its source read and checked,
// then compiled by the data layer (src/model, bundled for Node) and laid out.
// Every problem becomes one `file: path: message` line.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  DataFileError,
  decodeUtf8,
  listStoryFiles,
  MAX_SOURCE_BYTES,
  MAX_STORY_BYTES,
  readInside,
  shown,
  sourcePathOf,
} from './data-files.mjs';
import { loadEntityRegistry } from './entities.mjs';

/** A build failure already explained to the reader, line by line. */
export class BuildError extends Error {
  constructor(lines) {
    super(lines.join('\n'));
    this.lines = lines;
  }
}

/** What a JSON value is, in words, for "the story file must hold one JSON object". */
function describeJsonValue(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list (${value.length} items)`;
  return typeof value === 'string' ? 'a string' : `a ${typeof value}`;
}

/** `line L, column C: ` of an offset in a text (1-based). */
function lineAndColumn(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `line ${line}, column ${column}: `;
}

/**
 * Reads, decodes and parses a story file; throws a {@link BuildError} that
 * says what is wrong (not UTF-8, a byte order mark, too deep, not JSON, not an
 * object).
 */
async function readStory(model, file, storiesDir) {
  const fail = (message) => new BuildError([`${shown(file)}: ${message}`]);
  let bytes;
  try {
    bytes = await readInside(file, storiesDir, {
      maxBytes: MAX_STORY_BYTES,
      what: 'the story file',
    });
  } catch (error) {
    if (error instanceof DataFileError) throw fail(error.message);
    throw error;
  }
  const text = decodeUtf8(bytes);
  if (text === undefined) throw fail(model.notUtf8Message(bytes, 'the story file'));
  if (text.charCodeAt(0) === 0xfeff) {
    throw fail(
      'the file starts with a byte order mark (BOM, U+FEFF), which JSON does not allow. Save it as UTF-8 without BOM (most editors call it "UTF-8", not "UTF-8 with BOM").',
    );
  }
  const tooDeep = model.jsonTooDeepAt(text);
  if (tooDeep >= 0) {
    throw fail(
      `${lineAndColumn(text, tooDeep)}the data is nested more than ${model.STORY_INPUT_LIMITS.maxDepth} levels deep; a story needs only a few levels. Check for brackets opened by mistake.`,
    );
  }
  let input;
  try {
    input = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const where = position ? lineAndColumn(text, Number(position[1])) : '';
    throw fail(
      `${where}this is not valid JSON (${message}). Check for a missing comma, quote or bracket.`,
    );
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw fail(
      `the story file must hold one JSON object ({ "id": …, "title": …, "source": …, "events": […] }); it holds ${describeJsonValue(input)}.`,
    );
  }
  return input;
}

/**
 * Reads a story's source text: inside the data folder's sources/, a regular
 * file within the size limit, UTF-8 in the form quotes are compared in, and
 * the bytes its `sha256` says. Returns the text, or the problems.
 */
async function readSource(model, file, input, sourcesDir) {
  const fileShown = shown(file);
  const sourceRef = input.source?.file;
  const problem = (path, message) => ({ problems: [`${fileShown}: ${path}: ${message}`] });
  let sourceFile;
  let bytes;
  try {
    sourceFile = sourcePathOf(file, sourceRef);
    bytes = await readInside(sourceFile, sourcesDir, {
      maxBytes: MAX_SOURCE_BYTES,
      what: `the source file "${sourceRef}"`,
    });
  } catch (error) {
    if (!(error instanceof DataFileError)) throw error;
    const fix = error.message.includes('was not found') ? '. Add the file or fix the path.' : '.';
    return problem('source.file', `${error.message}${fix}`);
  }
  const declared = input.source.sha256;
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (typeof declared === 'string' && /^[0-9a-f]{64}$/i.test(declared)) {
    if (declared.toLowerCase() !== actual) {
      return problem(
        'source.sha256',
        `the source file ${shown(sourceFile)} has changed (its SHA-256 is ${actual}). ` +
          'Restore the original text, or, if the new text is right, re-check every quote and update the hash.',
      );
    }
  }
  const text = decodeUtf8(bytes);
  if (text === undefined) {
    return problem(
      'source.file',
      model.notUtf8Message(bytes, `the source file ${shown(sourceFile)}`),
    );
  }
  const formProblems = model.textFormProblems(text, `the source file ${shown(sourceFile)}`);
  if (formProblems.length > 0) {
    return { problems: formProblems.map((message) => `${fileShown}: source.file: ${message}`) };
  }
  return { text };
}

/**
 * Compiles one story: its problems, or the compiled story with its warnings.
 * `claimId` records the story's id and says which file had it first, if one did.
 */
async function compileOne(model, file, storiesDir, sourcesDir, claimId, registry) {
  const fileShown = shown(file);
  let authored;
  try {
    authored = await readStory(model, file, storiesDir);
  } catch (error) {
    if (error instanceof BuildError) return { problems: error.lines };
    throw error;
  }
  // The shared entities the story refers to join its own (data/entities/).
  const shared = model.withSharedEntities(authored, registry);
  const input = shared.input;
  const earlier = typeof input.id === 'string' ? claimId(input.id, file) : undefined;
  if (earlier !== undefined) {
    return {
      problems: [
        `${fileShown}: id: the story id "${input.id}" is already used by ${shown(earlier)}; give each story its own id (both would be published under it).`,
      ],
    };
  }
  let sourceText;
  const sourceRef = input.source?.file;
  if (typeof sourceRef === 'string' && sourceRef !== '') {
    const source = await readSource(model, file, input, sourcesDir);
    if (source.problems) return source;
    sourceText = source.text;
  }
  const result = model.compileStory(input, sourceText);
  if (!result.ok) {
    return { problems: result.problems.map((problem) => model.formatProblem(fileShown, problem)) };
  }
  const warnings = [...shared.warnings, ...result.warnings].map((warning) =>
    model.formatProblem(fileShown, warning),
  );
  try {
    return { story: model.withGraphLayout(result.story), warnings };
  } catch (error) {
    // Not the story's fault as far as the schema can tell: say so, and where.
    const message = error instanceof Error ? error.message : String(error);
    return {
      problems: [
        `${fileShown}: entities: the graph layout failed (${message.slice(0, 200)}). This is a bug in the build; please report it with this story.`,
      ],
    };
  }
}

/**
 * Validates and compiles every story file in `<dataDir>/stories/`. Returns
 * `[{ name, story }]`; throws a {@link BuildError} listing every problem.
 * `log` prints a warning line.
 */
export async function compileStories(model, dataDir, log) {
  const storiesDir = join(dataDir, 'stories');
  const sourcesDir = join(dataDir, 'sources');
  if (!existsSync(storiesDir)) {
    throw new BuildError([
      `${shown(storiesDir)}: the stories folder is missing. Put each story file there (see docs/authoring.md).`,
    ]);
  }
  const files = await listStoryFiles(storiesDir);
  if (files.length === 0) {
    throw new BuildError([`${shown(storiesDir)}: no story files (*.json) found.`]);
  }
  const { registry, problems: registryProblems } = await loadEntityRegistry(model, dataDir);
  if (registryProblems.length > 0) throw new BuildError(registryProblems);
  const failures = [];
  const compiled = [];
  const fileById = new Map();
  const claimId = (id, file) => {
    const earlier = fileById.get(id);
    if (earlier === undefined) fileById.set(id, file);
    return earlier;
  };
  for (const file of files) {
    const result = await compileOne(model, file, storiesDir, sourcesDir, claimId, registry);
    if (result.problems) {
      failures.push(...result.problems);
      continue;
    }
    for (const warning of result.warnings) log(`warning: ${warning}`);
    compiled.push({ name: file.slice(storiesDir.length + 1), story: result.story });
  }
  if (failures.length > 0) throw new BuildError(failures);
  return compiled;
}
