#!/usr/bin/env node
// npm run build: every artefact in dist/, then a size report.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { transform as minifyCss } from 'lightningcss';
import { cdnPage } from './cdn-page.mjs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
const bin = (name) => `node_modules/.bin/${name}`;

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');

// 1. Per-element modules for npm users: Lit stays a dependency; types alongside.
run(bin('tsc'), ['-p', 'tsconfig.build.json']);

// 2. The script-tag builds, Lit inlined: the one-file bundles (every element), then
// the per-element entries and their shared chunks in dist/cdn/ (see vite.config.ts).
for (const mode of ['es', 'iife', 'cdn']) {
  await build({ configFile: 'vite.config.ts', mode, logLevel: 'warn' });
}
// And one file for each element, everything it needs inside, in dist/standalone/: one for each entry.
const elements = readdirSync('dist/cdn').flatMap((file) =>
  /^(?!strings\.).*\.js$/.test(file) ? [file.slice(0, -3)] : [],
);
for (const name of elements) {
  await build({ configFile: 'vite.config.ts', mode: `standalone:${name}`, logLevel: 'warn' });
}

await build({ configFile: 'scripts/build/editor.config.ts', logLevel: 'warn' }); // the content editor, dist/editor/

// The bundles carry no comments, so Lit's licence travels beside them.
const litLicence = readFileSync('node_modules/lit/LICENSE', 'utf8');
writeFileSync(
  'dist/THIRD-PARTY-LICENSES.txt',
  'The script-tag bundles (nhs-briefing-widgets.js, nhs-briefing-widgets.iife.js), the per-element ' +
    'entries in cdn/ (their shared chunk, cdn/chunks/core-*.js) and the standalone files in standalone/ ' +
    `include Lit, https://lit.dev\n\n${litLicence}`,
);

// The carousel's no-shift stylesheet, for the page's <head> (README, Case studies), beside the bundle:
// minified by Lightning CSS, the minifier the elements' own styles go through.
writeFileSync(
  'dist/no-shift.css',
  minifyCss({ filename: 'no-shift.css', code: readFileSync('src/case-studies/no-shift.css'), minify: true }).code,
);

// 3. The feed format's JSON Schema, from the same field descriptions as the parser.
const { contentSchema } = await import(new URL('../../dist/lib/content/schema.js', import.meta.url));
writeFileSync('dist/content.schema.json', JSON.stringify(contentSchema(), null, 2) + '\n');

// 4. The Custom Elements Manifest (settings in custom-elements-manifest.config.mjs).
run(bin('cem'), ['analyze', '--quiet']);

// 4b. The frame page, for CMSs that take an iframe but no script: its allow-list comes from the manifest.
await build({ configFile: 'scripts/build/frame.config.ts', logLevel: 'warn' });

// 5. Size report: gzip at level 9, in KiB (1,024 bytes).
const BUDGET = 22 * 1024;
const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
console.log(`\n${'artefact'.padEnd(38)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}`);
for (const file of [
  'dist/nhs-briefing-widgets.js',
  'dist/nhs-briefing-widgets.iife.js',
  'dist/custom-elements.json',
  'dist/content.schema.json',
])
  console.log(`${file.padEnd(38)} ${kib(readFileSync(file).length).padStart(10)} ${kib(gzip(file)).padStart(10)}`);
const over = Math.max(
  ...['dist/nhs-briefing-widgets.js', 'dist/nhs-briefing-widgets.iife.js'].map((file) => gzip(file) - BUDGET),
);
console.log(
  over > 0
    ? `budget: 22 KiB gzip for each one-file bundle, NOT MET: ${over} bytes over (npm test will fail)`
    : `budget: 22 KiB gzip for each one-file bundle, met with ${-over} bytes to spare`,
);

// What a page that uses one element downloads through its entry in dist/cdn/: the
// entry and every chunk it imports, each file gzipped (as a server sends them).
console.log(`\n${'a page with only this element'.padEnd(38)} ${'files'.padStart(10)} ${'gzip'.padStart(10)}`);
for (const entry of readdirSync('dist/cdn').filter((name) => name.endsWith('.js') && name !== 'strings.js')) {
  const files = cdnPage(`dist/cdn/${entry}`);
  const total = files.reduce((sum, file) => sum + gzip(file), 0);
  console.log(`${`dist/cdn/${entry}`.padEnd(38)} ${String(files.length).padStart(10)} ${kib(total).padStart(10)}`);
}
// Or through its standalone file: one file, the feed loader and parser inside.
for (const name of elements) {
  const file = `dist/standalone/${name}.js`;
  console.log(`${file.padEnd(38)} ${'1'.padStart(10)} ${kib(gzip(file)).padStart(10)}`);
}
console.log(
  "(Splide's carousel, JavaScript and CSS: 14.4 KiB gzip; test/e2e/bundle.test.mjs holds the carousel to it)\n",
);
