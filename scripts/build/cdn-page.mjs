// The files a page downloads for one entry in dist/cdn/: the entry and every
// chunk it imports, directly or through other chunks (static imports only: a
// dynamic import loads only when used).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The paths of `entry` and of every file it imports statically, entry first. */
export function cdnPage(entry, seen = new Set()) {
  if (seen.has(entry)) return [...seen];
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  for (const [, path] of code.matchAll(/\b(?:import|from)\s*["'](\.{1,2}\/[^"']+)["']/g))
    cdnPage(join(dirname(entry), path), seen);
  return [...seen];
}
