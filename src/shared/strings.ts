/**
 * Every word a reader sees or hears, in one place. A page can change any of
 * them, before or after the elements render:
 *
 *     import { setStrings } from 'nhs-briefing-widgets';
 *     setStrings({ feedError: 'Sorry, this list is not available.' });
 *
 * (with the classic script: `NhsBriefingWidgets.setStrings({ … })`).
 * Element families add their own keys here, grouped under a comment.
 */

export const defaultStrings = {
  // Shared
  /** Shown while a feed loads. */
  loading: 'Loading…',
  /** Shown when a feed cannot be fetched or read; any content already on the page stays. */
  feedError: 'Sorry, this content is not available at the moment. Please try again later.',
  /** Shown when a feed has nothing for this element. */
  feedEmpty: 'There is nothing to show here yet.',
  /** Link text to open an item's source. */
  readMore: 'Find out more',
  /** Added to a link's accessible name when it leaves the site. */
  opensExternal: '(opens external site)',
  /** Audience keys, as people read them. An unknown key is shown as written. */
  audiences: {
    'young-people': 'Young people',
    'care-leavers': 'Care leavers',
    veterans: 'Veterans',
    'disabled-people': 'Disabled people',
    'long-term-unemployed': 'People out of work for a long time',
    refugees: 'Refugees',
    'people-with-convictions': 'People with convictions',
    carers: 'Carers',
    'older-workers': 'Older workers',
    'local-communities': 'Local communities',
  } as Record<string, string>,
};

export type Strings = typeof defaultStrings;

/** The strings in force. Read it at render time, never copy it. */
export let strings: Strings = { ...defaultStrings };

const listeners = new Set<() => void>();

/**
 * Replace some strings. Nested groups (such as `audiences`) are merged, so
 * `setStrings({ audiences: { veterans: 'Armed forces veterans' } })` keeps
 * the other audiences. Every element on the page updates.
 */
export function setStrings(overrides: DeepPartial<Strings>): void {
  const next: Record<string, unknown> = { ...strings };
  for (const [key, value] of Object.entries(overrides ?? {})) {
    const current = next[key];
    next[key] =
      value && typeof value === 'object' && current && typeof current === 'object'
        ? { ...current, ...value }
        : value;
  }
  strings = next as Strings;
  listeners.forEach((listener) => listener());
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
