// `npm run analyze`: custom-elements.json, the machine-readable public API of the
// four elements (attributes, properties, events, CSS parts and custom properties),
// read from the TSDoc header of each element class.
export default {
  // The elements, their registrations and the base class they inherit attributes from.
  globs: [
    'src/event-timeline/event-timeline.ts',
    'src/event-timeline/define.ts',
    'src/event-graph/event-graph.ts',
    'src/event-graph/define.ts',
    'src/source-quote/source-quote.ts',
    'src/source-quote/define.ts',
    'src/history-explorer/history-explorer.ts',
    'src/history-explorer/define.ts',
    'src/shared/story-element.ts',
  ],
  outdir: '.',
  litelement: true,
  dependencies: false,
  // package.json names the manifest itself; the analyzer must not rewrite it
  // (the staleness test writes a manifest to a scratch folder).
  packagejson: false,
  plugins: [
    {
      // Files are analysed in whatever order the file system lists them; sort
      // them so the committed manifest only changes when the API does.
      name: 'sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
