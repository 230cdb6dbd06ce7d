// Which Chromium the tests, the bench and the screenshots run (scripts/find-browser.mjs):
// $CHROME_PATH first, then a system Chrome or Chromium, then @sparticuz/chromium.
import assert from 'node:assert/strict';
import { accessSync, constants } from 'node:fs';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { CHROMIUM_ARGS, findBrowser } from '../../scripts/find-browser.mjs';

describe('finding a browser', () => {
  let chromePath;
  beforeEach(() => {
    chromePath = process.env.CHROME_PATH;
  });
  afterEach(() => {
    if (chromePath === undefined) delete process.env.CHROME_PATH;
    else process.env.CHROME_PATH = chromePath;
  });

  it('takes CHROME_PATH first, as it is', async () => {
    // Any executable will do: nothing is launched here.
    process.env.CHROME_PATH = process.execPath;
    const browser = await findBrowser();
    assert.deepEqual(browser, {
      executablePath: process.execPath,
      origin: 'CHROME_PATH',
      args: CHROMIUM_ARGS,
    });
  });

  it('says what to do when CHROME_PATH is not an executable', async () => {
    process.env.CHROME_PATH = '/no/such/chrome';
    await assert.rejects(findBrowser(), {
      message:
        'CHROME_PATH is set to /no/such/chrome, which is not an executable file. Unset it or point it at Chrome/Chromium.',
    });
  });

  it('otherwise finds an installed Chrome or Chromium, or the one in @sparticuz/chromium', async () => {
    delete process.env.CHROME_PATH;
    const browser = await findBrowser();
    assert.ok(['system', '@sparticuz/chromium'].includes(browser.origin), browser.origin);
    accessSync(browser.executablePath, constants.X_OK);
    assert.match(browser.executablePath, /chrom/i);
  });
});
