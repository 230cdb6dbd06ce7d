/**
 * Links from story data open only when they are http(s): a `javascript:` or
 * `data:` URL in a story must never become a clickable link.
 *
 * @module
 */

/** The URL, normalised, when it is an absolute http: or https: URL; otherwise undefined. */
export function safeHttpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
