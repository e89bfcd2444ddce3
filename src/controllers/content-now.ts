/**
 * `content.ts` for the one-file bundles, which carry the feed loader and the
 * parser inside: there at once, so an element never waits for them. The
 * script-tag builds of the one-file bundles resolve `content.ts` to this
 * module (`contentNow()` in vite.config.ts); everything else (the per-element
 * entries, npm users, the tests of the elements) loads them when first needed.
 * The same API: test/content-now.test.ts holds the two to it.
 */
import { formatProblem, loadFeed, parseItem, parseItems } from './content-layer.js';
import type { Content } from './content.js';

const content: Content = { formatProblem, loadFeed, parseItem, parseItems };

/** The feed loader and the parser. */
export const loadedContent = (): Content => content;

/** The feed loader and the parser. */
export const loadContent = (): Promise<Content> => Promise.resolve(content);

/** The feed loader and the parser. */
export const useContent = (): Content => content;

/** Nothing to wait for. */
export const contentLoading = (): undefined => undefined;
