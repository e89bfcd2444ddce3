#!/usr/bin/env node
// npm run build: every artefact in dist/, then a size report.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
const bin = (name) => `node_modules/.bin/${name}`;

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist');

// 1. Per-element modules for npm users: Lit stays a dependency; types alongside.
run(bin('tsc'), ['-p', 'tsconfig.build.json']);

// 2. The script-tag bundles: every element, Lit inlined.
for (const mode of ['es', 'iife']) {
  await build({ configFile: 'vite.config.ts', mode, logLevel: 'warn' });
}

await build({ configFile: 'scripts/build/editor.config.ts', logLevel: 'warn' }); // the content editor, dist/editor/

// The bundles carry no comments, so Lit's licence travels beside them.
const litLicence = readFileSync('node_modules/lit/LICENSE', 'utf8');
writeFileSync(
  'dist/THIRD-PARTY-LICENSES.txt',
  `The script-tag bundles (nhs-briefing-widgets.js, nhs-briefing-widgets.iife.js) include Lit, https://lit.dev\n\n${litLicence}`,
);

// 3. The feed format's JSON Schema, from the same field descriptions as the parser.
const { contentSchema } = await import(new URL('../../dist/lib/content/schema.js', import.meta.url));
writeFileSync('dist/content.schema.json', JSON.stringify(contentSchema(), null, 2) + '\n');

// 4. The Custom Elements Manifest (settings in custom-elements-manifest.config.mjs).
run(bin('cem'), ['analyze', '--quiet']);

// 5. Size report.
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const rows = [
  'dist/nhs-briefing-widgets.js',
  'dist/nhs-briefing-widgets.iife.js',
  'dist/custom-elements.json',
  'dist/content.schema.json',
].map((file) => {
  const bytes = readFileSync(file);
  return [file, kb(bytes.length), kb(gzipSync(bytes, { level: 9 }).length)];
});
console.log('\nartefact                                raw        gzip');
for (const [file, raw, gz] of rows) console.log(`${file.padEnd(38)} ${raw.padStart(9)} ${gz.padStart(10)}`);
const over = Math.max(
  ...['dist/nhs-briefing-widgets.js', 'dist/nhs-briefing-widgets.iife.js'].map(
    (file) => gzipSync(readFileSync(file), { level: 9 }).length - 22 * 1024,
  ),
);
console.log(
  over > 0
    ? `budget: 22 KiB gzip for the script-tag bundle, NOT MET: ${over} bytes over (npm test will fail)\n`
    : `budget: 22 KiB gzip for the script-tag bundle, met with ${-over} bytes to spare\n`,
);
