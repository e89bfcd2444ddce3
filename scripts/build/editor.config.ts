/**
 * The content editor (`editor/index.html`), built on its own into
 * `dist/editor/`: index.html, editor.js (Lit, the three single-item elements
 * for the preview, the content layer and the editor) and editor.css. A
 * separate page, not part of the script-tag bundle; `scripts/build/build.mjs`
 * runs it after the bundles.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('../../editor'),
  base: './',
  publicDir: false,
  build: {
    outDir: here('../../dist/editor'),
    emptyOutDir: true,
    target: 'es2022',
    // One script and no preload helper: nothing inline, so the page's own CSP needs no exceptions.
    modulePreload: false,
    assetsInlineLimit: 0,
    reportCompressedSize: false,
    rolldownOptions: {
      input: here('../../editor/index.html'),
      output: {
        entryFileNames: 'editor.js',
        chunkFileNames: '[name].js',
        assetFileNames: 'editor[extname]',
      },
    },
  },
});
