import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import {
  cleanup,
  failOnUncaught,
  mount,
  REAL_STORY_URL,
  seriousA11yViolations,
  until,
} from '../../test/helpers/browser.js';
import './define.js';
import type { StoryStudio } from './story-studio.js';

/** An English text the studio has not seen: dated sentences, a relative date, a planned one. */
const SOURCE = [
  'Harbour news',
  '',
  'The ferry company was founded in 1987 in Dunmore. It bought its second ship in 1994.',
  '',
  'Last year the company moved its offices to the new quay.',
  '',
  'A third ship will enter service in 2027.',
].join('\n');
const RELATIVE_SENTENCE = 'Last year the company moved its offices to the new quay.';

const rootOf = (studio: StoryStudio): ShadowRoot => studio.shadowRoot!;

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the element type it expects
function query<T extends Element = HTMLElement>(studio: StoryStudio, selector: string): T {
  const found = rootOf(studio).querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

function type(field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string) {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** A studio started on SOURCE, as the start form does it. */
async function startedStudio(): Promise<StoryStudio> {
  const studio = mount<StoryStudio>('<story-studio lang="en"></story-studio>');
  await studio.updateComplete;
  type(query<HTMLTextAreaElement>(studio, 'textarea[name="text"]'), SOURCE);
  type(query<HTMLInputElement>(studio, 'input[name="id"]'), 'harbour-news');
  type(query<HTMLInputElement>(studio, 'input[name="dateline"]'), '2025-05-01');
  query(studio, '.start-new').click();
  await until(() => rootOf(studio).querySelector('.source-text'), 'the source shown');
  return studio;
}

/** Chooses the highlighted mention `text` (its sentence is taken) and makes an event of it. */
async function eventFromMention(studio: StoryStudio, text: string): Promise<void> {
  const mark = [...rootOf(studio).querySelectorAll<HTMLElement>('mark.mention')].find(
    (candidate) => candidate.textContent === text,
  );
  if (!mark) throw new Error(`no mention ${text}`);
  mark.click();
  await studio.updateComplete;
  query(studio, '.new-event').click();
  await studio.updateComplete;
}

/** Presses `key` with `modifiers` held, as a keyboard does. */
async function chord(modifiers: string[], key: string): Promise<void> {
  for (const modifier of modifiers) await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  for (const modifier of modifiers.reverse()) await sendKeys({ up: modifier });
}

const eventCount = (studio: StoryStudio) => rootOf(studio).querySelectorAll('.event-choice').length;

describe('<story-studio>', () => {
  failOnUncaught();
  beforeEach(() => {
    localStorage.clear();
  });
  afterEach(() => {
    cleanup();
    localStorage.clear();
  });

  it('shows every date mention of the source, open until an event or exclusion covers it', async () => {
    const studio = await startedStudio();
    const marks = [...rootOf(studio).querySelectorAll('mark.mention')];
    expect(marks.map((mark) => mark.textContent)).to.deep.equal([
      '1987',
      '1994',
      'Last year',
      '2027',
    ]);
    expect(query(studio, '.counts').textContent).to.match(/4 open dates\s+0 covered\s+0 excluded/);
    expect(query(studio, '.source-text').textContent).to.equal(SOURCE);
  });

  it('takes a chosen mention’s sentence as the quote and resolves its relative date', async () => {
    const studio = await startedStudio();
    await eventFromMention(studio, 'Last year');
    expect(query(studio, '.quote').textContent).to.equal(RELATIVE_SENTENCE);
    expect(query<HTMLInputElement>(studio, '[data-path="events[0].start"]').value).to.equal('2024');
    expect(query<HTMLInputElement>(studio, '[data-path="events[0].dateBasis.en"]').value).to.match(
      /Last year.*2024/,
    );
    expect(query<HTMLInputElement>(studio, '[data-path="events[0].planned"]').checked).to.be.false;
    expect(query(studio, '.counts').textContent).to.match(/3 open dates\s+1 covered/);
    const covered = query(studio, 'mark.mention.covered');
    expect(covered.getAttribute('aria-label')).to.equal('Last year: covered by event event-2024');
    // The title field of the new event has the focus: the editor writes it next.
    expect(rootOf(studio).activeElement?.getAttribute('data-path')).to.equal('events[0].title.en');
  });

  it('proposes "planned" for a date after the dateline', async () => {
    const studio = await startedStudio();
    await eventFromMention(studio, '2027');
    expect(query<HTMLInputElement>(studio, '[data-path="events[0].start"]').value).to.equal('2027');
    expect(query<HTMLInputElement>(studio, '[data-path="events[0].planned"]').checked).to.be.true;
  });

  it('undoes and redoes edits, from the keyboard too, typing in a field as one step', async () => {
    const studio = await startedStudio();
    await eventFromMention(studio, '1987');
    expect(eventCount(studio)).to.equal(1);
    const title = query<HTMLInputElement>(studio, '[data-path="events[0].title.en"]');
    title.focus();
    await sendKeys({ type: 'Ferry company founded' });
    await studio.updateComplete;
    expect(query(studio, '.event-choice').textContent).to.contain('Ferry company founded');
    await chord(['Control'], 'z');
    await studio.updateComplete;
    expect(query<HTMLInputElement>(studio, '[data-path="events[0].title.en"]').value).to.equal('');
    await chord(['Control'], 'z');
    await studio.updateComplete;
    expect(eventCount(studio)).to.equal(0);
    await chord(['Control', 'Shift'], 'Z');
    await studio.updateComplete;
    expect(eventCount(studio)).to.equal(1);
    query(studio, '.redo').click();
    await studio.updateComplete;
    expect(query<HTMLInputElement>(studio, '[data-path="events[0].title.en"]').value).to.equal(
      'Ferry company founded',
    );
  });

  it('lists the build’s problems live, each leading to its field', async () => {
    const studio = await startedStudio();
    await eventFromMention(studio, '1994');
    const problems = [...rootOf(studio).querySelectorAll<HTMLElement>('.problem')];
    const paths = problems.map((problem) => problem.dataset.problemPath);
    expect(paths).to.include.members(['events[0]', 'events[0].title', 'events[0].category']);
    expect(query(studio, '.problem[data-problem-path="events[0]"]').textContent).to.contain(
      'still a draft',
    );
    query(studio, '.tab[data-tab="story"]').click();
    await studio.updateComplete;
    query(studio, '.problem[data-problem-path="events[0].category"]').click();
    await until(
      () => rootOf(studio).activeElement?.getAttribute('data-path') === 'events[0].category',
      'the category field focused',
    );
    expect(query(studio, '.tab[aria-current="page"]').dataset.tab).to.equal('event');
    // Coverage problems lead to the open mentions, where they are excluded.
    query(studio, '.problem[data-problem-path="coverage"]').click();
    await until(() => rootOf(studio).querySelector('.open-mentions'), 'the exclusions panel');
    query(studio, '.open-mentions .exclude').click();
    await studio.updateComplete;
    await until(
      () =>
        rootOf(studio).activeElement?.getAttribute('data-path') ===
        'coverage.exclusions[0].reason.en',
      'the new exclusion’s reason focused',
    );
    expect(query(studio, '.counts').textContent).to.match(/1 excluded/);
  });

  it('adds no relation until it cites a supporting event', async () => {
    const studio = await startedStudio();
    await eventFromMention(studio, '1987');
    for (const name of ['Harbour Ferries', 'Dunmore']) {
      type(query<HTMLInputElement>(studio, '.add-entity input'), name);
      query(studio, '.add-entity button[type="submit"]').click();
      await studio.updateComplete;
    }
    expect(
      [...rootOf(studio).querySelectorAll('.chips li')].map((chip) =>
        chip.textContent.trim().replace(/\s*×$/, ''),
      ),
    ).to.deep.equal(['Harbour Ferries', 'Dunmore']);
    query(studio, '.tab[data-tab="relations"]').click();
    await studio.updateComplete;
    type(query<HTMLSelectElement>(studio, '.new-relation-type'), 'located-in');
    const [from, to] = rootOf(studio).querySelectorAll<HTMLSelectElement>(
      '.new-relation select:not(.new-relation-type)',
    );
    type(from!, 'harbour-ferries');
    type(to!, 'dunmore');
    await studio.updateComplete;
    expect(query<HTMLButtonElement>(studio, '.add-relation').disabled).to.be.true;
    query<HTMLInputElement>(studio, '.new-relation .relation-events input').click();
    await studio.updateComplete;
    expect(query<HTMLButtonElement>(studio, '.add-relation').disabled).to.be.false;
    query(studio, '.add-relation').click();
    await studio.updateComplete;
    expect(rootOf(studio).querySelectorAll('.relation-item')).to.have.length(1);
  });

  it('speaks Chinese and Russian', async () => {
    const studio = await startedStudio();
    const tabs = () =>
      [...rootOf(studio).querySelectorAll('.tab')].map((tab) => tab.textContent.trim());
    type(query<HTMLSelectElement>(studio, '.ui-language select'), 'zh');
    await studio.updateComplete;
    expect(tabs()).to.deep.equal(['事件', '实体', '关系', '排除', '故事', '发布']);
    expect(query(studio, '.new-event').textContent.trim()).to.equal('新建事件');
    type(query<HTMLSelectElement>(studio, '.ui-language select'), 'ru');
    await studio.updateComplete;
    expect(tabs()[0]).to.equal('События');
    expect(query(studio, '.counts').textContent).to.contain('4 открытые даты');
  });

  it('opens an existing story with its source, and its checks pass as in the build', async () => {
    const studio = mount<StoryStudio>('<story-studio lang="en"></story-studio>');
    await studio.updateComplete;
    // The built story: the interview names shared entities (data/entities/), which the
    // build merges in and a browser cannot list from the data folder.
    type(query<HTMLInputElement>(studio, '.open-url'), REAL_STORY_URL);
    query<HTMLInputElement>(studio, '.open-url').form!.requestSubmit();
    await until(() => rootOf(studio).querySelector('.source-text'), 'the story opened', 20000);
    expect(eventCount(studio)).to.equal(26);
    expect(query(studio, '.counts').textContent).to.match(/^\s*0 open dates/);
    expect(query(studio, '#problems-heading').textContent.trim()).to.equal(
      'No problems: the build will publish this story',
    );
  });

  it('is accessible at the start and while editing', async () => {
    const studio = mount<StoryStudio>('<story-studio lang="en"></story-studio>');
    await studio.updateComplete;
    expect(await seriousA11yViolations(studio)).to.deep.equal([]);
    cleanup();
    const editing = await startedStudio();
    await eventFromMention(editing, 'Last year');
    for (const tab of ['event', 'entities', 'relations', 'exclusions', 'story', 'publish']) {
      query(editing, `.tab[data-tab="${tab}"]`).click();
      await editing.updateComplete;
      expect(await seriousA11yViolations(query(editing, '.studio')), tab).to.deep.equal([]);
    }
  });
});
