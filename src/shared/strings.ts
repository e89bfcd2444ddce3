/**
 * Every word a reader sees or hears, in one strings object. A page can change
 * any of them, before or after the elements render:
 *
 *     import { setStrings } from 'nhs-briefing-widgets';
 *     setStrings({ feedError: 'Sorry, this list is not available.' });
 *
 * (with the classic script: `NhsBriefingWidgets.setStrings({ … })`).
 * The words every element shares are here; each element family's own are
 * beside it (`src/prompts/strings.ts`, `src/initiatives/strings.ts`,
 * `src/briefing/strings.ts`) and join these when the family loads, so a page
 * that loads one element through its own entry downloads only that
 * element's words.
 */
import type { briefingStrings } from '../briefing/strings.js';
import type { initiativeStrings } from '../initiatives/strings.js';
import type { promptStrings } from '../prompts/strings.js';

const sharedStrings = {
  /** Shown while a feed loads. */
  loading: 'Loading…',
  /** Shown when a feed cannot be fetched or read; any content already on the page stays. */
  feedError: 'Sorry, this content is not available at the moment. Please try again later.',
  /** Shown when a feed has nothing for this element. */
  feedEmpty: 'There is nothing to show here yet.',

  // Case studies (shared for now; they are to move to src/case-studies/strings.ts)
  /** Link at the foot of a case study; its heading follows, visually hidden. */
  readCaseStudy: 'Read the full case study',
  /** The carousel's name when the page gives no `label`. */
  carouselLabel: 'Case studies',
  /** How screen readers describe the carousel and each slide (`aria-roledescription`). */
  carousel: 'carousel',
  slide: 'slide',
  /** A slide's name: "2 of 5". */
  slideLabel: (n: number, total: number) => `${n} of ${total}`,
  /** The carousel's buttons. */
  previousSlide: 'Previous case study',
  nextSlide: 'Next case study',
  pauseSlides: 'Pause',
  playSlides: 'Play',
  /** The slide picker's name, and each of its entries. */
  pickerLabel: 'Choose a case study',
  pickerItem: (n: number) => `Case study ${n}`,
  /** Announced politely after the reader moves to another slide. */
  slideAnnouncement: (n: number, total: number, heading: string) =>
    `Case study ${n} of ${total}${heading ? `: ${heading}` : ''}`,
};

/** Every string: the shared ones and every family's (TypeScript sees them all, whichever have loaded). */
export type Strings = typeof sharedStrings & typeof promptStrings & typeof initiativeStrings & typeof briefingStrings;

/**
 * Every string as shipped: the shared ones, and each element family's once
 * it has loaded (in the one-file bundles, every family's).
 */
export const defaultStrings = { ...sharedStrings } as Strings;

/** The strings in force. Read it at render time, never copy it. */
export let strings: Strings = { ...defaultStrings };

const listeners = new Set<() => void>();

/** `overrides` over `base`; nested groups (such as `audiences`) merged. */
function merge(base: object, overrides: object): Strings {
  const next: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides ?? {})) {
    const current = next[key];
    next[key] =
      value && typeof value === 'object' && current && typeof current === 'object' ? { ...current, ...value } : value;
  }
  return next as Strings;
}

/**
 * Replace some strings. Nested groups (such as `audiences`) are merged, so
 * `setStrings({ audiences: { veterans: 'Armed forces veterans' } })` keeps
 * the other audiences. Every element on the page updates.
 */
export function setStrings(overrides: DeepPartial<Strings>): void {
  strings = merge(strings, overrides);
  listeners.forEach((listener) => listener());
}

/**
 * An element family's own strings join the shipped ones as it loads; what
 * the page has already set with `setStrings` stays. @internal
 */
export function addStrings(family: Partial<Strings>): void {
  Object.assign(defaultStrings, family);
  strings = merge(family, strings);
}

/** Put every string back as shipped. */
export function resetStrings(): void {
  strings = { ...defaultStrings };
  listeners.forEach((listener) => listener());
}

/** Call `listener` whenever strings change; returns the way to stop. @internal */
export function onStringsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends (...args: never[]) => unknown ? T[K] : T[K] extends object ? Partial<T[K]> : T[K];
};
