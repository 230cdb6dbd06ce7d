/**
 * The npm package's main entry: registers all four elements and exports
 * their classes and the story format's types. Each element also has an entry
 * of its own (`history-explorer/history-explorer`, …), and the data layer
 * (`history-explorer/model`).
 *
 * @module
 */
export { HistoryExplorer } from './history-explorer/define.js';
export { EventTimeline } from './event-timeline/define.js';
export { EventGraph } from './event-graph/define.js';
export { SourceQuote } from './source-quote/define.js';
export type * from './model/story-schema.js';
