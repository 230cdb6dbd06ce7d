/**
 * The source text as the studio shows it: every date mention highlighted and
 * marked covered (by which event), excluded (why) or open, with the count of
 * open ones; a selection of the text, or a mention's sentence, becomes a new
 * event. Each piece of text carries its offset in the source
 * (`data-start`), so a selection is turned back into offsets exactly
 * ({@link offsetAt}); the quote is never retyped.
 *
 * @module
 */
import { html, type TemplateResult } from 'lit';
import type { MentionStatus } from '../model/mention-status.js';
import { countMentionStatuses } from '../model/mention-status.js';
import type { SourceSpan } from '../model/event-proposal.js';
import type { StudioContext } from './studio-fields.js';
import { labelIn } from './studio-fields.js';

/** What the source view does when the editor acts. */
export interface SourceViewActions {
  /** A mention was chosen: take its sentence. */
  readonly takeMention: (status: MentionStatus) => void;
  /** "New event" from the span chosen. */
  readonly newEvent: () => void;
}

/** What a mention's highlight says about it, in words. */
export function mentionStatusText(context: StudioContext, status: MentionStatus): string {
  const { strings, lang } = context;
  if (status.status === 'covered') return strings.coveredBy(status.eventId);
  if (status.status === 'excluded') {
    return strings.excludedBecause(labelIn(status.reason, lang, strings.noReasonYet));
  }
  return strings.openMention;
}

function mentionMark(
  context: StudioContext,
  status: MentionStatus,
  actions: SourceViewActions,
): TemplateResult {
  const { mention } = status;
  const label = `${mention.text}: ${mentionStatusText(context, status)}`;
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    actions.takeMention(status);
  };
  return html`<mark
    class="mention ${status.status}"
    data-start=${mention.start}
    role="button"
    tabindex="0"
    title=${label}
    aria-label=${label}
    @click=${() => {
      actions.takeMention(status);
    }}
    @keydown=${onKey}
    >${mention.text}</mark
  >`;
}

/** The source text with its mentions, each piece knowing its offset. */
function sourcePieces(
  context: StudioContext,
  statuses: readonly MentionStatus[],
  actions: SourceViewActions,
): TemplateResult[] {
  const text = context.document.sourceText;
  const pieces: TemplateResult[] = [];
  let at = 0;
  for (const status of statuses) {
    const { start, end } = status.mention;
    if (start < at) continue; // overlapping mentions: the first one is shown
    if (start > at) pieces.push(html`<span data-start=${at}>${text.slice(at, start)}</span>`);
    pieces.push(mentionMark(context, status, actions));
    at = end;
  }
  if (at < text.length) pieces.push(html`<span data-start=${at}>${text.slice(at)}</span>`);
  return pieces;
}

/** The source panel: counts, the text, and the "New event" button. */
export function sourceView(
  context: StudioContext,
  statuses: readonly MentionStatus[],
  span: SourceSpan | undefined,
  actions: SourceViewActions,
): TemplateResult {
  const { strings, document } = context;
  const counts = countMentionStatuses(statuses);
  // No white space around the pieces: the box shows the source exactly (pre-wrap).
  const pieces = sourcePieces(context, statuses, actions);
  const language = document.story.source.language;
  return html`<section class="source-panel" aria-labelledby="source-heading">
    <h2 id="source-heading">${strings.sourceHeading}</h2>
    <p class="counts" aria-live="polite">
      <span class="count open">${strings.openCount(counts.open)}</span>
      <span class="count covered">${strings.coveredCount(counts.covered)}</span>
      <span class="count excluded">${strings.excludedCount(counts.excluded)}</span>
    </p>
    <p class="hint">${strings.sourceHint}</p>
    <div class="source-actions">
      <button class="new-event primary" ?disabled=${span === undefined} @click=${actions.newEvent}>
        ${strings.newEvent}
      </button>
      <span class="selection-size" aria-live="polite"
        >${span ? strings.selectedCharacters(span.end - span.start) : strings.nothingSelected}</span
      >
    </div>
    <div class="source-text" lang=${language}>${pieces}</div>
  </section>`;
}

/** The offset a piece of the source text starts at, if `node` is one. */
const pieceStart = (node: Node | null | undefined): number | undefined => {
  const value = node instanceof Element ? node.getAttribute('data-start') : null;
  return value === null ? undefined : Number(value);
};

/**
 * The source offset of a point of a selection inside the source text
 * (`container`, `offset` as a `Range` gives them), or undefined when the point
 * is outside it. Counted from the piece the point is in, by the text before
 * it (Lit's comment markers count for nothing).
 */
export function offsetAt(
  sourceText: Element,
  container: Node,
  offset: number,
  sourceLength: number,
): number | undefined {
  if (!sourceText.contains(container)) return undefined;
  const piece =
    container === sourceText
      ? undefined
      : (container instanceof Element ? container : container.parentElement)?.closest(
          '[data-start]',
        );
  if (piece) {
    const before = new Range();
    before.setStart(piece, 0);
    before.setEnd(container, offset);
    return (pieceStart(piece) ?? 0) + before.toString().length;
  }
  // Between pieces: the point is before child number `offset` of the text's box.
  for (const child of [...sourceText.childNodes].slice(offset)) {
    const start = pieceStart(child);
    if (start !== undefined) return start;
  }
  return sourceLength;
}

/** The DOM position of source offset `offset` inside the source text, for selecting a span. */
export function pointAt(sourceText: Element, offset: number): { node: Node; offset: number } {
  for (const piece of sourceText.querySelectorAll('[data-start]')) {
    const start = pieceStart(piece) ?? 0;
    const text = [...piece.childNodes].find((child) => child.nodeType === Node.TEXT_NODE);
    const length = text?.textContent?.length ?? 0;
    if (text && offset >= start && offset <= start + length) {
      return { node: text, offset: offset - start };
    }
  }
  return { node: sourceText, offset: sourceText.childNodes.length };
}
