import { expect } from '@esm-bundle/chai';
import { EditHistory } from './edit-history.js';
import { iframeEmbedCode, scriptEmbedCode } from './embed-code.js';
import { checkDocument } from './live-checks.js';
import { newDocument, readStoryFile } from './new-document.js';
import { previewStory } from './preview-story.js';
import { savedFiles } from './saved-files.js';
import {
  addEntity,
  addEventEntity,
  addExclusion,
  addRelation,
  removeEntity,
  setEventNaming,
  setField,
} from './story-edits.js';
import type { StudioDocument, WorkingStory } from './working-story.js';

const TEXT = 'In 2001 the port opened. In 2001 a second quay followed.';

function document(): StudioDocument {
  return newDocument({
    id: 'port-story',
    text: TEXT,
    dateline: '2020-01-01',
    language: 'en',
    languages: ['en'],
    title: 'The port',
    publisher: 'Courier',
    url: '',
    credit: '',
  });
}

/** A story with one event (id generated from its title), two entities and a relation. */
function storyWithRelation(): WorkingStory {
  let story: WorkingStory = {
    ...document().story,
    events: [
      {
        id: 'event-2001',
        start: '2001',
        entities: [],
        quote: { text: 'In 2001 the port opened.' },
      },
    ],
  };
  story = setEventNaming(story, 0, ['title', 'en'], 'Port opens');
  const port = addEntity(story, 'Port of Arden', 'en', 'place');
  const city = addEntity(port.story, 'Arden', 'en', 'place');
  story = addEventEntity(addEventEntity(city.story, 0, port.id), 0, city.id);
  return addRelation(story, {
    type: 'located-in',
    from: port.id,
    to: city.id,
    events: [story.events[0]!.id],
  });
}

describe('the studio’s story edits', () => {
  it('gives an event an id from its title while the id is still the generated one', () => {
    const story = storyWithRelation();
    expect(story.events[0]!.id).to.equal('port-opens-2001');
    expect(story.relations[0]!.events).to.deep.equal(['port-opens-2001']);
    const handNamed = setField(story, ['events', 0, 'id'], 'opening');
    const retitled = setEventNaming(handNamed, 0, ['title', 'en'], 'Port opens to ships');
    expect(retitled.events[0]!.id, 'a hand-written id is kept').to.equal('opening');
  });

  it('removes an entity from its events and drops the relations through it', () => {
    const story = removeEntity(storyWithRelation(), 0);
    expect(story.entities.map((entity) => entity.id)).to.deep.equal(['arden']);
    expect(story.events[0]!.entities).to.deep.equal(['arden']);
    expect(story.relations).to.deep.equal([]);
  });

  it('excludes the second of two identical mentions by its occurrence', () => {
    const second = TEXT.lastIndexOf('2001');
    const { story } = addExclusion(document().story, { text: '2001', start: second }, TEXT);
    expect(story.coverage?.exclusions).to.deep.equal([
      { match: '2001', occurrence: 2, reason: {} },
    ]);
  });

  it('removes a field set to empty text instead of saving it empty', () => {
    const story = setField(document().story, ['title', 'en'], '');
    expect(story.title).to.equal(undefined);
  });
});

describe('the studio’s undo history', () => {
  it('joins edits of one field in a row into one step, and redoes what was undone', () => {
    const history = new EditHistory<string>();
    history.record('a', 'title', 0);
    history.record('ab', 'title', 500);
    history.record('abc', 'summary', 700);
    expect(history.depth).to.deep.equal({ undo: 2, redo: 0 });
    expect(history.undo('abcd')).to.equal('abc');
    expect(history.undo('abc')).to.equal('a');
    expect(history.undo('a')).to.equal(undefined);
    expect(history.redo('a')).to.equal('abc');
    history.record('abc', 'title', 5000);
    expect(history.depth.redo, 'a new edit forgets what could be redone').to.equal(0);
  });
});

describe('what the studio checks, shows and saves', () => {
  it('lists drafts, missing fields and open dates together, each with its path', () => {
    const work = document();
    const story = {
      ...work.story,
      events: [
        {
          id: 'event-2001',
          draft: true,
          start: '2001',
          entities: [],
          quote: { text: 'In 2001 the port opened.' },
        },
      ],
    };
    const paths = checkDocument({ ...work, story }).problems.map((problem) => problem.path);
    expect(paths).to.include.members([
      'events[0]',
      'events[0].title',
      'events[0].category',
      'coverage',
    ]);
  });

  it('previews an untitled event by the start of its quote, and leaves out one without a date', () => {
    const work = document();
    const story = {
      ...work.story,
      events: [
        {
          id: 'event-2001',
          start: '2001',
          entities: [],
          quote: { text: 'In 2001 the port opened.' },
        },
        { id: 'event', entities: [], quote: { text: 'In 2001 a second quay followed.' } },
      ],
    };
    const preview = previewStory({ ...work, story }, checkDocument({ ...work, story }));
    expect(preview?.events.map((event) => event.title.en)).to.deep.equal([
      'In 2001 the port opened.',
    ]);
  });

  it('saves the story file, and the source file when the source is new', () => {
    const files = savedFiles(document());
    expect(files.map((file) => `${file.folder}/${file.name}`)).to.deep.equal([
      'stories/port-story.json',
      'sources/port-story.en.txt',
    ]);
    expect(files[1]!.text).to.equal(TEXT);
    expect(JSON.parse(files[0]!.text)).to.have.nested.property(
      'source.file',
      '../sources/port-story.en.txt',
    );
  });

  it('opens a compiled story: its source text taken out, its computed layout dropped', () => {
    const read = readStoryFile({
      id: 'x',
      source: { file: '../sources/x.en.txt', dateline: '2020', language: 'en', text: TEXT },
      events: [{ id: 'a', quote: { text: 'In 2001 the port opened.' } }],
      entities: [],
      relations: [],
      layout: { positions: {} },
    });
    expect(read.ok).to.be.true;
    if (!read.ok) return;
    expect(read.sourceText).to.equal(TEXT);
    expect(read.story).not.to.have.property('layout');
    expect(read.story.source).not.to.have.property('text');
    expect(read.story.events[0]!.entities).to.deep.equal([]);
    expect(readStoryFile([1, 2])).to.deep.equal({
      ok: false,
      message: 'the file is not a story: no JSON object',
    });
  });

  it('writes embed code for the chosen element, language and height', () => {
    const choice = {
      siteUrl: 'https://news.example/he/',
      storyId: 'port-story',
      element: 'event-timeline',
      lang: 'ru',
      height: 480,
    } as const;
    expect(scriptEmbedCode(choice)).to.equal(
      [
        '<script type="module" src="https://news.example/he/embed.js"></script>',
        '<event-timeline src="https://news.example/he/stories/port-story.json" lang="ru" style="display: block; min-height: 480px"></event-timeline>',
      ].join('\n'),
    );
    expect(iframeEmbedCode(choice, 'The "port"')).to.contain(
      'src="https://news.example/he/embed.html?story=port-story&amp;lang=ru"',
    );
    expect(iframeEmbedCode(choice, 'The "port"')).to.contain('title="The &quot;port&quot;"');
    expect(iframeEmbedCode(choice, 'x')).to.contain('height: 480px');
  });
});
