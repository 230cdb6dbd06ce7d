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
import { localLabel, type LabelLanguages } from '../shared/local-label.js';
import { safeHttpUrl } from '../shared/safe-url.js';

/** What the citation needs besides the source. */
export interface CitationView {
  /** The interface's language and the one the story's labels are shown in. */
  readonly languages: LabelLanguages;
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
  const lang = view.languages;
  const dateline = tryParsePartialDate(source.dateline);
  const url = safeHttpUrl(source.url);
  const title = localLabel(source.title, lang);
  return html`<footer class="citation" part="citation">
    <span class="label">${view.label}:</span>
    <cite
      >${url ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${title}</a>` : title}</cite
    >
    · ${localLabel(source.publisher, lang)}
    ${dateline ? html`· <time datetime=${source.dateline}>${formatPartialDate(dateline, view.locale)}</time>` : nothing}
    ${source.credit ? html`· ${localLabel(source.credit, lang)}` : nothing} ${licenceOf(source)}
    ${
      source.attribution
        ? html`<p class="attribution" part="attribution">
            ${localLabel(source.attribution, lang)}
          </p>`
        : nothing
    }
  </footer>`;
}
