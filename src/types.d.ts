// Module shapes that esbuild provides and TypeScript cannot see.

/** CSS files are imported as text (esbuild's `text` loader) and adopted into shadow roots. */
declare module '*.css' {
  const text: string;
  export default text;
}

/** cytoscape-fcose ships no types; it is a cytoscape extension (a registration function). */
declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';
  const fcose: Ext;
  export default fcose;
}
