#!/usr/bin/env node
// Where a script-tag build's bytes are: each chunk's gzip, then each module in it with
// its rendered length and what gzip would save without it (the chunk's modules, as
// rendered before minifying, gzipped with and without it: a guide for comparing
// modules, not their exact share of the minified file). Writes nothing.
//
//   node scripts/build/module-sizes.mjs [es|iife|cdn]   (default es)
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const mode = process.argv[2] ?? 'es';
if (!['es', 'iife', 'cdn'].includes(mode)) {
  console.error('usage: node scripts/build/module-sizes.mjs [es|iife|cdn]');
  process.exit(2);
}
const gzip = (text) => gzipSync(text, { level: 9 }).length;
const name = (id) => id.replace(/^.*\/node_modules\//, '').replace(`${process.cwd()}/`, '');

const report = {
  name: 'module-sizes',
  generateBundle(_, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const modules = Object.entries(chunk.modules).filter(([, module]) => module.code);
      const all = gzip(modules.map(([, module]) => module.code).join('\n'));
      console.log(`\n${chunk.fileName}: ${gzip(chunk.code)} bytes gzip`);
      console.log(`${'without it'.padStart(10)} ${'rendered'.padStart(9)}  module`);
      const rows = modules.map(([id, module]) => {
        const rest = modules.filter(([other]) => other !== id).map(([, other]) => other.code);
        return { id, saved: all - gzip(rest.join('\n')), length: module.renderedLength };
      });
      for (const { id, saved, length } of rows.sort((a, b) => b.saved - a.saved))
        console.log(`${String(saved).padStart(10)} ${String(length).padStart(9)}  ${name(id)}`);
    }
  },
};

await build({
  configFile: 'vite.config.ts',
  mode,
  logLevel: 'warn',
  plugins: [report],
  build: { write: false },
});
