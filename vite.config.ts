import { resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';

/**
 * The per-element script-tag entries (`dist/cdn/<name>.js`), one per element:
 * a page loads the entries of the elements it uses, and their shared chunks
 * (Lit, the shared styles and strings, the content layer) load once however
 * many elements it uses. `strings.js` gives such a page `setStrings`.
 */
export const ENTRIES = {
  'briefing-prompt': 'src/prompts/briefing-prompt.ts',
  'prompt-set': 'src/prompts/prompt-set.ts',
  'initiative-card': 'src/initiatives/initiative-card.ts',
  'initiative-list': 'src/initiatives/initiative-list.ts',
  'case-study': 'src/case-studies/case-study.ts',
  'case-study-carousel': 'src/case-studies/case-study-carousel.ts',
  briefing: 'src/briefing/briefing.ts',
  strings: 'src/shared/strings.ts',
};

/**
 * What every element needs, in one shared chunk of `dist/cdn/`: Lit, the
 * shared styles, strings and registration, the content layer and the feed
 * controller. Each gzipped file costs a page its own header and dictionary, so
 * one chunk here costs less than the several that would follow from which
 * element uses which module.
 */
const CORE = {
  name: 'core',
  test: /\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\/|\/src\/(shared\/(?!(tag|field)-styles\.ts)|content\/(?!(parse|spec|feed|dates)\.ts)|controllers\/(?!content-layer\.ts))|@oxc-project\+runtime/,
};
/** Dates (prompts' notes and initiatives' statuses), which neither the case studies nor the carousel use. */
const DATES = { name: 'dates', test: /\/src\/content\/dates\.ts$/ };
/** The feed loader and the parser, which an element loads the first time it needs them (src/controllers/content.ts). */
const CONTENT = { name: 'content', test: /\/src\/(content\/(parse|spec|feed)|controllers\/content-layer)\.ts$/ };
/**
 * The tags' styles (prompts' levels, initiatives' audiences and statuses) and the form fields' focus style
 * (the notes box, the list's search), which the case studies do not draw: one chunk for the two, as the
 * prompts and the initiatives draw both.
 */
const TAGS = { name: 'tags', test: /\/src\/shared\/(tag|field)-styles\.ts$/ };
/** What both initiative elements draw a card with: one chunk, named for what it holds. */
const INITIATIVE = { name: 'initiative', test: /\/src\/initiatives\/(?!initiative-(card|list)\.ts$)/ };

/**
 * Minifies the HTML and CSS inside Lit's html`…` and css`…` templates with
 * the library lit.dev's production-build guide names (html-minifier-next for
 * HTML, Lightning CSS for CSS). Attribute values lose their quotes where HTML
 * reads them the same (`part="card"` → `part=card`). Only our own sources:
 * Lit's published code is bundled as published.
 */
export function minifyTemplates(): Plugin {
  const plugin = minifyHtmlLiterals({
    include: ['src/**/*.ts'],
    failOnError: true,
    options: { minifyOptions: { removeAttributeQuotes: true } },
  });
  // Typed for Rollup's plugin API; it uses only `transform` and `this.error`,
  // which Rolldown runs as Rollup does (the page tests check its output).
  return plugin as unknown as Plugin;
}

/**
 * The one-file bundles carry the feed loader and the parser inside, so their
 * elements take them from `src/controllers/content-now.ts` at once, where the
 * per-element entries load them from `content.ts` when first needed. (Left as
 * a dynamic import, inlined, the bundler would wrap the whole content layer
 * in lazy initialisers: about 0.45 KiB more gzip in each one-file bundle.)
 */
export function contentNow(): Plugin {
  const lazy = resolve('src/controllers/content.ts');
  const now = resolve('src/controllers/content-now.ts');
  return {
    name: 'content-now',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === lazy ? now : null;
    },
  };
}

/**
 * Starts each file with V8's explicit compile hint
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
 * Names, at the top of each per-element entry, every chunk it needs, as
 * Rollup does by default (`hoistTransitiveImports`, which Rolldown does not
 * implement yet). Without it the browser finds the chunks one import at a
 * time: the entry, then the element's chunk, then Lit's, each a round trip
 * after the one before. With it, all of them are asked for as soon as the
 * entry has been read: one round trip fewer for the carousel on a real
 * network. (On the benchmark's local server it made no measurable difference:
 * there the wait is for the main thread to read the entry, see
 * docs/performance.md.) Empty imports of modules the entry already depends on
 * run nothing new, and they are listed in the order the module graph runs
 * them (each chunk after the chunks it imports, the entry's own imports in
 * their order), so nothing runs in a different order either.
 */
export function hoistChunks(): Plugin {
  return {
    name: 'hoist-chunks',
    generateBundle(_, bundle) {
      const chunks = new Map(
        Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [[file.fileName, file] as const] : [])),
      );
      for (const entry of chunks.values()) {
        if (!entry.isEntry) continue;
        const order: string[] = [];
        const visit = (name: string) => {
          if (order.includes(name)) return;
          for (const imported of chunks.get(name)!.imports) visit(imported);
          order.push(name);
        };
        entry.imports.forEach(visit);
        // All but the last, which is the entry's own last import and runs last as it is.
        const hoisted = order.slice(0, -1);
        const base = entry.fileName.slice(0, entry.fileName.lastIndexOf('/') + 1);
        const relative = (name: string) => `./${name.startsWith(base) ? name.slice(base.length) : name}`;
        entry.code = hoisted.map((name) => `import"${relative(name)}";`).join('') + entry.code;
        entry.imports.push(...hoisted.filter((name) => !entry.imports.includes(name)));
      }
    },
  };
}

/**
 * The module a standalone file is built from: the element's own module, and
 * `setStrings`, so a page with only that file can change its words.
 */
export function standaloneEntry(name: keyof typeof ENTRIES): Plugin {
  const id = '\0standalone-entry';
  return {
    name: 'standalone-entry',
    // Vite makes a library's entry an absolute path before resolving it.
    resolveId: (source) => (source === resolve('standalone-entry') ? id : null),
    load: (loading) =>
      loading === id
        ? `export * from ${JSON.stringify(resolve(ENTRIES[name]))};\n` +
          `export { setStrings } from ${JSON.stringify(resolve('src/shared/strings.ts'))};\n`
        : null,
  };
}

/**
 * The script-tag builds, which `scripts/build/build.mjs` runs in turn (Lit
 * inlined, minified, no comments but the compile hint):
 *
 * - `vite build --mode es` and `--mode iife`: the one-file bundles,
 *   `dist/nhs-briefing-widgets.js` (a module) and `.iife.js` (a classic
 *   script), every element and the API (`src/index.ts`);
 * - `vite build --mode cdn`: the per-element entries in `dist/cdn/`, ES
 *   modules that import their shared chunks from `dist/cdn/chunks/`;
 * - `vite build --mode standalone:<name>` (one build for each name of
 *   `ENTRIES` but `strings`): `dist/standalone/<name>.js`, one module with
 *   everything that element needs (the feed loader and parser too, as in the
 *   one-file bundles), and `setStrings`, for a page with only that element.
 *   An entry's shared chunks cost a page a round trip and a module each, which
 *   made the carousel-only page slower through its entry than through the
 *   whole bundle (docs/performance.md); this one file costs neither.
 *
 * Any other mode is a plain config, which Storybook's builder extends.
 */
export default defineConfig(({ mode }): UserConfig => {
  const standalone = mode.startsWith('standalone:') ? mode.slice('standalone:'.length) : undefined;
  if (standalone !== undefined && (!(standalone in ENTRIES) || standalone === 'strings'))
    throw new Error(`vite.config.ts: no entry ${standalone}`);
  if (mode !== 'es' && mode !== 'iife' && mode !== 'cdn' && !standalone) return {};
  const cdn = mode === 'cdn';
  return {
    plugins: [
      minifyTemplates(),
      ...(cdn ? [hoistChunks()] : [contentNow()]),
      ...(standalone ? [standaloneEntry(standalone as keyof typeof ENTRIES)] : []),
      compileHint(),
    ],
    build: {
      outDir: cdn ? 'dist/cdn' : standalone ? 'dist/standalone' : 'dist',
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      reportCompressedSize: false,
      copyPublicDir: false,
      rolldownOptions: {
        // A css`…` style sheet that no element of an entry uses is left out of it.
        treeshake: { manualPureFunctions: ['css'] },
        // Vite keeps ES library output readable; these files are for browsers,
        // so minify them fully (white space too).
        output: {
          minify: true,
          comments: false,
          ...(cdn
            ? {
                chunkFileNames: 'chunks/[name]-[hash].js',
                codeSplitting: { groups: [CORE, TAGS, DATES, CONTENT, INITIATIVE] },
              }
            : { codeSplitting: false }),
        },
      },
      lib: cdn
        ? { entry: ENTRIES, formats: ['es'], fileName: (_, name) => `${name}.js` }
        : standalone
          ? {
              entry: { [standalone]: 'standalone-entry' },
              formats: ['es'],
              fileName: (_, name) => `${name}.js`,
            }
          : {
              entry: 'src/index.ts',
              name: 'NhsBriefingWidgets',
              formats: [mode],
              fileName: () => (mode === 'es' ? 'nhs-briefing-widgets.js' : 'nhs-briefing-widgets.iife.js'),
            },
    },
  };
});
