/**
 * The citation under a quote: title (linked), publisher, dateline and credit,
 * then the source's licence (linked) and the attribution it asks for. In a
 * collection each event is cited from its own source.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatPartialDate, tryParsePartialDate } from '../model/partial-date.js';
import type { StorySource } from '../model/story-schema.js';
import { textIn, type UiLanguage } from '../shared/i18n.js';
import { safeHttpUrl } from '../shared/safe-url.js';

/** What the citation needs besides the source. */
export interface CitationView {
  readonly lang: UiLanguage;
  readonly locale: string;
  /** The "Source" label. */
  readonly label: string;
}

/** The licence, linked when its link is an http(s) URL. */
function licenceOf(source: StorySource): TemplateResult | typeof nothing {
  const licence = source.licence;
  if (!licence) return nothing;
  const url = safeHttpUrl(licence.url);
  return html`·
    <span class="licence"
      >${
        url
          ? html`<a href=${url} target="_blank" rel="noopener noreferrer license"
              >${licence.name}</a
            >`
          : licence.name
      }</span
    >`;
}

/** The citation footer (`part="citation"`). */
export function citation(source: StorySource, view: CitationView): TemplateResult {
  const { lang } = view;
  const dateline = tryParsePartialDate(source.dateline);
  const url = safeHttpUrl(source.url);
  const title = textIn(source.title, lang);
  return html`<footer class="citation" part="citation">
    <span class="label">${view.label}:</span>
    <cite
      >${url ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${title}</a>` : title}</cite
    >
    · ${textIn(source.publisher, lang)}
    ${dateline ? html`· <time datetime=${source.dateline}>${formatPartialDate(dateline, view.locale)}</time>` : nothing}
    ${source.credit ? html`· ${textIn(source.credit, lang)}` : nothing} ${licenceOf(source)}
    ${
      source.attribution
        ? html`<p class="attribution" part="attribution">${textIn(source.attribution, lang)}</p>`
        : nothing
    }
  </footer>`;
}
