// The raw vis-timeline baseline's library chunk, imported the way our build
// imports it (src/event-timeline/vis-loader.ts): the ESM builds of vis-timeline
// and vis-data, moment, and vis-timeline's stylesheet as text.
import moment from 'moment';
import { DataSet } from 'vis-data/esnext/esm/vis-data.js';
import { Timeline } from 'vis-timeline/esnext';
import css from 'vis-timeline/styles/vis-timeline-graph2d.min.css';

export { css, DataSet, moment, Timeline };
