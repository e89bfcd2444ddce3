import { warn } from './log.js';
import { VERSION } from './version.js';

interface Registry {
  version: string;
}

const KEY = Symbol.for('nhs-briefing-widgets');
const global = globalThis as unknown as Record<symbol, Registry | undefined>;
const first = global[KEY];
if (!first) {
  global[KEY] = { version: VERSION };
} else if (first.version !== VERSION) {
  warn(
    `two versions are loaded on this page (${first.version} first, then ${VERSION}); ` +
      `the elements of ${first.version} are used. Load one copy of the script.`,
  );
}

/**
 * Registers a custom element unless the tag is already taken, so loading the
 * script twice, or a second version of it, never throws.
 */
export function customElement(tag: string) {
  return (cls: CustomElementConstructor): void => {
    if (!customElements.get(tag)) customElements.define(tag, cls);
  };
}
