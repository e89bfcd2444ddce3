/**
 * The content pack being edited, and what the editor does to it: open any
 * JSON value without losing what it does not understand, move, copy and
 * delete items, check everything as the elements will read it, and write the
 * feed back stably (2-space JSON, keys in the spec's order, unknown keys kept
 * after them) so that a diff shows only what changed. No Lit, no DOM.
 */
import { aboutSpec, sectionSpecs, type FieldSpec, type ObjectSpec } from '../content/spec.js';
import { contentSchema } from '../content/schema.js';
import { parseContentPack } from '../content/parse.js';
import type { Problem, SectionKey } from '../content/types.js';
import { checkContentPack } from './checks.js';

export type Json = Record<string, unknown>;

export const SECTIONS = Object.keys(sectionSpecs) as SectionKey[];

/** One item as edited. */
export interface Entry {
  /** The editor's own name for the item, kept however its id changes. */
  uid: string;
  /** The item as written (it may be wrong: the checks say how). */
  value: Json;
  /** Kept on this device and left out of the feed. */
  draft: boolean;
  /** The id follows the item's title until the author writes one. */
  autoId?: boolean;
}

export interface Workspace {
  /** The pack's other top-level keys as opened (`$schema`, unknown ones), in their order. */
  rest: Json;
  /** Sections the file had: written back even when empty, so the diff stays small. */
  present: string[];
  about: Json;
  sections: Record<SectionKey, Entry[]>;
}

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

let made = 0;
/** A name for an item that no other item on this page has. */
export const newUid = (): string => `e${Date.now().toString(36)}-${(made++).toString(36)}`;

/** A new, empty pack that names the schema, so text editors check it too. */
export function emptyWorkspace(): Workspace {
  return {
    rest: { $schema: contentSchema().$id as string },
    present: [],
    about: {},
    sections: { prompts: [], initiatives: [], caseStudies: [] },
  };
}

/**
 * A pack opened from any JSON object. What the editor cannot edit is named in
 * `skipped` (a section that is not a list, an item that is not an object);
 * everything else is kept, invalid or not, for the author to fix.
 */
export function openWorkspace(value: Json): { workspace: Workspace; skipped: string[] } {
  const skipped: string[] = [];
  const workspace = emptyWorkspace();
  workspace.rest = {};
  for (const [key, field] of Object.entries(value)) {
    if (key === 'version') continue;
    if (key === 'about') {
      if (isObject(field)) workspace.about = structuredClone(field);
      else skipped.push(key);
    } else if ((SECTIONS as string[]).includes(key)) {
      const section = key as SectionKey;
      if (!Array.isArray(field)) {
        if (field != null) skipped.push(key);
        continue;
      }
      workspace.present.push(key);
      field.forEach((item, i) => {
        if (isObject(item))
          workspace.sections[section].push({ uid: newUid(), value: structuredClone(item), draft: false });
        else skipped.push(`${key}[${i}]`);
      });
    } else {
      workspace.rest[key] = field;
    }
  }
  return { workspace, skipped };
}

const blank = (value: unknown) => value == null || (typeof value === 'string' && value.trim() === '');

/** A field as the feed should hold it, or `undefined` when it is empty. Values of the wrong type are kept, for the checks to name. */
function cleanField(value: unknown, spec: FieldSpec): unknown {
  if (blank(value)) return undefined;
  switch (spec.type) {
    case 'keys':
      if (!Array.isArray(value)) return value;
      return value.some((key) => !blank(key)) ? value.filter((key) => !blank(key)) : undefined;
    case 'list': {
      if (!Array.isArray(value)) return value;
      const rows = value
        .map((row) => (isObject(row) ? cleanObject(row, spec.item) : row))
        .filter((row) => row !== undefined);
      return rows.length ? rows : undefined;
    }
    case 'object':
      return isObject(value) ? cleanObject(value, spec.spec) : value;
    default:
      return value;
  }
}

/**
 * An object with its fields in the spec's order and unknown ones after them,
 * empty ones left out; `undefined` when nothing is left. An `alt` written as
 * "" (a decorative image) is kept while the object has anything else.
 */
export function cleanObject(value: Json, spec: ObjectSpec): Json | undefined {
  const out: Json = {};
  for (const [key, field] of Object.entries(spec)) {
    const clean = key === 'alt' && value[key] === '' ? '' : cleanField(value[key], field);
    if (clean !== undefined) out[key] = clean;
  }
  for (const [key, field] of Object.entries(value)) if (!(key in spec) && field !== undefined) out[key] = field;
  return Object.entries(out).some(([key, field]) => !(key === 'alt' && field === '')) ? out : undefined;
}

/** An item as the feed holds it: an empty one stays `{}`, for the checks to say what it needs. */
export const cleanItem = (section: SectionKey, entry: Entry): Json =>
  cleanObject(entry.value, sectionSpecs[section]) ?? {};

/**
 * The pack as a JSON value: `$schema`, `version`, `about`, the sections, then
 * any other keys as opened. With `drafts`, drafts too (in place, so item `i`
 * of a section is entry `i`): that is what the editor checks.
 */
export function feedValue(workspace: Workspace, { drafts = false } = {}): Json {
  const { $schema, ...others } = workspace.rest;
  const out: Json = {};
  if ($schema !== undefined) out.$schema = $schema;
  out.version = 1;
  const about = cleanObject(workspace.about, aboutSpec);
  if (about) out.about = about;
  for (const section of SECTIONS) {
    const entries = workspace.sections[section].filter((entry) => drafts || !entry.draft);
    if (entries.length || workspace.present.includes(section))
      out[section] = entries.map((entry) => cleanItem(section, entry));
  }
  return Object.assign(out, others);
}

/** The feed file's text: drafts left out, 2-space JSON, a final newline. */
export const feedText = (workspace: Workspace): string => `${JSON.stringify(feedValue(workspace), null, 2)}\n`;

/** A problem found where it belongs: `field` is its path inside the item (or `about`), '' for the item itself. */
export interface Found extends Problem {
  field: string;
  /** The entry's uid, or `about`; none for the pack as a whole. */
  uid?: string;
}

export interface Checked {
  /** Problems with the pack as a whole (its version, say). */
  pack: Found[];
  about: Found[];
  /** By entry uid. */
  items: Map<string, Found[]>;
  /** The errors that stop the feed being saved: every one not in a draft. */
  blocking: Found[];
}

const ITEM_PATH = /^(prompts|initiatives|caseStudies)\[(\d+)\](?:\.?(.*))?$/;

/** Everything the checks say about the pack on `today`, each problem with its item. */
export function checkWorkspace(workspace: Workspace, today: string): Checked {
  const checked: Checked = { pack: [], about: [], items: new Map(), blocking: [] };
  const feed = feedValue(workspace, { drafts: true });
  // The parser's problems come first, then the editorial warnings. Every one
  // of the parser's is an error here, even a field it would only ignore: the
  // feed would not say what the author wrote.
  const parsed = parseContentPack(feed).problems.length;
  const problems = checkContentPack(feed, today).problems.map((problem, i) =>
    i < parsed ? { ...problem, severity: 'error' as const } : problem,
  );
  for (const problem of problems) {
    const match = ITEM_PATH.exec(problem.path);
    const entry = match && workspace.sections[match[1] as SectionKey][Number(match[2])];
    if (entry) {
      const found = { ...problem, field: match[3] ?? '', uid: entry.uid };
      checked.items.set(entry.uid, [...(checked.items.get(entry.uid) ?? []), found]);
      if (problem.severity === 'error' && !entry.draft) checked.blocking.push(found);
    } else if (problem.path === 'about' || problem.path.startsWith('about.')) {
      const found = { ...problem, field: problem.path.slice('about.'.length), uid: 'about' };
      checked.about.push(found);
      if (problem.severity === 'error') checked.blocking.push(found);
    } else {
      checked.pack.push({ ...problem, field: '' });
      if (problem.severity === 'error') checked.blocking.push({ ...problem, field: '' });
    }
  }
  return checked;
}

/** The key of an item's title: its first required text field other than `id` (`heading`, `name`, `question`). */
export const titleKey = (spec: ObjectSpec): string | undefined =>
  Object.entries(spec).find(([key, field]) => key !== 'id' && field.required && field.type === 'text')?.[0];

/** The item's title as written, or ''. */
export function titleOf(section: SectionKey, entry: Entry): string {
  const key = titleKey(sectionSpecs[section]);
  const title = key && entry.value[key];
  return typeof title === 'string' || typeof title === 'number' ? String(title).trim() : '';
}

/** An id made from a title: "Leeds youth pathway" → "leeds-youth-pathway". */
export function slug(title: string): string {
  return (
    title
      .normalize('NFKD')
      .toLowerCase()
      .match(/[a-z0-9]+/g)
      ?.slice(0, 6)
      .join('-') ?? ''
  );
}

/** `base`, or `base-2`, `base-3`… whichever no other item of the section has. */
export function uniqueId(base: string, entries: Entry[], except?: Entry): string {
  const taken = new Set(entries.filter((entry) => entry !== except).map((entry) => String(entry.value.id ?? '')));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** The entries with the one at `from` moved to `to`. */
export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(Math.max(0, Math.min(to, next.length)), 0, item);
  return next;
}

/** A copy of `entry` with an id of its own (`…-copy`), placed after it by the caller. */
export function copyOf(entry: Entry, entries: Entry[]): Entry {
  const value = structuredClone(entry.value);
  const id = typeof value.id === 'string' && value.id.trim() ? value.id.trim() : 'item';
  value.id = uniqueId(`${id}-copy`, entries);
  return { uid: newUid(), value, draft: entry.draft };
}

/** What the editor keeps on the device between visits. */
export interface Kept {
  workspace: Workspace;
  name: string;
  dirty: boolean;
  /** When it was kept (an ISO instant). */
  at: string;
}

/** `Kept` back from storage, or `undefined` if there is none or it is not ours. */
export function readKept(text: string | null): Kept | undefined {
  if (!text) return undefined;
  try {
    const kept = JSON.parse(text) as Kept;
    const { workspace } = kept;
    const ok =
      isObject(workspace) &&
      isObject(workspace.rest) &&
      isObject(workspace.about) &&
      Array.isArray(workspace.present) &&
      SECTIONS.every(
        (section) =>
          Array.isArray(workspace.sections?.[section]) &&
          workspace.sections[section].every((entry) => typeof entry.uid === 'string' && isObject(entry.value)),
      );
    return ok && typeof kept.name === 'string' ? kept : undefined;
  } catch {
    return undefined;
  }
}
