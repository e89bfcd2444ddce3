/**
 * The feed loader and the parser, loaded the first time an element needs them
 * (for `src`, `items` or `item`): a page whose content is all written in the
 * page, as HTML, never downloads them. Through the per-element entries
 * (`dist/cdn/`) they are a chunk of their own; the one-file bundles carry them
 * inside, and use `content-now.ts` in place of this module.
 * An element's `updateComplete` waits for them (see `NhsElement`), so a script
 * or a test that awaits it sees the finished render.
 */
import { warn } from '../shared/log.js';

/** The feed loader and the parser. */
export type Content = typeof import('./content-layer.js');

let loaded: Content | undefined;
let loading: Promise<Content> | undefined;
/** The load failed (the author has been told); it is not tried again. */
let failed = false;

/** The feed loader and the parser, if they have loaded. */
export const loadedContent = (): Content | undefined => loaded;

/** Loads the feed loader and the parser, once. */
export function loadContent(): Promise<Content> {
  return (loading ??= import('./content-layer.js').then(
    (content) => (loaded = content),
    (error: unknown) => {
      failed = true;
      warn(`the feed loader and parser could not be loaded (${error}): no feed or items can be shown`);
      throw error;
    },
  ));
}

/**
 * The feed loader and the parser if they have loaded; `'loading'` while they
 * load (`host` updates once they have, or have failed); `undefined` if they
 * could not be loaded.
 */
export function useContent(host: { requestUpdate(): void }): Content | 'loading' | undefined {
  if (loaded || failed) return loaded;
  loadContent().then(
    () => host.requestUpdate(),
    () => host.requestUpdate(),
  );
  return 'loading';
}

/** While the feed loader and the parser load: a promise that settles once they have loaded or failed. */
export const contentLoading = (): Promise<unknown> | undefined =>
  loaded || failed ? undefined : loading?.catch(() => {});
