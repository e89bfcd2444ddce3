/** The content layer on its own: types, parsing, editorial checks, safe links, dates and feed loading. */
export type * from './types.js';
export { parseContentPack, parseItems, parseItem, formatProblem } from './parse.js';
export { plainProblem, editorialWarnings, checkContentPack, checkContentPackText } from './checks.js';
export { safeUrl } from './urls.js';
export { isIsoDate, todayInLondon, daysBetween, formatDate, formatMonth } from './dates.js';
export { loadFeed, DEFAULT_TIMEOUT_MS, type FeedResult, type FeedFailure } from './feed.js';
export { contentSchema } from './schema.js';
