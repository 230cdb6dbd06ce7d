// The server behind `npm start`, `npm run dev` and the end-to-end tests
// (scripts/static-server.mjs): what it sends, what it refuses, and live reload
// under the strict Content Security Policy.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { launchBrowser } from '../../scripts/find-browser.mjs';
import { STRICT_CSP, startStaticServer } from '../../scripts/static-server.mjs';

let work;
let site;
before(() => {
  work = mkdtempSync(join(tmpdir(), 'he-server-'));
  site = join(work, 'site');
  mkdirSync(site);
  writeFileSync(join(work, 'secret.txt'), 'not part of the site\n');
  writeFileSync(
    join(site, 'index.html'),
    '<!doctype html><html lang="en"><head><title>Site</title>' +
      '<script type="module" src="./app.js"></script></head><body><p>The site</p></body></html>\n',
  );
  writeFileSync(join(site, 'favicon.ico'), '');
  // Over the 1 KB below which compressing is not worth it.
  writeFileSync(join(site, 'app.js'), "document.body.dataset.ran = 'yes';\n".repeat(60));
});
after(() => {
  rmSync(work, { recursive: true, force: true });
});

/** GET `path` exactly as given (no normalising), with `headers`; the raw body bytes. */
function get(server, path, headers = {}) {
  return new Promise((resolve, reject) => {
    const sent = request({ host: '127.0.0.1', port: server.port, path, headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      );
    });
    sent.on('error', reject);
    sent.end();
  });
}

async function withServer(options, use) {
  const server = await startStaticServer({ dir: site, ...options });
  try {
    return await use(server);
  } finally {
    await server.close();
  }
}

describe('the static server', () => {
  it('serves the files of its folder, with the strict CSP only when asked', async () => {
    await withServer({ csp: true }, async (server) => {
      const page = await get(server, '/');
      assert.equal(page.status, 200);
      assert.match(page.headers['content-type'], /^text\/html/);
      assert.equal(page.headers['content-security-policy'], STRICT_CSP);
      assert.equal(page.body.toString(), readFileSync(join(site, 'index.html'), 'utf8'));
      const script = await get(server, '/app.js');
      assert.match(script.headers['content-type'], /javascript/);
      assert.equal(script.headers['content-security-policy'], STRICT_CSP);
    });
    await withServer({}, async (server) => {
      const page = await get(server, '/index.html');
      assert.equal(page.status, 200);
      assert.equal(page.headers['content-security-policy'], undefined);
    });
  });

  it('compresses as the browser accepts (brotli, else gzip) when asked, as a CDN would', async () => {
    const file = readFileSync(join(site, 'app.js'));
    await withServer({ compress: true }, async (server) => {
      const brotli = await get(server, '/app.js', { 'accept-encoding': 'gzip, deflate, br' });
      assert.equal(brotli.headers['content-encoding'], 'br');
      assert.ok(brotli.body.length < file.length / 4, `${brotli.body.length} bytes`);
      assert.deepEqual(brotliDecompressSync(brotli.body), file);
      const gzip = await get(server, '/app.js', { 'accept-encoding': 'gzip' });
      assert.equal(gzip.headers['content-encoding'], 'gzip');
      assert.deepEqual(gunzipSync(gzip.body), file);
      const plain = await get(server, '/app.js');
      assert.equal(plain.headers['content-encoding'], undefined);
      assert.deepEqual(plain.body, file);
    });
    await withServer({}, async (server) => {
      const plain = await get(server, '/app.js', { 'accept-encoding': 'br' });
      assert.equal(plain.headers['content-encoding'], undefined);
      assert.deepEqual(plain.body, file);
    });
  });

  it('serves nothing outside its folder', async () => {
    await withServer({}, async (server) => {
      for (const path of [
        '/../secret.txt',
        '/%2e%2e/secret.txt',
        '/..%2fsecret.txt',
        '/__wds-outside-root__/1/secret.txt',
        '/nothing-here.txt',
      ]) {
        const response = await get(server, path);
        assert.ok([403, 404].includes(response.status), `${path}: ${response.status}`);
        assert.doesNotMatch(response.body.toString(), /not part of the site/, path);
      }
    });
  });

  it('reloads open pages when told to, under the strict CSP', async () => {
    const browser = await launchBrowser({ quiet: true });
    try {
      await withServer({ csp: true, liveReload: true }, async (server) => {
        const page = await browser.newPage();
        const problems = [];
        page.on('pageerror', (error) => problems.push(error.message));
        page.on('console', (message) => {
          if (message.type() === 'error') problems.push(message.text());
        });
        await page.evaluateOnNewDocument(() => {
          document.addEventListener('securitypolicyviolation', (event) =>
            console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
          );
        });
        await page.goto(server.url);
        await page.waitForFunction(() => document.body.dataset.ran === 'yes');
        await page.evaluate(() => {
          window.beforeReload = true;
        });
        // Until the page's socket is open a reload has no one to reach: ask until it does.
        // Stop asking as soon as the page leaves: a reload asked of the new page
        // too would destroy it under the assertions below.
        const reloaded = page.waitForNavigation({ timeout: 15000 });
        const asking = setInterval(() => server.reload(), 200);
        const stopAsking = () => clearInterval(asking);
        page.once('framenavigated', stopAsking);
        try {
          await reloaded;
        } finally {
          stopAsking();
        }
        assert.equal(await page.evaluate(() => window.beforeReload), undefined, 'a new page');
        await page.waitForFunction(() => document.body.dataset.ran === 'yes');
        assert.deepEqual(problems, []);
      });
    } finally {
      await browser.close();
    }
  });
});
