/**
 * The editor's form fields, read from the same field descriptions as the
 * parser and the schema (`spec.ts`) with the same words (`docs.ts`): a field
 * added there appears in the editor at once, with its control, label and hint.
 */
import type { FieldSpec, ObjectSpec } from '../content/spec.js';
import { docs } from '../content/docs.js';
import { fieldLabels } from './strings.js';

export interface FieldInfo {
  key: string;
  spec: FieldSpec;
  /** The field's name for a person. */
  label: string;
  /** What to write, from the docs ('' if they have nothing). */
  hint: string;
}

/** "closingDate" → "Closing date". */
export const words = (key: string): string => {
  const spaced = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
};

/** The fields of an object, in the spec's order. */
export function fieldsOf(spec: ObjectSpec): FieldInfo[] {
  return Object.entries(spec).map(([key, field]) => ({
    key,
    spec: field,
    label: fieldLabels[key] ?? words(key),
    hint: docs.get(spec)?.[key] ?? '',
  }));
}

/** A path inside an item, from its parts: `['outcomes', 0, 'value']` → `outcomes[0].value`. */
export const pathOf = (parts: readonly (string | number)[]): string =>
  parts.map((part, i) => (typeof part === 'number' ? `[${part}]` : i ? `.${part}` : part)).join('');

/** The id of the control for a path: `['outcomes', 0, 'value']` → `field-outcomes-0-value`. */
export const idOf = (parts: readonly (string | number)[]): string => ['field', ...parts].join('-');

/** Every path the form draws a control or a group for, for `value` shaped by `spec`. */
export function fieldPaths(spec: ObjectSpec, value: unknown, prefix: (string | number)[] = []): string[] {
  const object =
    typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  return Object.entries(spec).flatMap(([key, field]) => {
    const parts = [...prefix, key];
    const here = pathOf(parts);
    if (field.type === 'list') {
      const rows = Array.isArray(object[key]) ? (object[key] as unknown[]) : [];
      return [
        here,
        ...rows.flatMap((row, i) => [pathOf([...parts, i]), ...fieldPaths(field.item, row, [...parts, i])]),
      ];
    }
    if (field.type === 'object') return [here, ...fieldPaths(field.spec, object[key], parts)];
    return [here];
  });
}

/**
 * Where the form shows a problem at `path`: the deepest field or group that
 * holds it (`audiences[2]` → `audiences`), or '' for the item as a whole.
 */
export function placeOf(path: string, paths: readonly string[]): string {
  let best = '';
  for (const candidate of paths) {
    const holds = path === candidate || path.startsWith(`${candidate}.`) || path.startsWith(`${candidate}[`);
    if (holds && candidate.length > best.length) best = candidate;
  }
  return best;
}
