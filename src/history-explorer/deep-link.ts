/**
 * `#event=<id>&lang=<code>` in the page URL: a shared link opens that event in
 * that language, and each selection is a history entry, so the back button
 * walks the selections. A language switch replaces the current entry's `lang`
 * (it is not a step to walk back through). Other parameters in the fragment
 * are kept.
 *
 * @module
 */

function fragmentParams(hash: string): URLSearchParams {
  return new URLSearchParams(hash.replace(/^#/, ''));
}

function readParam(hash: string, name: string): string | undefined {
  const value = fragmentParams(hash).get(name);
  return value === null || value === '' ? undefined : value;
}

/** The event id in the URL fragment, if any. */
export function readEventHash(hash: string = location.hash): string | undefined {
  return readParam(hash, 'event');
}

/** The language code in the URL fragment, if any (not checked: see `toUiLanguage`). */
export function readLangHash(hash: string = location.hash): string | undefined {
  return readParam(hash, 'lang');
}

/**
 * The fragment with `event` set to `eventId` (and `lang` to `lang`, when
 * given), other parameters kept.
 */
export function eventHash(eventId: string, hash: string = location.hash, lang?: string): string {
  const rest = fragmentParams(hash);
  const language = lang ?? rest.get('lang');
  rest.delete('event');
  rest.delete('lang');
  // `event` first, then `lang`: the link reads as what it opens.
  const params = new URLSearchParams({ event: eventId });
  if (language) params.set('lang', language);
  for (const [name, value] of rest) params.append(name, value);
  return `#${params.toString()}`;
}

/** Records a selection as a new history entry (no scroll, no reload). */
export function writeEventHash(eventId: string): void {
  const next = eventHash(eventId);
  if (next !== location.hash) history.pushState(history.state, '', next);
}

/** Records "no event selected" as a new history entry: `event` leaves the fragment, the rest stays. */
export function clearEventHash(): void {
  const params = fragmentParams(location.hash);
  if (!params.has('event')) return;
  params.delete('event');
  const rest = params.toString();
  history.pushState(history.state, '', rest ? `#${rest}` : location.pathname + location.search);
}

/** Puts the reader's language in the current history entry's fragment. */
export function writeLangHash(lang: string): void {
  const params = fragmentParams(location.hash);
  if (params.get('lang') === lang) return;
  params.set('lang', lang);
  history.replaceState(history.state, '', `#${params.toString()}`);
}
