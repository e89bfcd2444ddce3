import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { litStaticProperties } from './scripts/build/vite-lit-static-properties.js';
import { collapseHtmlTemplates } from './scripts/build/vite-collapse-html.js';
import { litTrim } from './scripts/build/vite-lit-trim.js';

/**
 * Minifies the CSS inside Lit's css`…` templates: comments go, runs of white
 * space become one space, and spaces around { } ; , > and after : go, as do
 * those before `!important`, after `@media`/`@container`, inside ( ) and
 * around `/` and a multiplying `*` (never a selector's); `0.5` becomes
 * `.5` and `[role='tab']` becomes `[role=tab]`. The private spacing
 * constants (`--_space-1` … in the base stylesheet) are written in where they
 * are used, as nothing can override them. Every intranet visitor pays for each
 * byte of the script-tag bundle.
 */
export function minifyCssTemplates(): Plugin {
  const base = readFileSync(new URL('./src/shared/styles.ts', import.meta.url), 'utf8');
  const spaces = new Map(
    [...base.matchAll(/(--_space-\d+):\s*([^;]+);/g)].map(([, name, value]) => [name, value.trim()]),
  );
  const minify = (css: string) =>
    css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(--_space-\d+):[^;]+;/g, '')
      .replace(/var\((--_space-\d+)\)/g, (use, name: string) => spaces.get(name) ?? use)
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      .replace(/ !important/g, '!important')
      .replace(/@(media|container) \(/g, '@$1(')
      .replace(/\( | (?=\))/g, (space) => space.trim())
      .replace(/ \/ /g, '/')
      .replace(/([\d%)]) \* /g, '$1*')
      .replace(/([\s:(,])0\.(\d)/g, '$1.$2')
      .replace(/\[([\w-]+)='([\w-]+)'\]/g, '[$1=$2]')
      .trim();
  return {
    name: 'minify-css-templates',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return {
        code: code.replace(/\bcss`((?:[^`\\]|\\.)*)`/g, (_, body: string) => `css\`${minify(body)}\``),
        map: null,
      };
    },
  };
}

/**
 * Starts each bundle with V8's explicit compile hint
 * (`//# allFunctionsCalledOnLoad`, Chrome 136+, ignored elsewhere): the whole
 * script is compiled when it loads, on the streaming compiler's background
 * thread, and so all of it goes into Chrome's code cache (the classic script's;
 * Chromium 156 compiles a module script again on every load, but still off the
 * main thread). Without the hint the cache holds only what ran at the top
 * level, and every return visit compiles the render functions again, lazily,
 * on the main thread: 25–45 ms of the throttled carousel page in
 * `npm run bench:carousel`, against 1–6 ms with it. Added after minifying,
 * which drops comments.
 */
export function compileHint(): Plugin {
  return {
    name: 'compile-hint',
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle))
        if (chunk.type === 'chunk') chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
    },
  };
}

/**
 * `vite build --mode es` and `--mode iife` make the two script-tag bundles
 * (Lit inlined, minified); `scripts/build/build.mjs` runs both. Any other mode is a
 * plain config, which Storybook's builder extends.
 */
export default defineConfig(({ mode }) => {
  if (mode !== 'es' && mode !== 'iife') return {};
  return {
    plugins: [litStaticProperties(), minifyCssTemplates(), collapseHtmlTemplates(), litTrim(), compileHint()],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      reportCompressedSize: false,
      copyPublicDir: false,
      // Vite keeps ES library output readable; the script-tag bundle is for
      // browsers, so minify it fully (whitespace too).
      rolldownOptions: { output: { minify: true, comments: false } },
      lib: {
        entry: 'src/index.ts',
        name: 'NhsBriefingWidgets',
        formats: [mode],
        fileName: () => (mode === 'es' ? 'nhs-briefing-widgets.js' : 'nhs-briefing-widgets.iife.js'),
      },
    },
  };
});
