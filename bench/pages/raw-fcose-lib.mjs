// The raw baseline's run-time layout chunk: the fcose extension of cytoscape.
export { default } from 'cytoscape-fcose';
