#!/usr/bin/env node
// Deterministic synthetic stories for the benchmark: a seeded generator (mulberry32)
// writes valid story files of any size, compiled by the project's own data layer
// exactly as build.mjs compiles shipped stories (validation, editorial review,
// quote offsets, embedded source text, build-time graph positions).
//
//   node bench/generate.mjs [--sizes 20,200,2000,10000] [--out <dir>] [--seed <n>]
//
// Each size N gets N events over a century (1926–2027) with a mix of year, month
// and day precision, some periods and some planned events (after the dateline),
// about N/4 entities of every kind and N relations, each citing an event that
// lists both its ends. The source text holds one English sentence per event,
// stating the event's year(s); every quote is one of those sentences.
//
// Two files per size: `synthetic-N.json` (compiled, with `layout.positions`, as a
// shipped story) and `synthetic-N.runtime.json` (compiled, no positions: a story
// loaded at run time, laid out in the browser).
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { importTypeScript } from '../scripts/import-ts.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The dateline of every synthetic source: events after it are planned. */
export const DATELINE = '2025-10-18';

/**
 * The data layer (src/model) compiled for Node, the way build.mjs's loadModel does
 * it, plus the schema's vocabularies (categories, entity kinds, relation types).
 */
export function loadModel() {
  return importTypeScript(
    [
      "export * from './src/build/build-api.ts';",
      "export { CATEGORIES, ENTITY_KINDS, RELATION_TYPES } from './src/model/story-schema.ts';",
      "export { seededRandom } from './src/graph-layout/graph-layout.ts';",
    ].join('\n'),
    root,
  );
}

const SYLLABLES = ['ka', 'vel', 'tor', 'mi', 'san', 'dro', 'lu', 'ne'];
const SYLLABLES_ZH = ['卡', '维', '托', '米', '桑', '德', '卢', '内'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A unique made-up word for a number (base 8 in syllables): 0 → "Ka", 9 → "Velvel". */
function word(index, minSyllables = 2) {
  const digits = [];
  let rest = index;
  do {
    digits.push(rest % SYLLABLES.length);
    rest = Math.floor(rest / SYLLABLES.length);
  } while (rest > 0);
  while (digits.length < minSyllables) digits.push(0);
  const en = digits.map((digit) => SYLLABLES[digit]).join('');
  const zh = digits.map((digit) => SYLLABLES_ZH[digit]).join('');
  return { en: en.charAt(0).toUpperCase() + en.slice(1), zh, id: en };
}

const KIND_NAMES = {
  organisation: { en: (w) => `${w} Organisation`, zh: (w) => `${w}组织` },
  company: { en: (w) => `${w} Company`, zh: (w) => `${w}公司` },
  agreement: { en: (w) => `${w} Accord`, zh: (w) => `${w}协定` },
  country: { en: (w) => `Republic of ${w}`, zh: (w) => `${w}共和国` },
  place: { en: (w) => `${w} City`, zh: (w) => `${w}市` },
  person: { en: (w) => `Minister ${w}`, zh: (w) => `${w}部长` },
  project: { en: (w) => `${w} Project`, zh: (w) => `${w}项目` },
  work: { en: (w) => `The Book of ${w}`, zh: (w) => `《${w}之书》` },
  meeting: { en: (w) => `${w} Congress`, zh: (w) => `${w}大会` },
};

const VERBS = {
  politics: ['sign', '签署'],
  economy: ['fund', '资助'],
  transport: ['open', '开通'],
  energy: ['power', '供能'],
  digital: ['link', '连接'],
  culture: ['celebrate', '庆祝'],
  ecology: ['protect', '保护'],
};

const pad = (number) => String(number).padStart(2, '0');

/** A partial date and how the sentence says it ("in March 1953"). */
function makeDate(random, year, precision) {
  if (precision === 'year') return { iso: String(year), en: `${year}`, zh: `${year}年` };
  const month = 1 + Math.floor(random() * 12);
  if (precision === 'month') {
    return {
      iso: `${year}-${pad(month)}`,
      en: `${MONTHS[month - 1]} ${year}`,
      zh: `${year}年${month}月`,
    };
  }
  const day = 1 + Math.floor(random() * 28);
  return {
    iso: `${year}-${pad(month)}-${pad(day)}`,
    en: `${day} ${MONTHS[month - 1]} ${year}`,
    zh: `${year}年${month}月${day}日`,
  };
}

/**
 * An authored story of `size` events and its source text (not yet compiled).
 * @param {object} model CATEGORIES, ENTITY_KINDS and RELATION_TYPES from the schema, and
 *   seededRandom (mulberry32, the generator the layout uses) from src/model.
 */
export function generateStory(size, model, seed = 20251018) {
  const { CATEGORIES, ENTITY_KINDS, RELATION_TYPES, seededRandom } = model;
  const random = seededRandom(seed + size);
  const pick = (list) => list[Math.floor(random() * list.length)];

  const entityCount = Math.max(3, Math.round(size / 4));
  const entities = [];
  for (let index = 0; index < entityCount; index += 1) {
    // A few hubs (countries, organisations) that many events involve; the rest mixed.
    const kind =
      index < Math.max(1, Math.round(entityCount * 0.05))
        ? index % 2 === 0
          ? 'country'
          : 'organisation'
        : ENTITY_KINDS[index % ENTITY_KINDS.length];
    const name = word(index);
    entities.push({
      id: `${kind}-${name.id}`,
      kind,
      name: { zh: KIND_NAMES[kind].zh(name.zh), en: KIND_NAMES[kind].en(name.en) },
    });
  }
  const hubCount = Math.max(1, Math.round(entityCount * 0.05));

  const events = [];
  const relations = [];
  const sentences = [];
  for (let index = 0; index < size; index += 1) {
    const category = pick(CATEGORIES);
    const planned = random() < 0.03;
    const year = planned ? 2026 + Math.floor(random() * 2) : 1926 + Math.floor(random() * 99);
    const roll = random();
    const precision = roll < 0.4 ? 'year' : roll < 0.7 ? 'month' : 'day';
    const start = makeDate(random, year, precision);
    const isRange = random() < 0.12;
    const end = isRange ? makeDate(random, year + 1 + Math.floor(random() * 8), precision) : null;

    // Every entity is in some event (round robin); the second end is a hub or a
    // neighbour, so the graph has hubs and local structure rather than noise.
    const chosen = [entities[index % entityCount]];
    const addDistinct = (candidate) => {
      if (!chosen.includes(candidate)) chosen.push(candidate);
    };
    while (chosen.length < 2) {
      if (random() < 0.35) addDistinct(entities[Math.floor(random() * hubCount)]);
      else {
        const offset = Math.floor(random() * 17) - 8;
        addDistinct(
          entities[((((index % entityCount) + offset) % entityCount) + entityCount) % entityCount],
        );
      }
    }
    if (random() < 0.3 && entityCount > 2) {
      while (chosen.length < 3) addDistinct(pick(entities));
    }
    const [first, second] = chosen;
    const code = word(index, 3);
    const [verbEn, verbZh] = VERBS[category];
    const when = end
      ? `From ${start.en} to ${end.en}`
      : `${precision === 'day' ? 'On' : 'In'} ${start.en}`;
    const whenZh = end ? `${start.zh}至${end.zh}` : start.zh;
    const verb = planned ? `plan to ${verbEn}` : `${verbEn}`;
    const sentence = `${when}, ${first.name.en} and ${second.name.en} ${verb} the ${code.en} accord.`;
    sentences.push(sentence);
    const id = `event-${code.id}`;
    events.push({
      id,
      start: start.iso,
      ...(end ? { end: end.iso } : {}),
      ...(planned ? { planned: true } : {}),
      title: {
        zh: `${first.name.zh}与${second.name.zh}${verbZh}${code.zh}协议`,
        en: `${first.name.en} and ${second.name.en} ${verb} the ${code.en} accord`,
      },
      summary: {
        zh: `${whenZh}，${first.name.zh}与${second.name.zh}${planned ? '计划' : ''}${verbZh}${code.zh}协议。`,
        en: sentence,
      },
      category,
      entities: chosen.map((entity) => entity.id),
      quote: {
        text: sentence,
        translation: {
          zh: `${whenZh}，${first.name.zh}与${second.name.zh}${planned ? '计划' : ''}${verbZh}${code.zh}协议。`,
        },
      },
    });
    relations.push({ type: pick(RELATION_TYPES), from: first.id, to: second.id, events: [id] });
  }

  // Paragraphs of three to six sentences, so a quote is shown in a real context.
  const paragraphs = [];
  for (let index = 0; index < sentences.length;) {
    const count = 3 + Math.floor(random() * 4);
    paragraphs.push(sentences.slice(index, index + count).join(' '));
    index += count;
  }
  const sourceText = `${paragraphs.join('\n\n')}\n`;
  const story = {
    id: `synthetic-${size}`,
    // The source's language first, as the story format asks.
    languages: ['en', 'zh'],
    title: { zh: `合成故事：${size}个事件`, en: `Synthetic story: ${size} events` },
    summary: {
      zh: '基准测试用的合成数据。',
      en: 'Synthetic data for the benchmark.',
    },
    source: {
      file: `synthetic-${size}.en.txt`,
      publisher: { zh: '基准出版社', en: 'Benchmark Press' },
      title: { zh: `合成来源（${size}句）`, en: `Synthetic source (${size} sentences)` },
      dateline: DATELINE,
      language: 'en',
    },
    events,
    entities,
    relations,
  };
  return { story, sourceText };
}

/** A short SHA-256 of some strings and files. */
async function hashOf(strings, files) {
  const hash = createHash('sha256');
  for (const text of strings) hash.update(text);
  for (const file of files) {
    hash.update(file);
    hash.update(await readFile(file));
  }
  return hash.digest('hex').slice(0, 16);
}

/** Every non-test module of src/model, sorted. */
async function modelFiles() {
  const modelDir = join(root, 'src/model');
  return (await readdir(modelDir))
    .filter((name) => name.endsWith('.ts') && !name.includes('.test'))
    .sort()
    .map((name) => join(modelDir, name));
}

/** What the build-time layout depends on, besides the compiled story itself. */
const LAYOUT_FILES = [
  'src/graph-layout/graph-layout.ts',
  'src/model/graph-elements.ts',
  'src/build/build-api.ts',
  'package-lock.json',
].map((path) => join(root, path));

/**
 * Writes `synthetic-N.json` (with build-time positions) and
 * `synthetic-N.runtime.json` (without) for each size into `outDir`.
 *
 * Both steps are cached in .cache/bench/: the compiled story by the hash of this
 * generator, src/model and the lockfile; the layout by the hash of the compiled
 * story and the layout code. (The build's fcose layout of the 10,000-event story
 * takes many minutes on 2 cores; it is recomputed only when its inputs change.)
 * @returns {Promise<Array<object>>} one entry per size, with counts and timings.
 */
export async function writeStories({ sizes, outDir, seed = 20251018, log = () => {} }) {
  await mkdir(outDir, { recursive: true });
  const cacheDir = join(root, '.cache/bench');
  await mkdir(cacheDir, { recursive: true });
  const lockfile = join(root, 'package-lock.json');
  const compileKey = await hashOf(
    [String(seed)],
    [fileURLToPath(import.meta.url), lockfile, ...(await modelFiles())],
  );
  let model;
  const written = [];
  for (const size of sizes) {
    const presetName = `synthetic-${size}.json`;
    const runtimeName = `synthetic-${size}.runtime.json`;

    const compiledFile = join(cacheDir, `compiled-${size}-${compileKey}.json`);
    const compiledMeta = `${compiledFile}.meta.json`;
    let runtimeText;
    let compileSeconds;
    const compileCached = existsSync(compiledFile) && existsSync(compiledMeta);
    if (compileCached) {
      runtimeText = await readFile(compiledFile, 'utf8');
      compileSeconds = JSON.parse(await readFile(compiledMeta, 'utf8')).seconds;
    } else {
      model ??= await loadModel();
      const { story, sourceText } = generateStory(size, model, seed);
      const started = performance.now();
      const result = model.compileStory(story, sourceText);
      compileSeconds = (performance.now() - started) / 1000;
      if (!result.ok) {
        const lines = result.problems
          .slice(0, 10)
          .map((problem) => model.formatProblem(presetName, problem));
        throw new Error(`${presetName} is not a valid story:\n${lines.join('\n')}`);
      }
      if (result.warnings.length > 0) {
        log(`warning: ${presetName}: ${model.formatProblem(presetName, result.warnings[0])}`);
      }
      runtimeText = JSON.stringify(result.story);
      await writeFile(compiledFile, runtimeText);
      await writeFile(compiledMeta, JSON.stringify({ seconds: compileSeconds }));
    }

    const layoutKey = await hashOf([runtimeText], LAYOUT_FILES);
    const layoutFile = join(cacheDir, `layout-${size}-${layoutKey}.json`);
    let layout;
    let layoutSeconds;
    const layoutCached = existsSync(layoutFile);
    if (layoutCached) {
      ({ layout, seconds: layoutSeconds } = JSON.parse(await readFile(layoutFile, 'utf8')));
    } else {
      model ??= await loadModel();
      if (size >= 5000) {
        log(
          `story ${size}: computing the build-time graph layout (withGraphLayout); on 2 cores this took about 18 minutes for 10,000 events`,
        );
      }
      const started = performance.now();
      layout = model.withGraphLayout(JSON.parse(runtimeText)).layout;
      layoutSeconds = (performance.now() - started) / 1000;
      await writeFile(layoutFile, JSON.stringify({ layout, seconds: layoutSeconds }));
    }
    const runtime = JSON.parse(runtimeText);
    const presetText = JSON.stringify({ ...runtime, layout });
    await writeFile(join(outDir, presetName), presetText);
    await writeFile(join(outDir, runtimeName), runtimeText);
    const entry = {
      size,
      preset: presetName,
      runtime: runtimeName,
      events: runtime.events.length,
      entities: runtime.entities.length,
      relations: runtime.relations.length,
      sourceChars: runtime.source.text.length,
      bytes: Buffer.byteLength(presetText),
      compileSeconds,
      layoutSeconds,
      cached: compileCached && layoutCached,
    };
    log(
      `story ${size}: ${entry.events} events, ${entry.entities} entities, ${entry.relations} relations, ` +
        `${(entry.bytes / 1024 / 1024).toFixed(2)} MB; build compile ${compileSeconds.toFixed(1)} s${compileCached ? ' (cached)' : ''}, ` +
        `build layout ${layoutSeconds.toFixed(1)} s${layoutCached ? ' (cached)' : ''}`,
    );
    written.push(entry);
  }
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '20,200,2000,10000' },
      out: { type: 'string', default: join(root, '.cache/bench/stories') },
      seed: { type: 'string', default: '20251018' },
    },
  });
  const sizes = values.sizes.split(',').map(Number);
  await writeStories({
    sizes,
    outDir: resolve(values.out),
    seed: Number(values.seed),
    log: (line) => console.log(line),
  });
  console.log(`wrote ${sizes.length * 2} story files into ${resolve(values.out)}`);
}
