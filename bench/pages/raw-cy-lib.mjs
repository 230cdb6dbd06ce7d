// The raw cytoscape baseline's library chunk.
export { default } from 'cytoscape';
