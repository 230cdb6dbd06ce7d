// Test-only HTTP endpoints for the browser tests of story loading: a server that
// never answers, a body without a length that runs past the size cap, a file that
// is not JSON, and one that fails once and then works (for "retry").
import { readFileSync } from 'node:fs';

const flakyHits = new Map();

/** A koa-style middleware for web-test-runner's dev server. */
export async function testEndpoints(context, next) {
  const path = context.path;
  if (!path.startsWith('/__test/')) return next();
  if (path === '/__test/never.json') {
    // Answer nothing: the widget's deadline has to end the wait.
    await new Promise((resolve) => context.req.on('close', resolve));
    return undefined;
  }
  if (path === '/__test/not-json.json') {
    context.type = 'application/json';
    context.body = '<!doctype html><title>Oops</title><p>Not the story you wanted';
    return undefined;
  }
  if (path === '/__test/chunked.json') {
    // No content-length: only counting the bytes as they arrive can stop it.
    context.type = 'application/json';
    const { Readable } = await import('node:stream');
    const chunk = `${' '.repeat(16 * 1024)}`;
    let sent = 0;
    context.body = Readable.from(
      (function* body() {
        yield '{"padding": "';
        while (sent < 256) {
          sent += 1;
          yield chunk;
        }
        yield '"}';
      })(),
    );
    return undefined;
  }
  if (path.startsWith('/__test/flaky/')) {
    // First request for a key fails with 503, later ones serve the real story.
    const key = path.slice('/__test/flaky/'.length);
    const hits = (flakyHits.get(key) ?? 0) + 1;
    flakyHits.set(key, hits);
    if (hits === 1) {
      context.status = 503;
      context.body = 'Service unavailable';
      return undefined;
    }
    context.type = 'application/json';
    // The compiled story (npm run build first): the authored one needs data/entities/.
    context.body = readFileSync('dist/stories/azerbaijan-kazakhstan.json', 'utf8');
    return undefined;
  }
  context.status = 404;
  context.body = 'Not found';
  return undefined;
}
