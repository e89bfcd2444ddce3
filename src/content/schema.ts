/**
 * The JSON Schema of the feed format, built from the same field descriptions
 * as the parser. The build writes it to `dist/content.schema.json` so that
 * editors autocomplete and check feeds as comms staff type.
 */
import { AUDIENCES, aboutSpec, sectionSpecs, type FieldSpec, type ObjectSpec } from './spec.js';
import { docs, sectionDocs } from './docs.js';

type Schema = Record<string, unknown>;

/** Text that is not only spaces, as the parser counts a blank field as missing. */
const TEXT = { type: ['string', 'number'], pattern: '\\S' };
/**
 * No scheme (relative), or one of the safe ones in any case, as browsers read
 * schemes; the same rule as `safeUrl`. No `format`: `uri-reference` refuses
 * links the parser keeps and browsers follow, such as `tel:+44 20 7946 0000`
 * or a path with accented letters.
 */
const SAFE_URL =
  '^\\s*(?:(?:[hH][tT][tT][pP][sS]?|[mM][aA][iI][lL][tT][oO]|[tT][eE][lL]):|(?![a-zA-Z][a-zA-Z0-9+.-]*:))[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]*$';

function fieldSchema(spec: FieldSpec, key: string, description: string): Schema {
  switch (spec.type) {
    case 'text':
      // An image's alt may be "" to mark the image decorative.
      return key === 'alt' ? { type: 'string', description } : { ...TEXT, description };
    case 'date':
      return { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description };
    case 'url':
      return { type: 'string', pattern: SAFE_URL, description };
    case 'enum':
      return { enum: [...spec.values], description };
    case 'keys':
      return {
        type: 'array',
        items: { anyOf: [{ enum: [...AUDIENCES] }, { type: 'string', pattern: '\\S' }] },
        description,
      };
    case 'list':
      return { type: 'array', items: objectSchema(spec.item), description };
    case 'object':
      return { ...objectSchema(spec.spec), description };
  }
}

function objectSchema(spec: ObjectSpec): Schema {
  const entries = Object.entries(spec);
  return {
    type: 'object',
    properties: Object.fromEntries(
      entries.map(([key, field]) => [key, fieldSchema(field, key, docs.get(spec)?.[key] ?? '')]),
    ),
    required: entries.filter(([, field]) => field.required).map(([key]) => key),
  };
}

/** The JSON Schema (draft 2020-12) of a content pack. */
export function contentSchema(id = 'https://unpkg.com/nhs-briefing-widgets/dist/content.schema.json'): Schema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: id,
    title: 'NHS briefing widgets content pack',
    description:
      'Prompts, initiatives and case studies for the nhs-briefing-widgets elements. Every section is optional.',
    type: 'object',
    properties: {
      $schema: { type: 'string' },
      version: { const: 1, description: 'The feed format version: 1.' },
      about: { ...objectSchema(aboutSpec), description: 'The briefing this pack comes from.' },
      ...Object.fromEntries(
        Object.entries(sectionSpecs).map(([key, item]) => [
          key,
          { type: 'array', items: objectSchema(item), description: sectionDocs[key as keyof typeof sectionDocs] },
        ]),
      ),
    },
  };
}
