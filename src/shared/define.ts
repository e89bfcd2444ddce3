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
 * script twice, or a second version of it, never throws. Each element calls it
 * after its class (`define('nhs-x', NhsX)`) rather than through a
 * `@customElement` decorator, whose helper every bundle would carry. A script
 * run while the page is still being parsed (a classic script in `<head>`
 * without `defer`) registers once it is parsed, as a deferred script would: an
 * element upgraded half-parsed would render again as each child arrived, and
 * the page would shift each time.
 */
export function define(tag: string, cls: CustomElementConstructor): void {
  const register = () => customElements.get(tag) || customElements.define(tag, cls);
  if (document.readyState == 'loading') addEventListener('DOMContentLoaded', register);
  else register();
}
