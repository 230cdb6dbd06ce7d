import './history-explorer/define.js';
