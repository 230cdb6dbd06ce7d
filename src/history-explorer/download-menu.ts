/**
 * The explorer's download menu: the story as TimelineJS JSON and CSV, GEXF,
 * GraphML and Web Annotations (src/interop/story-exports.ts), and the graph
 * as shown as PNG and SVG. A disclosure (`<details>`): the keyboard opens it
 * with Enter or Space, Tab walks its items, Escape closes it and returns to
 * its button. Files are made in the page and saved through Blob URLs, which a
 * strict Content Security Policy allows (nothing is fetched or run).
 *
 * @module
 */
import { css, html, type TemplateResult } from 'lit';
import { exportFileName, STORY_EXPORTS, type StoryExport } from '../interop/story-exports.js';
import { graphSvg } from '../interop/graph-svg.js';
import type { Story, TextLanguage } from '../model/story-schema.js';
import { readPalette } from '../event-graph/read-palette.js';
import type { EventGraph } from '../event-graph/event-graph.js';
import { textIn, type UiLanguage } from '../shared/i18n.js';

/** The menu's words, by interface language (kept here: they are the menu's alone). */
const LABELS: Readonly<
  Record<UiLanguage, { download: string; png: string; svg: string; notDrawn: string }>
> = {
  en: {
    download: 'Download',
    png: 'Graph as shown (PNG)',
    svg: 'Graph as shown (SVG)',
    notDrawn: 'The graph is not drawn yet',
  },
  zh: {
    download: '下载',
    png: '当前关系图（PNG）',
    svg: '当前关系图（SVG）',
    notDrawn: '关系图尚未绘制',
  },
  ru: {
    download: 'Скачать',
    png: 'Граф, как он показан (PNG)',
    svg: 'Граф, как он показан (SVG)',
    notDrawn: 'Граф ещё не нарисован',
  },
};

/** How long a Blob URL lives after its download started (the browser copies it by then). */
const BLOB_URL_LIFETIME_MS = 60_000;

/**
 * Saves `blob` as `fileName`: a Blob URL opened by a link with `download`,
 * placed in `host` (a link must be in a document to be followed everywhere).
 */
export function saveBlob(host: Element, blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  host.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, BLOB_URL_LIFETIME_MS);
}

/** What the menu needs from the explorer. */
export interface DownloadMenuView {
  readonly story: Story;
  readonly lang: UiLanguage;
  /** The graph element, once rendered. */
  readonly graph: () => EventGraph | undefined;
  /** Where download links are placed for their click (the explorer's shadow root). */
  readonly host: () => Element | undefined;
  /** Tells a screen reader something (the explorer's live region). */
  readonly announce: (message: string) => void;
}

function closeOnEscape(event: KeyboardEvent): void {
  if (event.key !== 'Escape') return;
  const menu = event.currentTarget as HTMLDetailsElement;
  if (!menu.open) return;
  event.stopPropagation();
  menu.open = false;
  menu.querySelector('summary')?.focus();
}

function closeMenu(event: Event): void {
  const menu = (event.target as Element).closest('details');
  if (menu) menu.open = false;
}

/** The menu (`part="downloads"`). */
export function renderDownloadMenu(view: DownloadMenuView): TemplateResult {
  const labels = LABELS[view.lang];
  const language: TextLanguage = view.lang;
  const save = (blob: Blob, fileName: string) => {
    const host = view.host();
    if (host) saveBlob(host, blob, fileName);
  };
  const saveExport = (format: StoryExport) => {
    save(
      new Blob([format.write(view.story, language)], { type: format.mediaType }),
      exportFileName(view.story, format),
    );
  };
  const saveGraph = (kind: 'png' | 'svg') => {
    const graph = view.graph();
    if (!graph?.drawn) {
      view.announce(labels.notDrawn);
      return;
    }
    if (kind === 'png') {
      const png = graph.pngBlob();
      if (png) save(png, `${view.story.id}.graph.png`);
      return;
    }
    const palette = readPalette(graph);
    const svg = graphSvg(
      graph.drawnNodes(),
      graph.drawnEdges(),
      {
        background: palette.background,
        text: palette.text,
        edge: palette.muted,
        node: (kind) => palette.kinds[kind as keyof typeof palette.kinds],
      },
      textIn(view.story.title, view.lang),
    );
    save(new Blob([svg], { type: 'image/svg+xml' }), `${view.story.id}.graph.svg`);
  };
  const items: { label: string; save: () => void }[] = [
    ...STORY_EXPORTS.map((format) => ({
      label: format.name,
      save: () => {
        saveExport(format);
      },
    })),
    {
      label: labels.png,
      save: () => {
        saveGraph('png');
      },
    },
    {
      label: labels.svg,
      save: () => {
        saveGraph('svg');
      },
    },
  ];
  return html`<details class="downloads" part="downloads" @keydown=${closeOnEscape}>
    <summary class="button">${labels.download}</summary>
    <ul class="download-list" @click=${closeMenu}>
      ${items.map(
        (item) =>
          html`<li>
            <button type="button" class="button" @click=${item.save}>${item.label}</button>
          </li>`,
      )}
    </ul>
  </details>`;
}

/** The menu's styles: a button that opens a list below it, over what follows. */
export const downloadMenuStyles = css`
  .downloads {
    position: relative;
    margin-top: 8px;
    font-size: var(--he-font-size-small);
  }
  .downloads > summary {
    display: inline-block;
    list-style: none;
    cursor: pointer;
  }
  .downloads > summary::-webkit-details-marker {
    display: none;
  }
  .downloads > summary::after {
    content: ' ▾';
  }
  .download-list {
    position: absolute;
    z-index: 2;
    margin: 4px 0 0;
    padding: 4px;
    list-style: none;
    display: grid;
    gap: 4px;
    min-width: 14rem;
    background: var(--he-color-background);
    border: 1px solid var(--he-color-border);
    border-radius: var(--he-radius);
    box-shadow: 0 4px 12px rgb(0 0 0 / 15%);
  }
  .download-list .button {
    width: 100%;
    text-align: start;
  }
`;
