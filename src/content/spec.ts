/**
 * The shape of the content model: the one source the parser (`parse.ts`) and
 * the JSON Schema (`schema.ts`) both read. `Spec<T>` makes the compiler check
 * that every field of a type in `types.ts` is here, and that "required"
 * matches the type, so the three cannot drift. The words that explain each
 * field to editors live in `docs.ts`, outside the script-tag bundle.
 */
import {
  INITIATIVE_KINDS,
  PROMPT_LEVELS,
  type About,
  type Action,
  type CaseStudy,
  type Chapter,
  type Image,
  type Initiative,
  type Outcome,
  type Partner,
  type Prompt,
  type Quote,
} from './types.js';

// The lists of levels and kinds live with the types they make (elements read them without the parser).
export { INITIATIVE_KINDS, PROMPT_LEVELS };

export type Field =
  | { type: 'text' }
  | { type: 'date' }
  | { type: 'url' }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'keys' }
  | { type: 'list'; item: ObjectSpec }
  | { type: 'object'; spec: ObjectSpec };

export type FieldSpec = Field & { required: boolean };
export type ObjectSpec = Record<string, FieldSpec>;

// An optional key is one whose absence still fits: `{}` is the empty object here, on purpose.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
type IsOptional<T, K extends keyof T> = {} extends Pick<T, K> ? true : false;
/** One described field per key of T, `required` true exactly when T's key is. */
export type Spec<T> = {
  [K in keyof T]-?: FieldSpec & { required: IsOptional<T, K> extends true ? false : true };
};

const text = <R extends boolean>(required: R) => ({ type: 'text', required }) as const;
const date = { type: 'date', required: false } as const;
const url = { type: 'url', required: false } as const;

/**
 * Audience keys the strings module has labels for; others are allowed and
 * shown as written. The schema offers them to editors.
 */
export const AUDIENCES = [
  'young-people',
  'care-leavers',
  'veterans',
  'disabled-people',
  'long-term-unemployed',
  'refugees',
  'people-with-convictions',
  'carers',
  'older-workers',
  'local-communities',
] as const;

export const quoteSpec: Spec<Quote> = {
  text: text(true),
  cite: text(false),
};

export const actionSpec: Spec<Action> = {
  text: text(true),
  href: url,
};

export const outcomeSpec: Spec<Outcome> = {
  value: text(true),
  label: text(true),
};

export const imageSpec: Spec<Image> = {
  src: { type: 'url', required: true },
  alt: text(true),
};

export const chapterSpec: Spec<Chapter> = {
  title: text(true),
  summary: text(false),
};

export const partnerSpec: Spec<Partner> = {
  name: text(true),
  note: text(false),
};

export const promptSpec: Spec<Prompt> = {
  id: text(true),
  question: text(true),
  level: { type: 'enum', values: PROMPT_LEVELS, required: true },
  context: text(false),
  actions: { type: 'list', item: actionSpec, required: false },
};

export const initiativeSpec: Spec<Initiative> = {
  id: text(true),
  name: text(true),
  provider: text(false),
  summary: text(false),
  audiences: { type: 'keys', required: false },
  kind: { type: 'enum', values: INITIATIVE_KINDS, required: false },
  offer: text(false),
  opens: date,
  closes: date,
  reviewed: date,
  href: url,
};

export const caseStudySpec: Spec<CaseStudy> = {
  id: text(true),
  heading: text(true),
  organisation: text(false),
  place: text(false),
  summary: text(false),
  outcomes: { type: 'list', item: outcomeSpec, required: false },
  quote: { type: 'object', spec: quoteSpec, required: false },
  image: { type: 'object', spec: imageSpec, required: false },
  href: url,
  reviewed: date,
};

export const aboutSpec: Spec<About> = {
  title: text(true),
  publisher: text(false),
  summary: text(false),
  audience: text(false),
  chapters: { type: 'list', item: chapterSpec, required: false },
  partners: { type: 'list', item: partnerSpec, required: false },
  quote: { type: 'object', spec: quoteSpec, required: false },
  href: url,
  reviewed: date,
  notice: text(false),
};

/** The list sections of a content pack, with what one item of each looks like. */
export const sectionSpecs = {
  prompts: promptSpec,
  initiatives: initiativeSpec,
  caseStudies: caseStudySpec,
} as const;
