/**
 * What each field of the feed format means, in words for the comms staff who
 * edit feeds. Editors show these from `dist/content.schema.json`; they are
 * kept out of the script-tag bundle. `Docs<T>` makes the compiler insist on
 * one for every field of every type.
 */
import {
  aboutSpec,
  actionSpec,
  caseStudySpec,
  chapterSpec,
  imageSpec,
  initiativeSpec,
  outcomeSpec,
  partnerSpec,
  promptSpec,
  quoteSpec,
  type ObjectSpec,
} from './spec.js';
import type { About, Action, CaseStudy, Chapter, Image, Initiative, Outcome, Partner, Prompt, Quote } from './types.js';

type Docs<T> = { [K in keyof T]-?: string };

const quote: Docs<Quote> = {
  text: 'The words quoted, exactly as said.',
  cite: 'Who said it, with their role.',
};

const action: Docs<Action> = {
  text: 'What to do, as a short sentence.',
  href: 'Where to find out more.',
};

const outcome: Docs<Outcome> = {
  value: 'The figure, e.g. "75" or "90%".',
  label: 'What the figure counts, e.g. "young people employed".',
};

const image: Docs<Image> = {
  src: 'The image file.',
  alt: 'What the image shows, for people who cannot see it; "" for a decorative image.',
};

const chapter: Docs<Chapter> = {
  title: 'The chapter title.',
  summary: 'What the chapter covers.',
};

const partner: Docs<Partner> = {
  name: 'The body as it is called now, e.g. "The King\'s Trust".',
  note: 'Its old name, where it has changed since the briefing, e.g. "as The Prince\'s Trust, renamed in 2024".',
};

const prompt: Docs<Prompt> = {
  id: 'A short unique name, e.g. "local-pathways". Notes are saved under it.',
  question: 'The reflective question.',
  level: 'Whether the question is for one organisation or the whole system.',
  context: 'Why it matters.',
  actions: 'Practical steps to get started.',
};

const initiative: Docs<Initiative> = {
  id: 'A short unique name, e.g. "apprenticeship-incentive".',
  name: "The initiative's name.",
  provider: 'Who runs it.',
  summary: 'What it is, in a sentence or two.',
  audiences: 'Who it is for, e.g. ["young-people", "veterans"]. Other words are shown as written.',
  kind: 'A programme to join, funding to claim, or guidance to follow.',
  offer: 'What it offers, e.g. "Up to £3,000 per new apprentice".',
  opens: 'The day it opens (YYYY-MM-DD).',
  closes: 'The last day it is open (YYYY-MM-DD).',
  reviewed: 'The day someone last checked it against its source (YYYY-MM-DD).',
  href: 'Its official page.',
};

const caseStudy: Docs<CaseStudy> = {
  id: 'A short unique name, e.g. "leeds-youth-pathway".',
  heading: "The case study's title.",
  organisation: 'The NHS organisation and its partners.',
  place: 'Where, e.g. "Leeds" or "North East and North Cumbria".',
  summary: 'What they did, in two or three sentences.',
  outcomes: 'Headline figures.',
  quote: 'A quote from someone involved.',
  image: 'A photograph with its alt text.',
  href: 'The full case study.',
  reviewed: 'The day someone last checked it against its source (YYYY-MM-DD).',
};

const about: Docs<About> = {
  title: "The briefing's title, shown as the heading of <nhs-briefing>'s introduction.",
  publisher: 'Who publishes it.',
  summary: 'What it asks of readers.',
  audience: 'Who it is for.',
  chapters: 'Its chapters, in order, as the briefing outlines them.',
  partners: 'The reference group that contributed to it.',
  quote: 'A quote that frames it, exactly as written, with who said it.',
  href: 'The published briefing.',
  reviewed: 'The day someone last checked the pack against the briefing (YYYY-MM-DD).',
  notice: 'A line shown with the introduction and wherever the pack is previewed, e.g. "Example content".',
};

/** The words for each described object, found by its spec. */
export const docs = new Map<ObjectSpec, Record<string, string>>([
  [quoteSpec, quote],
  [actionSpec, action],
  [outcomeSpec, outcome],
  [imageSpec, image],
  [chapterSpec, chapter],
  [partnerSpec, partner],
  [promptSpec, prompt],
  [initiativeSpec, initiative],
  [caseStudySpec, caseStudy],
  [aboutSpec, about],
]);

export const sectionDocs = {
  prompts: 'Reflective questions for leaders.',
  initiatives: 'National initiatives and incentives.',
  caseStudies: 'Partners getting people into work.',
};
