// The timeline, as an embed makes it: TimelineJS fetches the story's JSON itself.
// Offline: its files from here (script_path), its built-in English, no web font.
/* global TL, location */
new TL.Timeline('timeline-embed', './story.timeline.json', {
  script_path: new URL('./lib/js/', location.href).href,
  font: null,
  language: 'en',
  hash_bookmark: false,
});
