/**
 * The initiatives' words, merged into the library's one strings object when
 * this module loads: the family reads them from `strings` (exported here),
 * and a page changes them with `setStrings` like any other.
 */
import { addStrings } from '../shared/strings.js';

export { strings } from '../shared/strings.js';

export const initiativeStrings = {
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
};

addStrings(initiativeStrings);
