#!/usr/bin/env node
// Serves dist/ as the static site it is (no server logic at run time), compressed
// as a CDN would send it (scripts/static-server.mjs).
//
//   node scripts/serve.mjs            serve dist/ on $PORT (default 8000)
//   node scripts/serve.mjs --watch    also rebuild on every change in src/, data/,
//                                     examples/ or the pages, and reload open pages
//   node scripts/serve.mjs --csp      send the strict Content-Security-Policy header
import { spawn } from 'node:child_process';
import { existsSync, watch } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startStaticServer } from './static-server.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const { values: options } = parseArgs({
  options: {
    watch: { type: 'boolean', default: false },
    csp: { type: 'boolean', default: false },
    dir: { type: 'string', default: join(root, 'dist') },
  },
});
const siteDir = resolve(options.dir);
const port = Number(process.env.PORT ?? 8000);

function runBuild() {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(root, 'build.mjs')], {
      stdio: 'inherit',
      cwd: root,
    });
    child.on('exit', (code) => done(code === 0));
  });
}

if (options.watch && !(await runBuild()) && !existsSync(siteDir)) {
  console.error(
    'The first build failed and there is no dist/ yet. Fix the errors above; the build reruns on save.',
  );
}
if (!options.watch && !existsSync(siteDir)) {
  console.error(`Nothing to serve: ${siteDir} does not exist. Run \`npm run build\` first.`);
  process.exit(1);
}

let server;
try {
  server = await startStaticServer({
    dir: siteDir,
    port,
    csp: options.csp,
    compress: true,
    liveReload: options.watch,
  });
} catch (error) {
  if (error.code === 'EADDRINUSE') {
    console.error(
      `Port ${port} is in use. Stop the other server or pick another port: PORT=8080 npm start`,
    );
  } else console.error(error);
  process.exit(1);
}
console.log(
  `Serving ${siteDir} at ${server.url}${options.watch ? ' (rebuilding on change, live reload)' : ''}`,
);

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
    if (ok) server.reload();
    if (again) {
      again = false;
      void rebuild();
    }
  };
  const schedule = (_event, file) => {
    // The build rewrites data/story.schema.json when the schema changes; ignore that echo.
    if (file && String(file).endsWith('story.schema.json')) return;
    clearTimeout(timer);
    timer = setTimeout(rebuild, 150);
  };
  for (const dir of ['src', 'data', 'examples']) {
    if (existsSync(join(root, dir))) watch(join(root, dir), { recursive: true }, schedule);
  }
  for (const page of ['embed.html', 'page.css']) {
    if (existsSync(join(root, page))) watch(join(root, page), schedule);
  }
}
