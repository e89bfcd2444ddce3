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

  // Frame page (dist/frame.html, for CMSs that take an iframe but no script)
  /** Shown in the frame when its address asks for something it will not show; the console says what. */
  frameRefused: 'Sorry, this content cannot be shown here. Please let the person who looks after this page know.',
  /** The frame page's title when its address gives no `label` or `heading`. */
  frameTitle: 'Inclusive recruitment briefing',

  // Initiatives
  /** Status of an initiative that has not opened yet; `date` is "5 January 2027". */
  statusOpens: (date: string) => `Opens ${date}`,
  /** Status of an open initiative with no closing date in sight. */
  statusOpen: 'Open',
  /** Status of an initiative closing within the "closing soon" window (0 is today). */
  statusCloses: (days: number) => (days < 1 ? 'Closes today' : days < 2 ? 'Closes tomorrow' : `Closes in ${days} days`),
  /** Status of a closed initiative. */
  statusClosed: (date: string) => `Closed on ${date}`,
  /** Shown when an initiative has not been checked for a long time; `month` is "March 2025". */
  lastReviewed: (month: string) => `Last reviewed ${month}`,
  /** Initiative kinds, as people read them. */
  initiativeKinds: { programme: 'Programme', funding: 'Funding', guidance: 'Guidance' } as Record<string, string>,
  /** Labels of an initiative's details. */
  initiativeKind: 'Type',
  initiativeAudiences: 'Who it is for',
  initiativeOffer: 'What it offers',
  initiativeCloses: 'Closing date',
  /** Accessible name of a list's filters. */
  filtersLabel: 'Filter initiatives',
  /** Label of the list's search box. */
  searchLabel: 'Search by name, provider or summary',
  /** The audience filter's "no filter" choice. */
  anyAudience: 'Anyone',
  /** The kind filter's "no filter" choice. */
  anyKind: 'Any type',
  /** The list's toggle for closed initiatives. */
  includeClosed: 'Include closed initiatives',
  /** The list's result count, announced politely once typing settles. */
  showing: (shown: number, total: number) => `Showing ${shown} of ${total} initiative${total === 1 ? '' : 's'}`,
  /** Shown when no initiative matches the filters. */
  noMatches: 'No initiatives match your search and filters.',
  /** The button that resets the search and filters. */
  clearFilters: 'Clear filters',
  /** The button under a long list that shows the next `n` matches. */
  showMore: (n: number) => `Show ${n} more`,

  // Briefing prompts
  /** A prompt's level, shown as a tag. */
  promptLevels: { organisation: 'Organisation', system: 'System' } as Record<string, string>,
  /** Heading above a prompt's practical steps. */
  getStarted: 'Get started',
  /** Label of a prompt's notes box (the question is added to its accessible name). */
  notesLabel: 'Your notes',
  /** The line under the notes box saying where notes go. */
  notesHint: 'Your notes are kept on this device only. They are never sent anywhere.',
  /** Announced when a note has been saved. */
  notesSaved: 'Saved on this device',
  /** Shown when the browser will not keep notes (storage off, private mode or full). */
  notesNotSaved: 'This device cannot keep your notes, so they will be lost when you close this page.',
  /** A prompt set's progress. */
  notesProgress: (count: number, total: number) =>
    `${count} of ${total} prompt${total === 1 ? '' : 's'} ${count === 1 ? 'has' : 'have'} notes`,
  notesDownload: 'Download my notes',
  notesCopy: 'Copy my notes',
  notesPrint: 'Print my notes',
  notesClear: 'Clear all notes',
  notesClearAsk: 'Clear all your notes on these prompts? You cannot undo this.',
  notesClearYes: 'Yes, clear my notes',
  notesClearNo: 'Cancel',
  notesCleared: 'Your notes have been cleared.',
  notesCopied: 'Your notes have been copied.',
  notesCopyFailed: 'Your browser did not allow copying. Use "Download my notes" instead.',
  /** The title of exported notes when the set has no heading. */
  notesTitle: 'My notes',
  /** In exported notes, under a question nobody wrote about. */
  notesNone: 'No notes.',

  // The whole briefing
  /** The headings of the briefing's sections, which its contents list repeats. */
  briefingSections: {
    prompts: 'Questions for leaders',
    initiatives: 'National initiatives and incentives',
    'case-studies': 'Case studies',
  } as Record<string, string>,
  /** The name of the contents list. */
  briefingContents: 'Contents',
  /** Who publishes the briefing. */
  briefingPublisher: (publisher: string) => `Published by ${publisher}`,
  /** Before who the briefing is for. */
  briefingAudience: 'Who it is for',
  /** Before the briefing's chapters. */
  briefingChapters: "The briefing's chapters",
  /** Before the reference group. */
  briefingPartners: 'With thanks to the reference group',
  /** The link to the published briefing. */
  briefingRead: 'Read the full briefing',

  // Case studies
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
      value && typeof value === 'object' && current && typeof current === 'object' ? { ...current, ...value } : value;
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
