/**
 * The script-tag bundle: registers every element and exposes a small API
 * (`NhsBriefingWidgets` on `window` for the classic script).
 */
export { VERSION } from './shared/version.js';
export { setStrings, resetStrings, defaultStrings, type Strings } from './shared/strings.js';
export { parseContentPack, formatProblem } from './content/parse.js';
export { loadFeed } from './content/feed.js';
export type * from './content/types.js';

// Elements (each registers itself once, however often the script is loaded).
