import { defineConfig } from 'vite';

/**
 * `vite build --mode es` and `--mode iife` make the two script-tag bundles
 * (Lit inlined, minified); `scripts/build.mjs` runs both. Any other mode is a
 * plain config, which Storybook's builder extends.
 */
export default defineConfig(({ mode }) => {
  if (mode !== 'es' && mode !== 'iife') return {};
  return {
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      reportCompressedSize: false,
      copyPublicDir: false,
      lib: {
        entry: 'src/index.ts',
        name: 'NhsBriefingWidgets',
        formats: [mode],
        fileName: () => (mode === 'es' ? 'nhs-briefing-widgets.js' : 'nhs-briefing-widgets.iife.js'),
      },
    },
  };
});
