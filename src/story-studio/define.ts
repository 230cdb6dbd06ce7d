/**
 * Registers `<story-studio>` (once, even if this module loads twice).
 *
 * @module
 */
import { StoryStudio } from './story-studio.js';

if (!customElements.get('story-studio')) customElements.define('story-studio', StoryStudio);

declare global {
  interface HTMLElementTagNameMap {
    'story-studio': StoryStudio;
  }
}

export { StoryStudio };
