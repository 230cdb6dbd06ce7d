#!/usr/bin/env node
// Serves dist/ as the static site it is (no server logic at run time).
//
//   node scripts/serve.mjs            serve dist/ on $PORT (default 8000)
//   node scripts/serve.mjs --watch    also rebuild on change in src/, data/ or the
//                                     pages, and reload open pages when done
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, statSync, watch } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const { values: options } = parseArgs({
  options: {
    watch: { type: 'boolean', default: false },
    dir: { type: 'string', default: join(root, 'dist') },
    csp: { type: 'boolean', default: false },
  },
});
const siteDir = resolve(options.dir);
const port = Number(process.env.PORT ?? 8000);

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

const reloadClients = new Set();
const RELOAD_PATH = '/__dev/reload';
const RELOAD_SCRIPT = `new EventSource('${RELOAD_PATH}').addEventListener('reload', () => location.reload());`;

function send(response, status, body, type = 'text/plain; charset=utf-8') {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (options.watch && url.pathname === RELOAD_PATH) {
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
    response.write(': connected\n\n');
    reloadClients.add(response);
    request.on('close', () => reloadClients.delete(response));
    return;
  }
  if (options.watch && url.pathname === `${RELOAD_PATH}.js`) {
    send(response, 200, RELOAD_SCRIPT, TYPES['.js']);
    return;
  }
  let path = normalize(join(siteDir, decodeURIComponent(url.pathname)));
  if (path !== siteDir && !path.startsWith(siteDir + sep)) {
    send(response, 403, 'Forbidden');
    return;
  }
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
  if (!existsSync(path)) {
    send(response, 404, `Not found: ${url.pathname}`);
    return;
  }
  const type = TYPES[extname(path)] ?? 'application/octet-stream';
  const headers = { 'content-type': type, 'cache-control': 'no-cache' };
  if (options.csp) headers['content-security-policy'] = STRICT_CSP;
  if (options.watch && type.startsWith('text/html')) {
    // Live reload: an external script (not inline) so it also works under a strict CSP.
    import('node:fs/promises').then(async ({ readFile }) => {
      const html = await readFile(path, 'utf8');
      const tag = `<script type="module" src="${RELOAD_PATH}.js"></script>`;
      response.writeHead(200, headers);
      response.end(
        html.includes('</body>') ? html.replace('</body>', `${tag}</body>`) : html + tag,
      );
    });
    return;
  }
  response.writeHead(200, headers);
  createReadStream(path).pipe(response);
});

function runBuild() {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(root, 'build.mjs')], {
      stdio: 'inherit',
      cwd: root,
    });
    child.on('exit', (code) => done(code === 0));
  });
}

if (options.watch) {
  let timer;
  let building = false;
  let again = false;
  const rebuild = async () => {
    if (building) {
      again = true;
      return;
    }
    building = true;
    const ok = await runBuild();
    building = false;
    if (ok) for (const client of reloadClients) client.write('event: reload\ndata: now\n\n');
    if (again) {
      again = false;
      void rebuild();
    }
  };
  const schedule = (_event, file) => {
    // The build rewrites data/story.schema.json when the schema changes; ignore that echo.
    if (file && String(file).endsWith('story.schema.json')) return;
    clearTimeout(timer);
    timer = setTimeout(rebuild, 120);
  };
  for (const dir of ['src', 'data', 'examples']) {
    if (existsSync(join(root, dir))) watch(join(root, dir), { recursive: true }, schedule);
  }
  for (const page of ['index.html', 'embed.html']) {
    if (existsSync(join(root, page))) watch(join(root, page), schedule);
  }
  if (!(await runBuild()) && !existsSync(siteDir)) {
    console.error(
      'The first build failed and there is no dist/ to serve yet; fix the errors above, the page will reload.',
    );
  }
}

if (!existsSync(siteDir)) {
  console.error(`Nothing to serve: ${siteDir} does not exist. Run \`npm run build\` first.`);
  process.exit(1);
}

server.on('error', (error) => {
  if (error.code === 'EADDRINUSE') {
    console.error(
      `Port ${port} is in use. Stop the other server or choose another port: PORT=8080 npm start`,
    );
  } else console.error(error);
  process.exit(1);
});
server.listen(port, () => {
  console.log(
    `Serving ${siteDir} at http://localhost:${port}/${options.watch ? ' (rebuilding on change, live reload)' : ''}`,
  );
});
