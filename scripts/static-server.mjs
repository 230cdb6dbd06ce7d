// Serves a built site (dist/, or a temp build in tests, benchmarks and screenshots)
// with @web/dev-server-core, the server web-test-runner runs on: the site needs
// nothing else at run time. Optional: the strict CSP header, compression as a CDN
// would apply it, and live reload for `npm run dev`.
import { createServer } from 'node:http';
import { DevServer } from '@web/dev-server-core';
import compress from 'koa-compress';

/** The strict policy the widgets are built to work under (see README, Security). */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; worker-src 'self'";

/** The module that reloads a page. Served from here, not as a `data:` URL, so it runs under the CSP. */
const RELOAD_MODULE = '/__dev/reload.js';

/** dev-server-core serves files above its root under this prefix; a built site has none. */
const OUTSIDE_ROOT = '/__wds-outside-root__/';

/**
 * Live reload over dev-server-core's web socket: its script is injected into
 * every page, and `reload()` tells each open page to import our reload module.
 */
function liveReloadPlugin() {
  let webSockets;
  return {
    name: 'live-reload',
    injectWebSocket: true,
    serverStart(params) {
      webSockets = params.webSockets;
    },
    serve(context) {
      if (context.path === RELOAD_MODULE) {
        return { body: 'export default () => location.reload();', type: 'js' };
      }
      return undefined;
    },
    // A rebuild replaces dist/ wholesale, which no file watcher follows: keep no
    // page (with the socket script in it) in the transform cache.
    transform(context) {
      return context.response.is('html') ? { transformCache: false } : undefined;
    },
    reload() {
      webSockets?.sendImport(RELOAD_MODULE);
    },
  };
}

/** dev-server-core logs through this; only its errors matter here. */
const logger = {
  log() {},
  debug() {},
  warn: (...messages) => console.warn(...messages),
  error: (...messages) => console.error(...messages),
  group() {},
  groupEnd() {},
  logSyntaxError: (error) => console.error(error.message),
};

/**
 * Serves `dir` on `port` (0 picks a free one), on 127.0.0.1 only.
 * @param {{ dir: string, port?: number, csp?: boolean, compress?: boolean, liveReload?: boolean }} options
 *   `csp`: send {@link STRICT_CSP}; `compress`: brotli or gzip, as the browser accepts;
 *   `liveReload`: pages reload when `reload()` is called.
 * @returns {Promise<{ url: string, port: number, reload: () => void, close: () => Promise<void> }>}
 */
export async function startStaticServer({
  dir,
  port = 0,
  csp = false,
  compress: compressed = false,
  liveReload = false,
}) {
  const http = createServer();
  const reloader = liveReloadPlugin();
  const devServer = new DevServer(
    {
      rootDir: dir,
      // Our own HTTP server, so that it listens on 127.0.0.1 only and reports its errors.
      middlewareMode: { server: http },
      injectWebSocket: liveReload,
      disableFileWatcher: true,
      middleware: [
        async (context, next) => {
          if (context.path.startsWith(OUTSIDE_ROOT)) return;
          try {
            await next();
          } catch (error) {
            // A client's mistake (a path that climbs out of `dir`: 403) is an answer, not a server error.
            if (!error.expose) throw error;
            context.status = error.status;
            context.body = error.message;
          }
          if (csp) context.set('content-security-policy', STRICT_CSP);
        },
        ...(compressed ? [compress()] : []),
      ],
      plugins: liveReload ? [reloader] : [],
    },
    logger,
  );
  http.on('request', devServer.koaApp.callback());
  const sockets = new Set();
  http.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise((resolve, reject) => {
    http.once('error', reject);
    http.listen(port, '127.0.0.1', resolve);
  });
  await devServer.start();
  const actual = http.address().port;
  return {
    url: `http://localhost:${actual}/`,
    port: actual,
    reload: () => reloader.reload(),
    close: async () => {
      await devServer.stop();
      // Open pages keep their sockets (and live-reload web sockets) open.
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => http.close(() => resolve()));
    },
  };
}
