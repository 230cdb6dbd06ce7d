// `npm run analyze`: custom-elements.json, the machine-readable public API of the
// four elements (attributes, properties, events, CSS parts and custom properties),
// read from the TSDoc header of each element class.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/model/**', 'src/types.d.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
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
