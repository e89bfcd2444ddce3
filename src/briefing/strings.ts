/**
 * The whole briefing's words, merged into the library's one strings object
 * when this module loads: the element reads them from `strings` (exported
 * here), and a page changes them with `setStrings` like any other.
 */
import { addStrings } from '../shared/strings.js';

export { strings } from '../shared/strings.js';

export const briefingStrings = {
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
};

addStrings(briefingStrings);
