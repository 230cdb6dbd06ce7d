/**
 * The script of studio.html: the story studio, for editors (not loaded by
 * readers' pages; the explorer it previews with comes along in its bundle).
 *
 * @module
 */
import './story-studio/define.js';
