#!/usr/bin/env node
// npx nhs-briefing-widgets validate <file-or-url>…
// Checks content packs as the elements will read them, with the parser and the
// editorial checks that ship in dist/, so it runs from the published package
// on Node 20 with nothing else installed. Run with --help for the options.
import { readFile } from 'node:fs/promises';
import { checkContentPackText, plainProblem } from '../dist/lib/content/checks.js';
import { isIsoDate, todayInLondon } from '../dist/lib/content/dates.js';

const HELP = `Usage: nhs-briefing-widgets validate [options] <file-or-url>…

Checks content packs (content.json feeds) exactly as the elements read them,
and warns as a careful editor would: reviews over 12 months old, initiatives
already closed, links that are not https. Use - to read a feed from stdin.

Options:
  --json            print the results as JSON, for other programs
  --timeout <ms>    how long to wait for each URL (default 10000)
  --today <date>    check dates as if today were this day, written YYYY-MM-DD
                    (default: today's date in England)
  -h, --help        show this help

Exit status: 0 when no feed has an error (warnings allowed), 1 when any feed
has an error or cannot be read, 2 when the command itself is written wrongly.

Example, in CI:
  npx nhs-briefing-widgets validate public/content.json
`;

const DEFAULT_TIMEOUT_MS = 10_000;

class UsageError extends Error {}

/** The command line as options and sources; throws a UsageError for anything it cannot use. */
function readArguments(args) {
  const options = { json: false, timeout: DEFAULT_TIMEOUT_MS, today: undefined, help: false, sources: [] };
  const valueOf = (name, i) => {
    if (i >= args.length || args[i].startsWith('--')) throw new UsageError(`${name} needs a value`);
    return args[i];
  };
  let command;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined];
    const value = () => inline ?? valueOf(name, ++i);
    if (name === '--help' || name === '-h') options.help = true;
    else if (name === '--json') options.json = true;
    else if (name === '--timeout') {
      const written = value();
      options.timeout = Number(written);
      if (!/^\d+$/.test(written) || options.timeout < 1) {
        throw new UsageError(`--timeout takes a whole number of milliseconds, such as 10000, not "${written}"`);
      }
    } else if (name === '--today') {
      options.today = value();
      if (!isIsoDate(options.today)) {
        throw new UsageError(`--today takes a date written YYYY-MM-DD, such as 2027-03-31, not "${options.today}"`);
      }
    } else if (name === '--') options.sources.push(...args.splice(i + 1));
    else if (name.startsWith('-') && name !== '-') throw new UsageError(`unknown option ${name}`);
    else if (command === undefined) command = arg;
    else options.sources.push(arg);
  }
  if (options.help) return options;
  if (command !== 'validate') {
    throw new UsageError(command === undefined ? 'say what to do: validate' : `unknown command "${command}"`);
  }
  if (options.sources.length === 0) throw new UsageError('name at least one file or URL to validate');
  return options;
}

const isUrl = (source) => /^https?:\/\//i.test(source);

/** A source's text, or `{ failure, fix }` when it cannot be read. */
async function load(source, timeout) {
  if (source === '-') {
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    return { text: Buffer.concat(chunks).toString('utf8') };
  }
  if (!isUrl(source)) {
    try {
      return { text: await readFile(source, 'utf8') };
    } catch (error) {
      return error.code === 'ENOENT'
        ? { failure: 'there is no such file', fix: 'Check the file name, and the folder the command runs in.' }
        : error.code === 'EISDIR'
          ? { failure: 'this is a folder, not a file', fix: 'Name the feed file inside it, such as content.json.' }
          : { failure: `the file cannot be read (${error.code ?? error.message})`, fix: 'Check it can be opened.' };
    }
  }
  try {
    const response = await fetch(source, { signal: AbortSignal.timeout(timeout) });
    if (!response.ok) {
      return {
        failure: `the server answered ${response.status} ${response.statusText}`.trim(),
        fix: 'Check the address, and that the feed is published there.',
      };
    }
    return { text: await response.text() };
  } catch (error) {
    if (error.name === 'TimeoutError') {
      return {
        failure: `no answer within ${timeout} ms`,
        fix: 'Check the address, or allow longer with --timeout.',
      };
    }
    const why = error.cause?.code ?? error.cause?.message ?? error.message;
    return { failure: `the feed could not be fetched (${why})`, fix: 'Check the address and the network.' };
  }
}

/**
 * Where each JSON path's value starts in `text`: `initiatives[3].closes` →
 * offset. Paths are written as the parser writes them. `text` is valid JSON.
 */
function locate(text) {
  const where = new Map();
  let i = 0;
  const space = () => {
    while (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t') i++;
  };
  const string = () => {
    const start = i++;
    while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    return JSON.parse(text.slice(start, ++i));
  };
  // An explicit stack, not recursion: a hostile feed may nest a million lists deep.
  const value = (path) => {
    space();
    where.set(path, i);
    if (text[i] === '"') string();
    else if (text[i] === '{' || text[i] === '[') return { path, close: text[i++] === '{' ? '}' : ']', index: 0 };
    else while (i < text.length && !',]} \n\r\t'.includes(text[i])) i++;
    return undefined;
  };
  const stack = [];
  const opened = value('');
  if (opened) stack.push(opened);
  while (stack.length) {
    const top = stack.at(-1);
    space();
    if (text[i] === top.close) {
      i++;
      stack.pop();
      continue;
    }
    if (text[i] === ',') i++;
    space();
    let path;
    if (top.close === '}') {
      const key = string();
      space();
      i++; // the colon
      path = top.path ? `${top.path}.${key}` : key;
    } else {
      path = `${top.path}[${top.index++}]`;
    }
    const child = value(path);
    if (child) stack.push(child);
  }
  return where;
}

/** Line and column (from 1) of the nearest value to `path` that the file has. */
function position(text, where, path) {
  let known = path;
  while (known !== '' && !where.has(known)) {
    const parent = known.replace(/\[\d+\]$|\.?[^.[]*$/, '');
    known = parent === known ? '' : parent;
  }
  const offset = where.get(known) ?? 0;
  const lines = text.slice(0, offset).split('\n');
  return { line: lines.length, column: lines.at(-1).length + 1 };
}

/** One feed's report: its problems, each with a fix and a place in the file where there is one. */
async function check(name, { timeout, today }) {
  const loaded = await load(name, timeout);
  const source = name === '-' ? 'stdin' : name;
  if (loaded.failure) {
    const problem = { path: '(feed)', severity: 'error', message: loaded.failure, fix: loaded.fix };
    return { source, ok: false, errors: 1, warnings: 0, items: undefined, problems: [problem] };
  }
  const { pack, problems } = checkContentPackText(loaded.text, today);
  let where;
  try {
    where = problems.some((p) => p.path !== '(feed)') ? locate(loaded.text.replace(/^\uFEFF/, '')) : undefined;
  } catch {
    where = undefined;
  }
  const located = problems.map((problem) => {
    const jsonError = /near line (\d+), column (\d+)/.exec(problem.message);
    return {
      ...problem,
      fix: plainProblem(problem),
      ...(jsonError
        ? { line: Number(jsonError[1]), column: Number(jsonError[2]) }
        : where && position(loaded.text.replace(/^\uFEFF/, ''), where, problem.path)),
    };
  });
  // In the order of the file, so a person can fix them from top to bottom.
  located.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  const errors = located.filter((p) => p.severity === 'error').length;
  const items = {
    prompts: pack.prompts.length,
    initiatives: pack.initiatives.length,
    caseStudies: pack.caseStudies.length,
  };
  return { source, ok: errors === 0, errors, warnings: located.length - errors, items, problems: located };
}

const count = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** A report as people read it: one line per problem, then its fix. */
function describeReport({ source, errors, warnings, items, problems }) {
  const lines = problems.map((p) => {
    const at = p.line ? `${source}:${p.line}:${p.column}` : source;
    const fix = p.fix && p.fix !== p.message ? `\n    Fix: ${p.fix}` : '';
    return `${at}: ${p.severity} at ${p.path}: ${p.message}${fix}`;
  });
  const kept = items
    ? ` (${count(items.prompts, 'prompt')}, ${count(items.initiatives, 'initiative')}, ` +
      `${count(items.caseStudies, 'case study', 'case studies')} accepted)`
    : '';
  const summary = problems.length
    ? `${source}: ${count(errors, 'error')}, ${count(warnings, 'warning')}${kept}`
    : `${source}: no problems${kept}`;
  return [...lines, summary].join('\n');
}

async function main(args) {
  let options;
  try {
    options = readArguments(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`nhs-briefing-widgets: ${error.message}\n\n${HELP}`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const today = options.today ?? todayInLondon();
  const reports = [];
  for (const source of options.sources) reports.push(await check(source, { timeout: options.timeout, today }));
  const ok = reports.every((r) => r.ok);
  if (options.json) {
    process.stdout.write(JSON.stringify({ ok, today, feeds: reports }, null, 2) + '\n');
  } else {
    process.stdout.write(reports.map(describeReport).join('\n\n') + '\n');
    if (reports.length > 1) {
      const failed = reports.filter((r) => !r.ok).length;
      process.stdout.write(`\n${count(reports.length, 'feed')} checked, ${failed} with errors\n`);
    }
  }
  return ok ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
