/**
 * Field descriptions of the content model: the one source the parser
 * (`parse.ts`) and the JSON Schema (`schema.ts`) both read. `Spec<T>` makes
 * the compiler check that every field of a type in `types.ts` is described
 * here, and that "required" matches the type, so the three cannot drift.
 */
import type {
  About,
  Action,
  CaseStudy,
  Chapter,
  Image,
  Initiative,
  Outcome,
  Prompt,
  Quote,
} from './types.js';

export type Field =
  | { type: 'text' }
  | { type: 'date' }
  | { type: 'url' }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'keys'; examples: readonly string[] }
  | { type: 'list'; item: ObjectSpec }
  | { type: 'object'; spec: ObjectSpec };

export type FieldSpec = Field & { required: boolean; description: string };
export type ObjectSpec = Record<string, FieldSpec>;

type IsOptional<T, K extends keyof T> = {} extends Pick<T, K> ? true : false;
/** One described field per key of T, `required` true exactly when T's key is. */
export type Spec<T> = {
  [K in keyof T]-?: FieldSpec & { required: IsOptional<T, K> extends true ? false : true };
};

const text = <R extends boolean>(required: R, description: string) =>
  ({ type: 'text', required, description }) as const;
const date = (description: string) => ({ type: 'date', required: false, description }) as const;
const url = (description: string) => ({ type: 'url', required: false, description }) as const;

/** Audience keys the strings module has labels for; others are allowed and shown as written. */
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

export const PROMPT_LEVELS = ['organisation', 'system'] as const;
export const INITIATIVE_KINDS = ['programme', 'funding', 'guidance'] as const;

const quote: Spec<Quote> = {
  text: text(true, 'The words quoted, exactly as said.'),
  cite: text(false, 'Who said it, with their role.'),
};

const action: Spec<Action> = {
  text: text(true, 'What to do, as a short sentence.'),
  href: url('Where to find out more.'),
};

const outcome: Spec<Outcome> = {
  value: text(true, 'The figure, e.g. "75" or "90%".'),
  label: text(true, 'What the figure counts, e.g. "young people employed".'),
};

const image: Spec<Image> = {
  src: { type: 'url', required: true, description: 'The image file.' },
  alt: {
    type: 'text',
    required: true,
    description: 'What the image shows, for people who cannot see it; "" for a decorative image.',
  },
};

const chapter: Spec<Chapter> = {
  title: text(true, 'The chapter title.'),
  summary: text(false, 'What the chapter covers.'),
};

export const promptSpec: Spec<Prompt> = {
  id: text(true, 'A short unique name, e.g. "local-pathways". Notes are saved under it.'),
  question: text(true, 'The reflective question.'),
  level: {
    type: 'enum',
    values: PROMPT_LEVELS,
    required: true,
    description: 'Whether the question is for one organisation or the whole system.',
  },
  context: text(false, 'Why it matters.'),
  actions: {
    type: 'list',
    item: action,
    required: false,
    description: 'Practical steps to get started.',
  },
};

export const initiativeSpec: Spec<Initiative> = {
  id: text(true, 'A short unique name, e.g. "apprenticeship-incentive".'),
  name: text(true, 'The initiative\'s name.'),
  provider: text(false, 'Who runs it.'),
  summary: text(false, 'What it is, in a sentence or two.'),
  audiences: {
    type: 'keys',
    examples: AUDIENCES,
    required: false,
    description: 'Who it is for, e.g. ["young-people", "veterans"].',
  },
  kind: {
    type: 'enum',
    values: INITIATIVE_KINDS,
    required: false,
    description: 'A programme to join, funding to claim, or guidance to follow.',
  },
  offer: text(false, 'What it offers, e.g. "Up to £3,000 per new apprentice".'),
  opens: date('The day it opens (YYYY-MM-DD).'),
  closes: date('The last day it is open (YYYY-MM-DD).'),
  reviewed: date('The day someone last checked it against its source (YYYY-MM-DD).'),
  href: url('Its official page.'),
};

export const caseStudySpec: Spec<CaseStudy> = {
  id: text(true, 'A short unique name, e.g. "leeds-youth-pathway".'),
  heading: text(true, 'The case study\'s title.'),
  organisation: text(false, 'The NHS organisation and its partners.'),
  place: text(false, 'Where, e.g. "Leeds" or "North East and North Cumbria".'),
  summary: text(false, 'What they did, in two or three sentences.'),
  outcomes: {
    type: 'list',
    item: outcome,
    required: false,
    description: 'Headline figures.',
  },
  quote: { type: 'object', spec: quote, required: false, description: 'A quote from someone involved.' },
  image: { type: 'object', spec: image, required: false, description: 'A photograph with its alt text.' },
  href: url('The full case study.'),
  reviewed: date('The day someone last checked it against its source (YYYY-MM-DD).'),
};

export const aboutSpec: Spec<About> = {
  title: text(true, 'The briefing\'s title.'),
  publisher: text(false, 'Who publishes it.'),
  summary: text(false, 'What it asks of readers.'),
  audience: text(false, 'Who it is for.'),
  chapters: { type: 'list', item: chapter, required: false, description: 'Its chapters.' },
  quote: { type: 'object', spec: quote, required: false, description: 'A quote that frames it.' },
  href: url('The published briefing.'),
  reviewed: date('The day someone last checked the pack against the briefing (YYYY-MM-DD).'),
  notice: text(false, 'A line shown wherever the pack is previewed, e.g. "Example content".'),
};

/** The list sections of a content pack, with what one item of each looks like. */
export const sectionSpecs = {
  prompts: { item: promptSpec, description: 'Reflective questions for leaders.' },
  initiatives: { item: initiativeSpec, description: 'National initiatives and incentives.' },
  caseStudies: { item: caseStudySpec, description: 'Partners getting people into work.' },
} as const;
