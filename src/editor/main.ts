/**
 * The content editor page's script (`editor/index.html`, built to
 * `dist/editor/`): the three single-item elements for the preview, and the
 * editor drawn into `#editor`.
 */
import '../prompts/briefing-prompt.js';
import '../initiatives/initiative-card.js';
import '../case-studies/case-study.js';
import { ContentEditor } from './editor.js';

const root = document.getElementById('editor');
if (root) new ContentEditor(root);
