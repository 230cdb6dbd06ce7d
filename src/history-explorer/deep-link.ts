/**
 * `#event=<id>` in the page URL: a shared link opens that event, and each
 * selection is a history entry, so the back button walks the selections.
 * Other parameters in the fragment are kept.
 *
 * @module
 */

/** The event id in the URL fragment, if any. */
export function readEventHash(hash: string = location.hash): string | undefined {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get('event');
  return value === null || value === '' ? undefined : value;
}

/** The fragment with `event` set to `eventId`, other parameters kept. */
export function eventHash(eventId: string, hash: string = location.hash): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  params.set('event', eventId);
  return `#${params.toString()}`;
}

/** Records a selection as a new history entry (no scroll, no reload). */
export function writeEventHash(eventId: string): void {
  const next = eventHash(eventId);
  if (next !== location.hash) history.pushState(history.state, '', next);
}

/** Records "no event selected" as a new history entry: `event` leaves the fragment, the rest stays. */
export function clearEventHash(): void {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  if (!params.has('event')) return;
  params.delete('event');
  const rest = params.toString();
  history.pushState(history.state, '', rest ? `#${rest}` : location.pathname + location.search);
}
