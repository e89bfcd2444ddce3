/**
 * What the content editor and the validator tell an author about a feed: the
 * parser's problems in words for a person, and the warnings a careful editor
 * would add (out-of-date reviews, closed initiatives, links that are not
 * https). The status tag's own rules decide "closed" and "out of date", so an
 * author is warned about exactly what a reader will see.
 */
import { parseContentPack, parseItem } from './parse.js';
import { formatDate, isIsoDate } from './dates.js';
import { initiativeStatus, isStale } from '../initiatives/initiative-status.js';
import type { About, ContentPack, Problem, SectionKey, Sections } from './types.js';

/** How long after `reviewed` an item counts as out of date, as the initiative card shows it. */
export const REVIEW_MONTHS = 12;

const CONSEQUENCE = / — (this (item|field|section) was (skipped|ignored)|some content may be missed)$/;

/** The last key in a JSON path: `initiatives[3].closes` → `closes`, `prompts[0]` → `prompts`. */
const fieldName = (path: string): string => /([A-Za-z$_][\w$]*)(?:\[\d+\])*$/.exec(path)?.[1] ?? path;

/** `"a", "b", "c"` → `"a", "b" or "c"`. */
const orList = (quoted: string[]): string =>
  quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}` : (quoted[0] ?? '');

/** A day written the British way (31/03/2027), as an ISO day if it is a real one. */
function britishDate(written: string): string | undefined {
  const match = /^"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})"$/.exec(written);
  if (!match) return undefined;
  const [, day, month, year] = match;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

type Rewrite = (match: RegExpExecArray, path: string) => string;

/** The parser's messages that read like code, each with what to write instead. */
const REWRITES: [RegExp, Rewrite][] = [
  [
    /^this is required but is /,
    (_, path) =>
      path.endsWith('.alt')
        ? 'Describe the image for someone who cannot see it, or write "alt": "" if it is only decoration.'
        : `Fill in "${fieldName(path)}": it cannot be left out or blank.`,
  ],
  [
    /^expected a date like 2027-03-31, got (.*)$/,
    ([, got]) => {
      const iso = britishDate(got);
      if (iso) return `Write the date as year-month-day: ${iso}.`;
      if (/^"\d{4}-\d{2}-\d{2}"$/.test(got)) {
        return 'There is no such day: check the date, written as year-month-day, for example 2027-03-31.';
      }
      return 'Write the date as year-month-day, for example 2027-03-31.';
    },
  ],
  [/^expected text, got /, () => 'Write this as text in double quotes, for example "Apprenticeships".'],
  [/^expected a link, got /, () => 'Write the link as text in double quotes, for example "https://www.nhs.uk/".'],
  [
    /^the link .* is not allowed/,
    () =>
      'Use a web address that starts with https://, a path on this site such as /careers, ' +
      'mailto: for an email address or tel: for a phone number.',
  ],
  [/^expected one of (.*), got /, ([, values]) => `Choose ${orList(values.split(', '))}.`],
  [
    /^expected a list of words, got /,
    () => 'Write this as a list in square brackets, for example ["young-people", "carers"].',
  ],
  [
    /^expected a word, got /,
    () => 'Write each entry as a word in double quotes, such as "young-people", or remove it.',
  ],
  [
    /^expected a list, got /,
    (_, path) =>
      path.includes('.')
        ? `Write "${fieldName(path)}" as a list in square brackets: [ { … }, { … } ].`
        : `Write "${path}" as a list of items in square brackets: "${path}": [ { … }, { … } ].`,
  ],
  [/^expected an object, got /, () => 'Write this in curly brackets, with its fields inside: { "name": "…", … }.'],
  [
    /^"(.*)" is already used by (.*)$/,
    ([, id, other]) => `Give this item an id of its own: "${id}" is already used by ${other}.`,
  ],
  [
    /^(\S+) is before the opening date (\S+)$/,
    ([, closes, opens]) =>
      `Check the dates: it closes on ${formatDate(closes)}, before it opens on ${formatDate(opens)}.`,
  ],
  [
    /^expected a content pack /,
    () =>
      'The file must hold one JSON object with "prompts", "initiatives" or "caseStudies" lists, ' +
      'for example { "version": 1, "initiatives": [ … ] }.',
  ],
  [/^this library reads version 1 feeds/, () => 'Set "version" to 1, or check the feed was written for this library.'],
  [/^the file is empty$/, () => 'Write the content pack in the file: { "version": 1, "initiatives": [ … ] }.'],
  [
    /^this is not JSON(?: near line (\d+), column (\d+))?/,
    ([, line, column]) =>
      (line ? `Look near line ${line}, column ${column}` : 'Look through the file') +
      ' for a missing or extra comma, a missing double quote, or a bracket that is not closed.',
  ],
];

/**
 * The problem's message for a person: where the parser's words read like
 * code, what to write instead (`expected a date like 2027-03-31, got
 * "31/03/27"` → "Write the date as year-month-day, for example
 * 2027-03-31."); otherwise the message as it is.
 */
export function plainProblem(problem: Problem): string {
  const message = problem.message.replace(CONSEQUENCE, '');
  for (const [pattern, rewrite] of REWRITES) {
    const match = pattern.exec(message);
    if (match) return rewrite(match, problem.path);
  }
  return problem.message;
}

const warning = (path: string, message: string): Problem => ({ path, message, severity: 'warning' });

/** An http link in a feed: it loads over an unencrypted connection, or not at all on an https page. */
function insecureLink(href: string | undefined, path: string): Problem[] {
  if (!href || !/^\s*http:/i.test(href)) return [];
  return [warning(path, `the link ${href} is not secure: change http:// to https:// if the site offers it`)];
}

function staleReview(reviewed: string | undefined, today: string, path: string): Problem[] {
  if (!isStale(reviewed, today, REVIEW_MONTHS)) return [];
  return [
    warning(
      path,
      `last reviewed on ${formatDate(reviewed!)}, over ${REVIEW_MONTHS} months ago: ` +
        'check it against its source, then update the date',
    ),
  ];
}

/** Warnings about one accepted item; `at` is its JSON path. */
const itemChecks: { [K in SectionKey]: (item: Sections[K], today: string, at: string) => Problem[] } = {
  prompts: (prompt, _, at) =>
    (prompt.actions ?? []).flatMap((a, i) => insecureLink(a.href, `${at}.actions[${i}].href`)),
  initiatives: (initiative, today, at) => [
    ...(initiativeStatus(initiative, today).state === 'closed'
      ? [
          warning(
            `${at}.closes`,
            `this closed on ${formatDate(initiative.closes!)}: lists hide it unless the reader asks for closed ones. ` +
              'Update its dates if it has opened again, or remove it',
          ),
        ]
      : []),
    ...staleReview(initiative.reviewed, today, `${at}.reviewed`),
    ...insecureLink(initiative.href, `${at}.href`),
  ],
  caseStudies: (study, today, at) => [
    ...staleReview(study.reviewed, today, `${at}.reviewed`),
    ...insecureLink(study.href, `${at}.href`),
    ...insecureLink(study.image?.src, `${at}.image.src`),
  ],
};

const SECTIONS = Object.keys(itemChecks) as SectionKey[];

/** A pack with the briefing's own `about`, which the parser keeps once issue 19's briefing lands. */
type WithAbout = ContentPack & { about?: About };

function warningsFor(pack: WithAbout, today: string, path: (key: SectionKey, index: number) => string): Problem[] {
  const { about } = pack;
  return [
    ...(about
      ? [...staleReview(about.reviewed, today, 'about.reviewed'), ...insecureLink(about.href, 'about.href')]
      : []),
    ...SECTIONS.flatMap((key) =>
      (pack[key] as Sections[SectionKey][]).flatMap((item, i) =>
        (itemChecks[key] as (item: unknown, today: string, at: string) => Problem[])(item, today, path(key, i)),
      ),
    ),
  ];
}

/**
 * What a careful editor would say about a parsed pack on `today`
 * (YYYY-MM-DD): a review older than 12 months, an initiative already
 * closed, a link that is http rather than https, in the items and in `about`. Every one is a warning;
 * paths count the pack's own items (use `checkContentPack` for a raw feed,
 * whose skipped items shift the count).
 */
export function editorialWarnings(pack: WithAbout, today: string): Problem[] {
  return warningsFor(pack, today, (key, i) => `${key}[${i}]`);
}

/**
 * Where each accepted item sits in the raw feed: the parser keeps the first
 * valid item with each id, so count again the way it does.
 */
function rawIndexes(value: unknown): Record<SectionKey, number[]> {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const indexes = {} as Record<SectionKey, number[]>;
  for (const key of SECTIONS) {
    const items = Array.isArray(raw[key]) ? (raw[key] as unknown[]) : [];
    const seen = new Set<string>();
    indexes[key] = [];
    items.forEach((item, i) => {
      const parsed = parseItem(key, item, key).value;
      if (!parsed || seen.has(parsed.id)) return;
      // The parser also skips an initiative that closes before it opens.
      const { opens, closes } = parsed as Partial<Sections['initiatives']>;
      if (opens && closes && closes < opens) return;
      seen.add(parsed.id);
      indexes[key].push(i);
    });
  }
  return indexes;
}

/**
 * A feed (any JSON value) checked as the elements will read it on `today`:
 * the parsed pack, the parser's problems, then the editorial warnings, every
 * path pointing into `value` as written.
 */
export function checkContentPack(value: unknown, today: string): { pack: ContentPack; problems: Problem[] } {
  const { value: pack, problems } = parseContentPack(value);
  const indexes = rawIndexes(value);
  return { pack, problems: [...problems, ...warningsFor(pack, today, (key, i) => `${key}[${indexes[key][i]}]`)] };
}

/**
 * A feed's text, as a file or a response holds it: `checkContentPack` of
 * the JSON, or one error saying where the JSON breaks.
 */
export function checkContentPackText(text: string, today: string): { pack: ContentPack; problems: Problem[] } {
  let value: unknown;
  try {
    // Editors on Windows may save a byte order mark, which JSON.parse refuses.
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const empty: ContentPack = { version: 1, prompts: [], initiatives: [], caseStudies: [] };
    return { pack: empty, problems: [{ path: '(feed)', message: jsonError(text, error), severity: 'error' }] };
  }
  return checkContentPack(value, today);
}

/** `this is not JSON near line 5, column 3 (Expected ',' or '}' after property value)`. */
function jsonError(text: string, error: unknown): string {
  const stripped = text.replace(/^\uFEFF/, '');
  if (stripped.trim() === '') return 'the file is empty';
  const reason = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(reason);
  if (!position) return `this is not JSON (${reason})`;
  const before = stripped.slice(0, Number(position[1])).split('\n');
  const why = reason.replace(/\s*in JSON at position \d+.*$/s, '');
  return `this is not JSON near line ${before.length}, column ${before.at(-1)!.length + 1} (${why})`;
}
