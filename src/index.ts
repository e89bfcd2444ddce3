/**
 * The script-tag bundle: registers every element and exposes a small API
 * (`NhsBriefingWidgets` on `window` for the classic script).
 */
export { VERSION } from './shared/version.js';
export { setStrings, resetStrings, defaultStrings, type Strings } from './shared/strings.js';
// Every family's words next, beside the shared ones, as one object would have them (gzip finds what they share).
import './prompts/strings.js';
import './initiatives/strings.js';
export { parseContentPack, formatProblem } from './content/parse.js';
export { loadFeed } from './content/feed.js';
export type * from './content/types.js';

// Elements (each registers itself once, however often the script is loaded), each
// stylesheet beside the element that first uses it. Their order is the one, of
// those measured, that gzip packs smallest (175 bytes less than the prompts first
// with every stylesheet ahead of them); measure again when they change.
import './initiatives/initiative-card.js';
import './initiatives/initiative-list.js';
export { NhsFilterChangeEvent, type FilterChangeDetail } from './initiatives/events.js';
import './case-studies/case-study.js';
import './case-studies/case-study-carousel.js';
export { NhsSlideChangeEvent, type SlideChangeDetail } from './case-studies/events.js';
import './prompts/briefing-prompt.js';
import './prompts/prompt-set.js';
export { NhsNoteChangeEvent, type NoteChangeDetail } from './prompts/events.js';
// <nhs-briefing> is not in the one-file bundles: with it they are about 0.8 KiB over the 22 KiB
// budget. It has its own entry, dist/cdn/briefing.js, which brings every section with it.
