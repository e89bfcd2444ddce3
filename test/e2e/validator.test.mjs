// The feed validator as a web team runs it: `npx nhs-briefing-widgets validate …`
// on files, stdin and URLs, read by people and by machines. Needs `npm run build`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './harness.mjs';
import { parseContentPack } from '../../dist/lib/content/parse.js';
import { plainProblem } from '../../dist/lib/content/checks.js';

const BIN = `${ROOT}/bin/nhs-briefing-widgets.mjs`;
const TODAY = '2026-06-15';
const FIXTURE = readFileSync(`${ROOT}/test/fixtures/content.json`, 'utf8');

/** Runs the validator; resolves with its exit code and output, whatever the code. */
function validate(args, { input, bin = BIN, cwd = dir } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

/** The validator's report on its own, from `--json`. */
async function report(args, options) {
  const { code, stdout, stderr } = await validate(['validate', '--json', '--today', TODAY, ...args], options);
  assert.equal(stderr, '');
  return { code, ...JSON.parse(stdout) };
}

let dir;
let server;
let base;
const write = (name, value) =>
  writeFileSync(join(dir, name), typeof value === 'string' ? value : JSON.stringify(value, null, 2));

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nhs-validate-'));
  server = createServer((req, res) => {
    if (req.url === '/content.json') res.writeHead(200, { 'Content-Type': 'application/json' }).end(FIXTURE);
    else if (req.url === '/bad.json') res.writeHead(200).end(JSON.stringify({ initiatives: [{ id: 'no-name' }] }));
    else if (req.url === '/hang.json')
      return; // never answers
    else res.writeHead(404, 'Not Found').end('Not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
});

after(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

// One line for each kind of problem the parser and the editorial checks find.
const EVERY_PROBLEM = `{
  "version": 2,
  "prompts": [
    { "id": "p1", "question": "Who is missing?", "level": "national" },
    { "id": "p2", "question": ["Q?"], "level": "system" },
    { "id": "p3", "question": "Q?", "level": "system", "actions": [{ "text": "Read", "href": "http://a.example/" }] }
  ],
  "initiatives": [
    { "id": "i1" },
    { "id": "i2", "name": "  " },
    { "id": "i3", "name": "C", "closes": "31/03/27", "kind": "grant", "audiences": ["carers", 4] },
    { "id": "i3", "name": "Again" },
    { "id": "i5", "name": "E", "opens": "2026-03-01", "closes": "2026-02-01" },
    { "id": "i6", "name": "F", "closes": "2026-06-14", "reviewed": "2025-06-14", "href": "javascript:alert(1)" },
    42
  ],
  "caseStudies": {}
}
`;

test('every kind of problem, with its path, a fix and its place in the file', async () => {
  write('every.json', EVERY_PROBLEM);
  const { code, ok, feeds } = await report(['every.json']);
  assert.equal(code, 1);
  assert.equal(ok, false);
  assert.equal(feeds.length, 1);
  const [feed] = feeds;
  const found = feed.problems.map((p) => `${p.line}:${p.column} ${p.severity} ${p.path} → ${p.fix}`);
  assert.deepEqual(found, [
    '2:14 warning version → Set "version" to 1, or check the feed was written for this library.',
    '4:59 error prompts[0].level → Choose "organisation" or "system".',
    '5:31 error prompts[1].question → Write this as text in double quotes, for example "Apprenticeships".',
    '6:94 warning prompts[2].actions[0].href → the link http://a.example/ is not secure: change http:// to https:// if the site offers it',
    '9:5 error initiatives[0].name → Fill in "name": it cannot be left out or blank.',
    '10:27 error initiatives[1].name → Fill in "name": it cannot be left out or blank.',
    '11:42 warning initiatives[2].closes → Write the date as year-month-day, for example 2027-03-31.',
    '11:62 warning initiatives[2].kind → Choose "programme", "funding" or "guidance".',
    '11:95 warning initiatives[2].audiences[1] → Write each entry as a word in double quotes, such as "young-people", or remove it.',
    '12:13 error initiatives[3].id → Give this item an id of its own: "i3" is already used by initiatives[2].',
    '13:65 error initiatives[4].closes → Check the dates: it closes on 1 February 2026, before it opens on 1 March 2026.',
    '14:42 warning initiatives[5].closes → this closed on 14 June 2026: lists hide it unless the reader asks for closed ones. Update its dates if it has opened again, or remove it',
    '14:68 warning initiatives[5].reviewed → last reviewed on 14 June 2025, over 12 months ago: check it against its source, then update the date',
    '14:90 warning initiatives[5].href → Use a web address that starts with https://, a path on this site such as /careers, mailto: for an email address or tel: for a phone number.',
    '15:5 error initiatives[6] → Write this in curly brackets, with its fields inside: { "name": "…", … }.',
    '17:18 error caseStudies → Write "caseStudies" as a list of items in square brackets: "caseStudies": [ { … }, { … } ].',
  ]);
  assert.equal(feed.errors, 8);
  assert.equal(feed.warnings, 8);
  assert.deepEqual(feed.items, { prompts: 1, initiatives: 2, caseStudies: 0 });
  const level = feed.problems.find((p) => p.path === 'prompts[0].level');
  assert.equal(level.message, 'expected one of "organisation", "system", got "national" — this item was skipped');
});

test('a file that is not JSON: where it breaks, and what to look for', async () => {
  write(
    'broken.json',
    '{\n  "version": 1,\n  "initiatives": [\n    { "id": "a", "name": "A" }\n    { "id": "b" }\n  ]\n}\n',
  );
  const { code, feeds } = await report(['broken.json']);
  assert.equal(code, 1);
  assert.equal(feeds[0].problems.length, 1);
  const [problem] = feeds[0].problems;
  assert.equal(problem.path, '(feed)');
  assert.match(problem.message, /^this is not JSON near line 5, column 5 /);
  assert.deepEqual([problem.line, problem.column], [5, 5]);
  assert.match(problem.fix, /^Look near line 5, column 5 for a missing or extra comma/);
});

test("a feed that is JSON but not a content pack: the parser's own words, and what to write", async () => {
  write('list.json', '[]');
  const { code, feeds } = await report(['list.json']);
  assert.equal(code, 1);
  assert.deepEqual(
    feeds[0].problems.map((p) => [p.message, p.fix]),
    parseContentPack([]).problems.map((p) => [p.message, plainProblem(p)]),
  );
  assert.match(feeds[0].problems[0].message, /^expected a content pack .*, got a list$/);
  assert.match(feeds[0].problems[0].fix, /^The file must hold one JSON object/);
});

test('people read one line per problem, with file, line, path and the fix', async () => {
  write(
    'people.json',
    '{\n  "initiatives": [\n    { "id": "a", "name": "A", "closes": "31/03/27" },\n    { "id": "b" }\n  ]\n}\n',
  );
  const { code, stdout, stderr } = await validate(['validate', '--today', TODAY, 'people.json']);
  assert.equal(code, 1);
  assert.equal(stderr, '');
  assert.equal(
    stdout,
    'people.json:3:41: warning at initiatives[0].closes: expected a date like 2027-03-31, got "31/03/27" — this field was ignored\n' +
      '    Fix: Write the date as year-month-day, for example 2027-03-31.\n' +
      'people.json:4:5: error at initiatives[1].name: this is required but is missing — this item was skipped\n' +
      '    Fix: Fill in "name": it cannot be left out or blank.\n' +
      'people.json: 1 error, 1 warning (0 prompts, 1 initiative, 0 case studies accepted)\n',
  );
});

test('exit code 0 for a clean feed and for one with warnings only', async () => {
  write('clean.json', { initiatives: [{ id: 'a', name: 'A', href: 'https://example.org/' }] });
  const clean = await validate(['validate', '--today', TODAY, 'clean.json']);
  assert.equal(clean.code, 0);
  assert.equal(clean.stdout, 'clean.json: no problems (0 prompts, 1 initiative, 0 case studies accepted)\n');

  write('warned.json', { initiatives: [{ id: 'a', name: 'A', href: 'http://example.org/' }] });
  const warned = await report(['warned.json']);
  assert.equal(warned.code, 0);
  assert.equal(warned.ok, true);
  assert.deepEqual([warned.feeds[0].errors, warned.feeds[0].warnings], [0, 1]);
});

test('exit code 1 when any one of several feeds has an error', async () => {
  write('good.json', { prompts: [] });
  write('bad.json', { prompts: [{ id: 'p' }] });
  const { code, stdout } = await validate(['validate', '--today', TODAY, 'good.json', 'bad.json']);
  assert.equal(code, 1);
  assert.match(stdout, /^good\.json: no problems/m);
  assert.match(stdout, /^bad\.json: 2 errors, 0 warnings/m);
  assert.match(stdout, /\n2 feeds checked, 1 with errors\n$/);
});

test('--today decides what has closed and what is out of date', async () => {
  write('dated.json', { initiatives: [{ id: 'a', name: 'A', closes: '2027-03-31', reviewed: '2026-03-31' }] });
  const onClosingDay = await report(['--today', '2027-03-31', 'dated.json']);
  assert.deepEqual(onClosingDay.feeds[0].problems, []);
  const dayAfter = await report(['--today', '2027-04-01', 'dated.json']);
  assert.equal(dayAfter.today, '2027-04-01');
  assert.deepEqual(
    dayAfter.feeds[0].problems.map((p) => p.path),
    ['initiatives[0].closes', 'initiatives[0].reviewed'],
  );
});

test('--json: one object for every feed, for other programs', async () => {
  write('one.json', { caseStudies: [{ id: 'c', heading: 'H', href: 'http://example.org/' }] });
  const { code, stdout } = await validate(['validate', '--json', '--today', TODAY, 'one.json', 'missing.json']);
  assert.equal(code, 1);
  assert.deepEqual(JSON.parse(stdout), {
    ok: false,
    today: TODAY,
    feeds: [
      {
        source: 'one.json',
        ok: true,
        errors: 0,
        warnings: 1,
        items: { prompts: 0, initiatives: 0, caseStudies: 1 },
        problems: [
          {
            path: 'caseStudies[0].href',
            message: 'the link http://example.org/ is not secure: change http:// to https:// if the site offers it',
            severity: 'warning',
            fix: 'the link http://example.org/ is not secure: change http:// to https:// if the site offers it',
            line: 6,
            column: 15,
          },
        ],
      },
      {
        source: 'missing.json',
        ok: false,
        errors: 1,
        warnings: 0,
        problems: [
          {
            path: '(feed)',
            message: 'there is no such file',
            severity: 'error',
            fix: 'Check the file name, and the folder the command runs in.',
          },
        ],
      },
    ],
  });
});

test('a missing file and a folder are errors, exit code 1', async () => {
  mkdirSync(join(dir, 'feeds'), { recursive: true });
  const { code, stdout } = await validate(['validate', 'nowhere.json', 'feeds']);
  assert.equal(code, 1);
  assert.match(stdout, /^nowhere\.json: error at \(feed\): there is no such file\n {4}Fix: Check the file name/m);
  assert.match(stdout, /^feeds: error at \(feed\): this is a folder, not a file$/m);
});

test('a feed from a URL, as the elements would fetch it', async () => {
  const { code, feeds } = await report([`${base}/content.json`, `${base}/bad.json`, `${base}/gone.json`]);
  assert.equal(code, 1);
  assert.deepEqual(
    feeds.map((f) => [f.source, f.errors]),
    [
      [`${base}/content.json`, 0],
      [`${base}/bad.json`, 1],
      [`${base}/gone.json`, 1],
    ],
  );
  assert.deepEqual(feeds[0].items, { prompts: 8, initiatives: 10, caseStudies: 6 });
  assert.equal(feeds[2].problems[0].message, 'the server answered 404 Not Found');
});

test('a URL that does not answer in time', async () => {
  const { code, feeds } = await report(['--timeout', '50', `${base}/hang.json`]);
  assert.equal(code, 1);
  assert.deepEqual(feeds[0].problems, [
    {
      path: '(feed)',
      severity: 'error',
      message: 'no answer within 50 ms',
      fix: 'Check the address, or allow longer with --timeout.',
    },
  ]);
});

test('a feed on stdin, named -', async () => {
  const { code, stdout } = await validate(['validate', '--today', TODAY, '-'], { input: '{"prompts": [' });
  assert.equal(code, 1);
  assert.match(stdout, /^stdin: error at \(feed\): this is not JSON/);
});

test('--help, and a command written wrongly (exit code 2)', async () => {
  const help = await validate(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage: nhs-briefing-widgets validate \[options\] <file-or-url>…/);
  for (const option of ['--json', '--timeout <ms>', '--today <date>', '--help'])
    assert.ok(help.stdout.includes(option));

  const wrong = {
    'nothing to do': [[], 'say what to do: validate'],
    'an unknown command': [['check', 'a.json'], 'unknown command "check"'],
    'no feed named': [['validate'], 'name at least one file or URL to validate'],
    'an unknown option': [['validate', '--fix', 'a.json'], 'unknown option --fix'],
    'a timeout that is not a number': [['validate', '--timeout', 'soon', 'a.json'], '--timeout takes a whole number'],
    'a date written another way': [['validate', '--today', '15/06/2026', 'a.json'], '--today takes a date'],
    'an option with no value': [['validate', 'a.json', '--today'], '--today needs a value'],
  };
  for (const [what, [args, message]] of Object.entries(wrong)) {
    const { code, stdout, stderr } = await validate(args);
    assert.equal(code, 2, what);
    assert.equal(stdout, '', what);
    assert.ok(stderr.startsWith(`nhs-briefing-widgets: ${message}`), `${what}: ${stderr}`);
  }
});

test('runs from the published package, with nothing else installed', () => {
  const packed = mkdtempSync(join(tmpdir(), 'nhs-pack-'));
  try {
    const pack = spawnSync('npm', ['pack', '--silent', '--pack-destination', packed], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(pack.status, 0, pack.stderr);
    const tarball = join(packed, pack.stdout.trim().split('\n').at(-1));
    const untar = spawnSync('tar', ['-xzf', tarball, '-C', packed], { encoding: 'utf8' });
    assert.equal(untar.status, 0, untar.stderr);
    const manifest = JSON.parse(readFileSync(join(packed, 'package/package.json'), 'utf8'));
    const bin = join(packed, 'package', manifest.bin['nhs-briefing-widgets']);
    write('packed.json', { prompts: [{ id: 'p', question: 'Q?', level: 'system' }], initiatives: [{ id: 'i' }] });
    const run = spawnSync(process.execPath, [bin, 'validate', '--today', TODAY, join(dir, 'packed.json')], {
      cwd: packed,
      encoding: 'utf8',
    });
    assert.equal(run.stderr, '');
    assert.equal(run.status, 1);
    assert.match(run.stdout, /initiatives\[0\]\.name: this is required but is missing/);
  } finally {
    rmSync(packed, { recursive: true, force: true });
  }
});
