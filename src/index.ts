/**
 * The script-tag bundle: registers every element and exposes a small API
 * (`NhsBriefingWidgets` on `window` for the classic script).
 */
export { VERSION } from './shared/version.js';
export { setStrings, resetStrings, defaultStrings, type Strings } from './shared/strings.js';
export { parseContentPack, formatProblem } from './content/parse.js';
export { loadFeed } from './content/feed.js';
export type * from './content/types.js';

// Every stylesheet first, side by side: gzip finds the CSS they share when it
// is close together (about 0.2 KB less than with each sheet beside its element).
import './shared/styles.js';
import './briefing-prompt/briefing-prompt.styles.js';
import './briefing-prompt/prompt-set.styles.js';
import './initiative-card/initiative-card.styles.js';
import './initiative-card/initiative-list.styles.js';
import './case-study/case-study.styles.js';
import './case-study/case-study-carousel.styles.js';

// Elements (each registers itself once, however often the script is loaded).
import './briefing-prompt/briefing-prompt.js';
import './briefing-prompt/prompt-set.js';
import './initiative-card/initiative-card.js';
import './initiative-card/initiative-list.js';
export { NhsNoteChangeEvent, type NoteChangeDetail } from './briefing-prompt/events.js';
import './case-study/case-study.js';
import './case-study/case-study-carousel.js';
export { NhsSlideChangeEvent, type SlideChangeDetail } from './case-study/events.js';
