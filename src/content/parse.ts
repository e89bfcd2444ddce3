/**
 * Turns any JSON value into the typed model plus a list of precise problems.
 * Keeps valid items, skips invalid ones, ignores unknown fields, and never
 * throws, whatever it is given.
 */
import { aboutSpec, sectionSpecs, type FieldSpec, type ObjectSpec } from './spec.js';
import { isIsoDate } from './dates.js';
import { safeUrl } from './urls.js';
import type { About, ContentPack, Problem, SectionKey, Sections } from './types.js';

export interface Parsed<T> {
  value: T;
  problems: Problem[];
}

type Json = Record<string, unknown>;
const SKIPPED = ' — this item was skipped';
const IGNORED = ' — this field was ignored';
/** What `field()` returns when a required field is missing or wrong. */
const SKIP = Symbol('skip');

/** How a value reads in a message: `"31/03/27"`, `a number (42)`, `a list`. */
export function describe(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string': {
      const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
      return value.trim() === '' ? 'empty text' : JSON.stringify(shown);
    }
    case 'number':
      return `a number (${value})`;
    case 'boolean':
      return `${value}`;
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

class Parser {
  readonly problems: Problem[] = [];

  problem(path: string, message: string, severity: Problem['severity']): undefined {
    this.problems.push({ path, message, severity });
    return undefined;
  }

  /**
   * A field's value; `undefined` when it is absent or ignored (with a
   * problem); `SKIP` when a required field is missing or wrong, so the caller
   * skips the whole item.
   */
  field(value: unknown, spec: FieldSpec, path: string): unknown {
    const fail = (message: string) => {
      this.problem(path, message + (spec.required ? SKIPPED : IGNORED), spec.required ? 'error' : 'warning');
      return spec.required ? SKIP : undefined;
    };
    const text = typeof value === 'string' ? value.trim() : value;
    if (text == null || text === '') {
      // An image's alt may be written out as "" to mark the image decorative.
      if (value === '' && path.endsWith('.alt')) return '';
      if (!spec.required) return undefined;
      return fail(`this is required but is ${value === undefined ? 'missing' : describe(value)}`);
    }
    const got = `, got ${describe(value)}`;
    switch (spec.type) {
      case 'text':
        return typeof value === 'number'
          ? String(value)
          : typeof text === 'string'
            ? text
            : fail(`expected text${got}`);
      case 'date':
        return isIsoDate(text) ? text : fail(`expected a date like 2027-03-31${got}`);
      case 'url':
        if (typeof value !== 'string') return fail(`expected a link${got}`);
        return (
          safeUrl(value) ??
          fail(`the link ${describe(value)} is not allowed: only http, https, mailto, tel and relative links are`)
        );
      case 'enum':
        return spec.values.includes(text as string)
          ? text
          : fail(`expected one of ${spec.values.map((v) => `"${v}"`).join(', ')}${got}`);
      case 'keys': {
        const list = typeof text === 'string' ? text.split(',') : value;
        if (!Array.isArray(list)) return fail(`expected a list of words${got}`);
        return list.flatMap((key, i) =>
          typeof key === 'string' && key.trim()
            ? [key.trim()]
            : (this.problem(`${path}[${i}]`, `expected a word, got ${describe(key)}${IGNORED}`, 'warning') ?? []),
        );
      }
      case 'list':
        if (!Array.isArray(value)) return fail(`expected a list${got}`);
        return value.map((item, i) => this.object(item, spec.item, `${path}[${i}]`)).filter(Boolean);
      case 'object':
        return this.object(value, spec.spec, path) ?? (spec.required ? SKIP : undefined);
    }
  }

  /** An object described by `spec`, or `undefined` (with a problem) when it must be skipped. */
  object(value: unknown, spec: ObjectSpec, path: string): Json | undefined {
    if (!isObject(value)) {
      return this.problem(path, `expected an object, got ${describe(value)}${SKIPPED}`, 'error');
    }
    const out: Json = {};
    let ok = true;
    for (const [key, fieldSpec] of Object.entries(spec)) {
      const result = this.field(value[key], fieldSpec, `${path}.${key}`);
      if (result === SKIP) ok = false;
      else if (result !== undefined) out[key] = result;
    }
    return ok ? out : undefined;
  }

  section<K extends SectionKey>(key: K, value: unknown, path: string): Sections[K][] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.problem(path, `expected a list, got ${describe(value)} — this section was skipped`, 'error');
      return [];
    }
    const seen = new Map<string, number>();
    const items: Sections[K][] = [];
    value.forEach((raw, i) => {
      const itemPath = `${path}[${i}]`;
      const item = this.object(raw, sectionSpecs[key], itemPath) as Sections[K] | undefined;
      if (!item) return;
      const first = seen.get(item.id);
      if (first !== undefined) {
        this.problem(`${itemPath}.id`, `"${item.id}" is already used by ${path}[${first}]${SKIPPED}`, 'error');
        return;
      }
      if (key === 'initiatives') {
        const { opens, closes } = item as Sections['initiatives'];
        if (opens && closes && closes < opens) {
          this.problem(`${itemPath}.closes`, `${closes} is before the opening date ${opens}${SKIPPED}`, 'error');
          return;
        }
      }
      seen.set(item.id, i);
      items.push(item);
    });
    return items;
  }
}

/** A whole content pack (the feed format). */
export function parseContentPack(value: unknown): Parsed<ContentPack> {
  const empty = (): ContentPack => ({ version: 1, prompts: [], initiatives: [], caseStudies: [] });
  return guarded('(feed)', empty, (parser) => {
    const pack = empty();
    if (!isObject(value)) {
      parser.problem(
        '(feed)',
        `expected a content pack (an object with "about", "prompts", "initiatives" or "caseStudies"), got ${describe(value)}`,
        'error',
      );
      return pack;
    }
    if (value.version !== undefined && value.version !== 1) {
      parser.problem(
        'version',
        `this library reads version 1 feeds, got ${describe(value.version)} — some content may be missed`,
        'warning',
      );
    }
    // An about without a title is skipped, as an item would be; the sections stand without it.
    const about =
      value.about == null ? undefined : (parser.object(value.about, aboutSpec, 'about') as About | undefined);
    if (about) pack.about = about;
    for (const key of Object.keys(sectionSpecs) as SectionKey[]) {
      (pack[key] as unknown[]) = parser.section(key, value[key], key);
    }
    return pack;
  });
}

/** One section's items, e.g. from `el.items = […]`; `path` names the source in messages. */
export function parseItems<K extends SectionKey>(key: K, value: unknown, path: string = key): Parsed<Sections[K][]> {
  return guarded(
    path,
    () => [],
    (parser) => parser.section(key, value, path),
  );
}

/**
 * One item, e.g. an element's `item` or one built from its attributes;
 * `defaults` fills the fields it leaves out (such as an `id`, which a single
 * element does not need).
 */
export function parseItem<K extends SectionKey>(
  key: K,
  value: unknown,
  path: string,
  defaults?: Partial<Sections[K]>,
): Parsed<Sections[K] | undefined> {
  return guarded(
    path,
    () => undefined,
    (parser) =>
      parser.object(defaults && isObject(value) ? { ...defaults, ...value } : value, sectionSpecs[key], path) as
        Sections[K] | undefined,
  );
}

/**
 * Runs `parse`, so that a value set from script that cannot be read (a
 * getter or a Proxy that throws) is one problem, and `empty()` what is shown,
 * rather than an exception in the page.
 */
function guarded<T>(path: string, empty: () => T, parse: (parser: Parser) => T): Parsed<T> {
  const parser = new Parser();
  try {
    return { value: parse(parser), problems: parser.problems };
  } catch (error) {
    let reason = 'it threw';
    try {
      reason = `it threw ${String(error)}`;
    } catch {
      // An exception that cannot even be named: the message above says enough.
    }
    parser.problem(path, `could not be read (${reason}) — nothing from it is shown`, 'error');
    return { value: empty(), problems: parser.problems };
  }
}

/** `initiatives[3].closes: expected a date like 2027-03-31, got "31/03/27"`. */
export function formatProblem(problem: Problem): string {
  return `${problem.path}: ${problem.message}`;
}
