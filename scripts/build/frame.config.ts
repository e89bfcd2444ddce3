import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { frameElements } from '../../src/frame/frame-rules.js';

/**
 * The frame page, built after the Custom Elements Manifest (`npm run build`
 * runs this config last): `dist/frame.js` with the manifest's elements and
 * attributes written in as its allow-list, then `frame.html` and `frame.css`
 * copied beside it. The page loads the script-tag bundle for the elements.
 */
const ENTRY = 'virtual:nhs-frame';

function frameEntry(): Plugin {
  const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
  const elements = frameElements(manifest);
  if (!Object.keys(elements).length) throw new Error('frame.config.ts: dist/custom-elements.json lists no element');
  const start = JSON.stringify(resolve('src/frame/frame.ts'));
  return {
    name: 'nhs-frame-entry',
    resolveId: (id) => (id === ENTRY ? `\0${ENTRY}` : null),
    load: (id) =>
      id === `\0${ENTRY}` ? `import { startFrame } from ${start};\nstartFrame(${JSON.stringify(elements)});\n` : null,
    generateBundle() {
      for (const file of ['frame.html', 'frame.css'])
        this.emitFile({ type: 'asset', fileName: file, source: readFileSync(`src/frame/${file}`, 'utf8') });
    },
  };
}

export default defineConfig({
  plugins: [frameEntry()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    reportCompressedSize: false,
    copyPublicDir: false,
    rolldownOptions: { input: ENTRY, output: { format: 'es', entryFileNames: 'frame.js', comments: false } },
  },
});
