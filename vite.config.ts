import { defineConfig, type Plugin } from 'vite';
import { litStaticProperties } from './scripts/vite-lit-static-properties.js';
import { collapseHtmlTemplates } from './scripts/vite-collapse-html.js';

/**
 * Minifies the CSS inside Lit's css`…` templates: comments go, runs of white
 * space become one space, and spaces around { } ; , > and after : go. Every
 * intranet visitor pays for each byte of the script-tag bundle.
 */
export function minifyCssTemplates(): Plugin {
  const minify = (css: string) =>
    css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      .trim();
  return {
    name: 'minify-css-templates',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: code.replace(/\bcss`((?:[^`\\]|\\.)*)`/g, (_, body: string) => `css\`${minify(body)}\``), map: null };
    },
  };
}

/**
 * `vite build --mode es` and `--mode iife` make the two script-tag bundles
 * (Lit inlined, minified); `scripts/build.mjs` runs both. Any other mode is a
 * plain config, which Storybook's builder extends.
 */
export default defineConfig(({ mode }) => {
  if (mode !== 'es' && mode !== 'iife') return {};
  return {
    plugins: [litStaticProperties(), minifyCssTemplates(), collapseHtmlTemplates()],
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
