/**
 * The content model: one typed shape for every way content comes in
 * (light-DOM HTML, a JSON feed, a JS property). Field names here are the
 * feed's keys; element attributes use the same names in kebab-case.
 */

/** Where a prompt asks the reader to look: their own organisation, or the whole system. */
export const PROMPT_LEVELS = ['organisation', 'system'] as const;
export type PromptLevel = (typeof PROMPT_LEVELS)[number];

/** How an initiative helps: a programme to join, money to claim, or guidance to follow. */
export const INITIATIVE_KINDS = ['programme', 'funding', 'guidance'] as const;
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];

/** A link with its text, such as a "get started" step. */
export interface Action {
  text: string;
  href?: string;
}

/** A reflective question for leaders. */
export interface Prompt {
  id: string;
  question: string;
  level: PromptLevel;
  context?: string;
  actions?: Action[];
}

/** A national skills or employment initiative, or a financial incentive. */
export interface Initiative {
  id: string;
  name: string;
  provider?: string;
  summary?: string;
  /** Audience keys such as `young-people`; unknown keys are kept and shown as written. */
  audiences?: string[];
  kind?: InitiativeKind;
  offer?: string;
  /** ISO date (YYYY-MM-DD). */
  opens?: string;
  /** ISO date (YYYY-MM-DD). */
  closes?: string;
  /** ISO date (YYYY-MM-DD) when someone last checked the item against its source. */
  reviewed?: string;
  href?: string;
}

/** A headline figure, such as "75" "young people employed". */
export interface Outcome {
  value: string;
  label: string;
}

export interface Quote {
  text: string;
  cite?: string;
}

export interface Image {
  src: string;
  /** Empty for a decorative image. */
  alt: string;
}

/** Partners getting people into work, and what changed locally. */
export interface CaseStudy {
  id: string;
  heading: string;
  organisation?: string;
  place?: string;
  summary?: string;
  outcomes?: Outcome[];
  quote?: Quote;
  image?: Image;
  href?: string;
  /** ISO date (YYYY-MM-DD). */
  reviewed?: string;
}

/** One chapter of the briefing, as the briefing outlines it. */
export interface Chapter {
  title: string;
  summary?: string;
}

/** A body that helped write the briefing: its name now, and a note where the name has changed. */
export interface Partner {
  name: string;
  /** E.g. "as The Prince's Trust, renamed The King's Trust in 2024". */
  note?: string;
}

/** The briefing a content pack comes from: `<nhs-briefing>` shows it as its introduction. */
export interface About {
  title: string;
  publisher?: string;
  summary?: string;
  audience?: string;
  chapters?: Chapter[];
  /** The reference group that contributed to the briefing. */
  partners?: Partner[];
  quote?: Quote;
  href?: string;
  reviewed?: string;
  /** A line shown with the introduction and wherever the pack is previewed, such as "Example content". */
  notice?: string;
}

/** The feed format: every section is optional. */
export interface ContentPack {
  version: 1;
  /** The briefing itself, when the pack says; absent (or skipped, when it has no title) otherwise. */
  about?: About;
  prompts: Prompt[];
  initiatives: Initiative[];
  caseStudies: CaseStudy[];
}

/** The list sections of a pack, by feed key. */
export interface Sections {
  prompts: Prompt;
  initiatives: Initiative;
  caseStudies: CaseStudy;
}
export type SectionKey = keyof Sections;

/** One thing wrong with a feed, precise enough for the author to fix it. */
export interface Problem {
  /** Where, e.g. `initiatives[3].closes`. */
  path: string;
  /** What, in words for comms staff, e.g. `expected a date like 2027-03-31, got "31/03/27"`. */
  message: string;
  /** `error`: the item (or the feed) was skipped; `warning`: a field was ignored or looks wrong. */
  severity: 'error' | 'warning';
}
