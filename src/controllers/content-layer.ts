/**
 * What elements load of the content layer the first time they need it (see
 * `content.ts`): the feed loader and the parser.
 */
export { loadFeed } from '../content/feed.js';
export { parseItems, parseItem, formatProblem } from '../content/parse.js';
