// Finds Chromium for the tests: CHROME_PATH, then the usual install paths.
// On a Debian machine running as root it installs Debian's chromium itself.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Flags for a headless Chromium on a closed, root-run machine. */
export const CHROME_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];

export function findChrome() {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    throw new Error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but there is no file there.`);
  }
  return CANDIDATES.find((path) => existsSync(path));
}

/** The path of a Chromium to test with; installs one where it safely can. */
export function ensureChrome() {
  const found = findChrome();
  if (found) return found;
  const debian = existsSync('/etc/debian_version');
  if (debian && process.getuid?.() === 0) {
    console.log('Chromium not found: installing Debian\'s "chromium" package with apt-get (running as root)…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = findChrome();
    if (installed) return installed;
  }
  throw new Error(
    'The tests need Chromium or Google Chrome, and none was found.\n' +
      (debian
        ? '  Install it with: sudo apt-get update && sudo apt-get install -y chromium\n'
        : "  Install Chromium or Google Chrome from your system's package manager.\n") +
      '  Or point CHROME_PATH at an installed Chrome or Chromium binary.',
  );
}
