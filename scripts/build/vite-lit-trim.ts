import type { Plugin } from 'vite';

/**
 * For the script-tag bundle: leaves out the parts of Lit that only browsers
 * too old for this library would use, and one that our elements do not use.
 * The bundle is ES2022 (class static blocks: Chrome and Edge 94+, Firefox
 * 93+, Safari 16.4+), and all of those but Firefox 93–100, out of support
 * since 2022, have native custom elements, shadow DOM and constructable
 * stylesheets; our elements render in the browser. So (the README's
 * "Browsers" paragraph says what each version gets):
 *
 * - the hooks Lit keeps for the old web-components polyfills
 *   (`litHtmlPolyfillSupport`, …) and for hydrating server-rendered HTML
 *   (`litElementHydrateSupport`) become `undefined`;
 * - the version lists Lit pushes onto `globalThis` (read only by Lit's
 *   development build, to warn about several copies) are not pushed;
 * - `supportsAdoptingStyleSheets` is `true`, so the `<style>` fallback goes
 *   (in Firefox 93–100 the elements would be unstyled);
 * - the support for standard (TC39) decorators goes: `Symbol.metadata`,
 *   `litPropertyMetadata` and `addInitializer`. Our decorators are
 *   TypeScript's experimental ones, and the build turns them into static
 *   `properties` before Lit sees them (`vite-lit-static-properties.ts`);
 * - the long message `css` throws when a template interpolates a non-CSS value
 *   becomes a short one. Our css`…` templates interpolate nothing; a mistake
 *   would still throw, and in development (unbundled Lit) with the full words;
 * - directives (`lit/directives/…`, `lit/directive.js`): lit-html's
 *   `resolveDirective` hands every value back as it is. Our templates use
 *   none, and the build stops if a module in `src/` imports one (112 B
 *   gzip). Stories may use them: Storybook runs Lit unpatched.
 *
 * Each patch names how many times it must apply in each file: after a Lit
 * upgrade the build stops with a clear message instead of quietly shipping
 * the parts again or patching the wrong thing. The host page's own Lit, if it
 * has one, is a separate copy and is untouched.
 */
interface Patch {
  find: RegExp;
  replace: string;
  times: number;
}

const HOOKS =
  /\b[\w$]+\.(?:litHtmlPolyfillSupport|reactiveElementPolyfillSupport|litElementPolyfillSupport|litElementHydrateSupport)\b/g;
const VERSIONS =
  /\(\s*[\w$]+\.(?:litHtml|reactiveElement|litElement)Versions\s*\?\?=\s*\[\]\s*\)\.push\(\s*"[\d.]+"\s*\)/g;

const PATCHES: Record<string, Patch[]> = {
  'lit-html/lit-html.js': [
    { find: HOOKS, replace: '(void 0)', times: 1 },
    // resolveDirective(part, value, parent = part, attributeIndex) → value.
    {
      find: /function ([\w$]+)\(([\w$]+),([\w$]+),([\w$]+)=\2,([\w$]+)\)\{if\(\3===[\w$]+\)return \3;let [\w$]+=void 0!==\5\?\4\._\$Co\?\.\[\5\]:\4\._\$Cl;.*?\),\3\}/g,
      replace: 'function $1($2,$3){return $3}',
      times: 1,
    },
    { find: VERSIONS, replace: '(void 0)', times: 1 },
  ],
  '@lit/reactive-element/reactive-element.js': [
    { find: HOOKS, replace: '(void 0)', times: 1 },
    { find: VERSIONS, replace: '(void 0)', times: 1 },
    // Standard decorators' metadata and initializers: set up, then read in finalize().
    {
      find: /Symbol\.metadata\?\?=Symbol\("metadata"\),[\w$]+\.litPropertyMetadata\?\?=new WeakMap;/g,
      replace: '',
      times: 1,
    },
    {
      find: /const ([\w$]+)=this\[Symbol\.metadata\];if\(null!==\1\)\{const ([\w$]+)=litPropertyMetadata\.get\(\1\);if\(void 0!==\2\)for\(const\[[\w$]+,[\w$]+\]of \2\)this\.elementProperties\.set\([\w$]+,[\w$]+\)\}/g,
      replace: '',
      times: 1,
    },
    {
      find: /static addInitializer\(([\w$]+)\)\{this\._\$Ei\(\),\(this\.l\?\?=\[\]\)\.push\(\1\)\}/g,
      replace: '',
      times: 1,
    },
    { find: /void 0!==([\w$]+)\.l&&\(this\.l=\[\.\.\.\1\.l\]\),/g, replace: '', times: 1 },
    { find: /,this\.constructor\.l\?\.forEach\(([\w$]+)=>\1\(this\)\)/g, replace: '', times: 1 },
  ],
  'lit-element/lit-element.js': [
    { find: HOOKS, replace: '(void 0)', times: 2 },
    { find: VERSIONS, replace: '(void 0)', times: 1 },
  ],
  '@lit/reactive-element/css-tag.js': [
    {
      find: /[\w$]+\.ShadowRoot&&\(void 0===[\w$]+\.ShadyCSS\|\|[\w$]+\.ShadyCSS\.nativeShadow\)&&"adoptedStyleSheets"in Document\.prototype&&"replace"in CSSStyleSheet\.prototype/g,
      replace: '!0',
      times: 1,
    },
    {
      find: /"Value passed to 'css' function must be a 'css' function result: "\+([\w$]+)\+"\. Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security\."/g,
      replace: '"css: not CSS: "+$1',
      times: 1,
    },
  ],
};

export function litTrim(): Plugin {
  const seen = new Set<string>();
  return {
    name: 'lit-trim',
    transform(code, id) {
      const path = id.replace(/\\/g, '/');
      if (
        !path.includes('/node_modules/') &&
        /\/src\//.test(path) &&
        /from\s*['"]lit(-html)?\/(async-)?directives?\b/.test(code)
      ) {
        this.error(`${path} imports a Lit directive, which the bundle leaves out: see scripts/build/vite-lit-trim.ts`);
      }
      const file = Object.keys(PATCHES).find((name) => path.endsWith(`/node_modules/${name}`));
      if (!file) return null;
      seen.add(file);
      let out = code;
      for (const { find, replace, times } of PATCHES[file]) {
        // Every pattern is global: count its matches, then replace them all ($1 as usual).
        const count = out.match(find)?.length ?? 0;
        out = out.replace(find, replace);
        if (count !== times) {
          this.error(
            `${file}: ${find} should match ${times} time(s) but matched ${count}; ` +
              'check scripts/build/vite-lit-trim.ts against this version of Lit',
          );
        }
      }
      return { code: out, map: null };
    },
    buildEnd(error) {
      const missing = Object.keys(PATCHES).filter((file) => !seen.has(file));
      if (!error && missing.length) this.error(`lit-trim: Lit files not found in the bundle: ${missing.join(', ')}`);
    },
  };
}
