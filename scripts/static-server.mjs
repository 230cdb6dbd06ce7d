// A static file server for dist/ (and tests, benchmarks and screenshots): the site
// needs nothing else at run time. Optional strict CSP header and dev live reload.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** The strict policy the widgets are built to work under (see README, Security). */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

const RELOAD_PATH = '/__dev/reload';
const RELOAD_SCRIPT = `new EventSource('${RELOAD_PATH}').addEventListener('reload', () => location.reload());`;

/**
 * Serves `dir` on `port` (0 picks a free one).
 * @returns {Promise<{ url: string, port: number, reload: () => void, close: () => Promise<void> }>}
 */
export function startStaticServer({ dir, port = 0, csp = false, liveReload = false, log = false }) {
  const reloadClients = new Set();
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (log) console.log(`${request.method} ${url.pathname}`);
    if (liveReload && url.pathname === RELOAD_PATH) {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
      response.write(': connected\n\n');
      reloadClients.add(response);
      request.on('close', () => reloadClients.delete(response));
      return;
    }
    if (liveReload && url.pathname === `${RELOAD_PATH}.js`) {
      response.writeHead(200, { 'content-type': TYPES['.js'], 'cache-control': 'no-store' });
      response.end(RELOAD_SCRIPT);
      return;
    }
    let path;
    try {
      path = normalize(join(dir, decodeURIComponent(url.pathname)));
    } catch {
      response.writeHead(400).end('Bad request');
      return;
    }
    if (path !== dir && !path.startsWith(dir + sep)) {
      response.writeHead(403).end('Forbidden');
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) {
      response
        .writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
        .end(`Not found: ${url.pathname}`);
      return;
    }
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    const headers = { 'content-type': type, 'cache-control': 'no-cache' };
    if (csp) headers['content-security-policy'] = STRICT_CSP;
    if (liveReload && type.startsWith('text/html')) {
      // An external script, not inline, so live reload also works under the strict CSP.
      const html = await readFile(path, 'utf8');
      const tag = `<script type="module" src="${RELOAD_PATH}.js"></script>`;
      response
        .writeHead(200, headers)
        .end(html.includes('</body>') ? html.replace('</body>', `${tag}</body>`) : html + tag);
      return;
    }
    response.writeHead(200, headers);
    createReadStream(path).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const actual = server.address().port;
      resolve({
        url: `http://localhost:${actual}/`,
        port: actual,
        reload: () => {
          for (const client of reloadClients) client.write('event: reload\ndata: now\n\n');
        },
        close: () =>
          new Promise((done) => {
            for (const client of reloadClients) client.end();
            server.close(() => done());
            server.closeAllConnections?.();
          }),
      });
    });
  });
}
