// Links and languages on the built site, as a reader uses them: "Copy link" on
// the standalone page, in the example article and inside the iframe gives a
// link that, opened, shows the same event (in the same language); the
// standalone page remembers the language on reload and its header, <title> and
// <html lang> follow it; a link to an event the story lacks says so.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openPage, startSite } from './site.mjs';

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

const WIDE = { width: 1280, height: 800 };
const explorerIn = "document.querySelector('history-explorer')";

/** Every page and frame of the context gets a clipboard that records what it is given. */
async function recordClipboard(page) {
  await page.evaluateOnNewDocument(() => {
    window.__copied = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (text) => (window.__copied.push(text), Promise.resolve()) },
    });
  });
}

/** Waits until the explorer in `target` (a page or a frame) has loaded its story. */
function storyShown(target) {
  return target.waitForFunction(
    `${explorerIn}?.shadowRoot?.querySelector('event-timeline')?.shadowRoot?.querySelector('[role=option]')`,
    { timeout: 20000 },
  );
}

/** Goes from the title card to the third event with Start and Next, as a reader would. */
async function stepToThirdEvent(target) {
  await target.evaluate(`${explorerIn}.shadowRoot.querySelector('.title-card .start').click()`);
  await target.waitForFunction(`${explorerIn}.selected !== ''`);
  for (let step = 0; step < 2; step += 1) {
    const before = await target.evaluate(`${explorerIn}.selected`);
    await target.evaluate(
      `${explorerIn}.shadowRoot.querySelector('.steps [data-step=next]').click()`,
    );
    await target.waitForFunction(`${explorerIn}.selected !== ${JSON.stringify(before)}`);
  }
  return target.evaluate(`${explorerIn}.selected`);
}

/** Clicks "Copy link" in `target` and returns the link it copied. */
async function copyLink(target) {
  await target.evaluate(`${explorerIn}.shadowRoot.querySelector('.share button').click()`);
  await target.waitForFunction('window.__copied.length > 0');
  return target.evaluate('window.__copied.at(-1)');
}

/**
 * Opens `link` in a fresh page and returns the event its explorer (in `frameOf`, if
 * given) shows once it shows `expected` or 10 s have passed (a frame first opens its
 * own `?event=`, then the one the parent page's address names).
 */
async function openLink(link, expected, frameOf) {
  const { page, errors } = await openPage(site, WIDE);
  await page.goto(link);
  let target = page;
  if (frameOf) {
    // Not the iframe's first document (about:blank, which has a body too): the one it loads.
    target = await page.waitForFrame((frame) => frame.url().includes(frameOf), { timeout: 20000 });
  }
  await storyShown(target);
  await target.waitForFunction(
    `${explorerIn}.shadowRoot.querySelector('source-quote')?.shadowRoot?.querySelector('mark')`,
    { timeout: 20000 },
  );
  await target
    .waitForFunction(`${explorerIn}.selected === ${JSON.stringify(expected)}`, { timeout: 10000 })
    .catch(() => undefined);
  const shown = await target.evaluate(`({
    selected: ${explorerIn}.selected,
    lang: ${explorerIn}.getAttribute('lang'),
  })`);
  return { page, errors, shown };
}

describe('"Copy link" opens the same event where it was copied', () => {
  it('on the standalone page, in the language it was copied in', async () => {
    const { page, errors } = await openPage(site, WIDE);
    await recordClipboard(page);
    await page.goto(`${site.url}stories/azerbaijan-kazakhstan/`);
    await storyShown(page);
    await page.evaluate(
      `[...${explorerIn}.shadowRoot.querySelectorAll('.languages button')].find((b) => b.lang === 'ru').click()`,
    );
    const eventId = await stepToThirdEvent(page);
    const link = await copyLink(page);
    assert.equal(link, `${site.url}stories/azerbaijan-kazakhstan/#event=${eventId}&lang=ru`);
    const opened = await openLink(link, eventId);
    assert.deepEqual(opened.shown, { selected: eventId, lang: 'ru' });
    assert.deepEqual([...errors, ...opened.errors], []);
    await opened.page.close();
    await page.close();
  });

  it('in the example article, which opens it in its own explorer', async () => {
    const { page, errors } = await openPage(site, WIDE);
    await recordClipboard(page);
    await page.goto(`${site.url}examples/article.html`);
    await page.evaluate(`${explorerIn}.scrollIntoView()`);
    await storyShown(page);
    const eventId = await stepToThirdEvent(page);
    const link = await copyLink(page);
    assert.equal(link, `${site.url}examples/article.html#event=${eventId}&lang=en`);
    const opened = await openLink(link, eventId);
    assert.equal(opened.shown.selected, eventId);
    assert.deepEqual([...errors, ...opened.errors], []);
    await opened.page.close();
    await page.close();
  });

  it("in the iframe: the parent page's address, which opens the event in the frame", async () => {
    const { page, errors } = await openPage(site, WIDE);
    await recordClipboard(page);
    await page.goto(`${site.url}examples/iframe.html`);
    const frame = await page.waitForFrame((candidate) => candidate.url().includes('embed.html'), {
      timeout: 20000,
    });
    await storyShown(frame);
    // The frame learns the parent's address from the documented snippet's answer.
    await frame.waitForFunction(`${explorerIn}.getAttribute('share-url')`);
    await frame.evaluate(`${explorerIn}.selected = ''`);
    const eventId = await stepToThirdEvent(frame);
    const link = await copyLink(frame);
    assert.equal(link, `${site.url}examples/iframe.html#event=${eventId}&lang=en`);
    const opened = await openLink(link, eventId, 'embed.html');
    assert.equal(opened.shown.selected, eventId, 'the parent page opens the event in its frame');
    assert.deepEqual([...errors, ...opened.errors], []);
    await opened.page.close();
    await page.close();
  });

  it('in the embed page on its own: its own address, read from the fragment', async () => {
    const { page, errors } = await openPage(site, WIDE);
    await recordClipboard(page);
    await page.goto(`${site.url}embed.html?story=azerbaijan-kazakhstan&lang=zh`);
    await storyShown(page);
    const eventId = await stepToThirdEvent(page);
    const link = await copyLink(page);
    assert.equal(
      link,
      `${site.url}embed.html?story=azerbaijan-kazakhstan&lang=zh#event=${eventId}&lang=zh`,
    );
    const opened = await openLink(link, eventId);
    assert.deepEqual(opened.shown, { selected: eventId, lang: 'zh' });
    assert.deepEqual([...errors, ...opened.errors], []);
    await opened.page.close();
    await page.close();
  });
});

describe('the standalone page and the language', () => {
  it('remembers the language on reload; header, title and lang follow it', async () => {
    const { page, errors } = await openPage(site, WIDE);
    await page.goto(`${site.url}stories/azerbaijan-kazakhstan/`);
    await storyShown(page);
    const story = await page.evaluate(`${explorerIn}.loadedStory`);
    await page.evaluate(
      `[...${explorerIn}.shadowRoot.querySelectorAll('.languages button')].find((b) => b.lang === 'ru').click()`,
    );
    const pageTexts = () =>
      page.evaluate(() => ({
        lang: document.documentElement.lang,
        title: document.title,
        heading: document.querySelector('.page-header h1').textContent,
        storyName: document.querySelector('.page-header .story-name').textContent,
        description: document.querySelector('meta[name=description]').content,
      }));
    await page.waitForFunction(() => document.documentElement.lang === 'ru');
    const expected = {
      lang: 'ru',
      title: `${story.title.ru} · Исторический обозреватель`,
      heading: 'Исторический обозреватель',
      storyName: story.title.ru,
      description: story.summary.ru,
    };
    assert.deepEqual(await pageTexts(), expected);
    // A visit without the language in the link: the page remembers it.
    await page.goto(`${site.url}stories/azerbaijan-kazakhstan/`);
    await page.reload();
    await storyShown(page);
    await page.waitForFunction(() => document.title.includes('·'));
    assert.deepEqual(await pageTexts(), expected);
    assert.equal(await page.evaluate(`${explorerIn}.getAttribute('lang')`), 'ru');
    // The link's language wins over the remembered one.
    await page.goto(`${site.url}stories/azerbaijan-kazakhstan/#lang=zh`);
    await page.reload();
    await storyShown(page);
    await page.waitForFunction(() => document.title.includes('·'));
    assert.equal((await pageTexts()).storyName, story.title.zh);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('says so when a link names an event the story does not have', async () => {
    const { page, errors } = await openPage(site, WIDE);
    await page.goto(`${site.url}stories/azerbaijan-kazakhstan/#event=no-such-event`);
    await storyShown(page);
    const notice = await page.waitForFunction(
      `${explorerIn}.shadowRoot.querySelector('.link-notice')?.textContent`,
    );
    assert.match(await notice.jsonValue(), /This story has no event “no-such-event”/);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
