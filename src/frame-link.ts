/**
 * How embed.html (the explorer in an iframe) and the page around it agree on
 * links: which event and language a frame opens, and the messages of the
 * handshake that lets "Copy link" point at the parent page rather than at the
 * frame. The parent's side is the snippet in docs/embedding.md.
 *
 * @module
 */

/** Frame → parent: the explorer's natural height, `{ type, height }` in CSS pixels. */
export const HEIGHT_MESSAGE = 'history-explorer:height';
/** Frame → parent: "which page am I on?", sent once when the frame starts. */
export const HELLO_MESSAGE = 'history-explorer:hello';
/** Parent → frame: `{ type, url }`, the parent page's address (fragment included). */
export const PAGE_MESSAGE = 'history-explorer:page';

/** What a link asks a frame to open. */
export interface LinkTarget {
  readonly eventId?: string;
  readonly lang?: string;
}

/**
 * The event and language a frame opens: the fragment's `event` / `lang`
 * (what "Copy link" writes) before the query's (what embed snippets write).
 */
export function linkTarget(search: string, hash: string): LinkTarget {
  const query = new URLSearchParams(search);
  const fragment = new URLSearchParams(hash.replace(/^#/, ''));
  // An empty value (`#event=`) counts as absent.
  const pick = (name: string) =>
    [fragment.get(name), query.get(name)].find((value) => value !== null && value !== '') ??
    undefined;
  const eventId = pick('event');
  const lang = pick('lang');
  return { ...(eventId ? { eventId } : {}), ...(lang ? { lang } : {}) };
}

/**
 * The parent page's address from a message, when the message is the
 * handshake's answer and the address an http(s) URL; otherwise undefined
 * (anything else a page posts is ignored).
 */
export function parentPageUrl(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { type, url } = data as { type?: unknown; url?: unknown };
  if (type !== PAGE_MESSAGE || typeof url !== 'string') return undefined;
  // Not shared/safe-url.js: a module the explorer's chunk also imports would make
  // esbuild split both entry points into shared chunks (see embed-frame.ts).
  try {
    const page = new URL(url);
    return page.protocol === 'http:' || page.protocol === 'https:' ? page.href : undefined;
  } catch {
    return undefined;
  }
}
