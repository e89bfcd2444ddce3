import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/initiatives/initiative-list.js';
import type { Initiative } from '../src/content/types.js';

interface Args {
  src?: string;
  items?: Initiative[];
  heading?: string;
  audience?: string;
  kind?: string;
  showClosed?: boolean;
  today: string;
  noSearch?: boolean;
  noAudienceFilter?: boolean;
  noKindFilter?: boolean;
  noClosedToggle?: boolean;
  /** Storybook's action for `nhs-filter-change` (the Actions panel). */
  onFilterChange?: (event: Event) => void;
}

const STATUSES: Initiative[] = [
  {
    id: 'closed',
    name: 'Kickstart Scheme',
    provider: 'Department for Work and Pensions',
    kind: 'funding',
    audiences: ['young-people'],
    closes: '2021-12-17',
  },
  {
    id: 'upcoming',
    name: 'Future health apprenticeships',
    provider: 'NHS England',
    kind: 'programme',
    audiences: ['young-people', 'care-leavers'],
    opens: '2027-05-01',
  },
  {
    id: 'open',
    name: 'Access to Work',
    provider: 'Department for Work and Pensions',
    kind: 'funding',
    audiences: ['disabled-people'],
    summary: 'A grant for support beyond reasonable adjustments.',
  },
  {
    id: 'closing',
    name: 'Local skills fund',
    provider: 'Example Combined Authority',
    kind: 'funding',
    audiences: ['local-communities'],
    offer: 'Up to £5,000 per employer',
    closes: '2027-03-12',
  },
];

const meta: Meta<Args> = {
  title: 'Initiatives/Initiative list',
  component: 'nhs-initiative-list',
  args: { src: 'demo/content.json', heading: 'National initiatives and incentives', today: '2026-11-28' },
  render: (args) => html`<nhs-initiative-list
    src=${ifDefined(args.src)}
    .items=${args.items}
    heading=${ifDefined(args.heading)}
    audience=${ifDefined(args.audience)}
    kind=${ifDefined(args.kind)}
    ?show-closed=${args.showClosed}
    today=${args.today}
    ?no-search=${args.noSearch}
    ?no-audience-filter=${args.noAudienceFilter}
    ?no-kind-filter=${args.noKindFilter}
    ?no-closed-toggle=${args.noClosedToggle}
  ></nhs-initiative-list>`,
};
export default meta;
type Story = StoryObj<Args>;

/** From the example feed: closed ones hidden, a search box and filters. */
export const FromFeed: Story = {};

/** Every status, in list order: closing soonest, open, upcoming, then closed (shown here). */
export const EveryStatus: Story = { args: { src: undefined, items: STATUSES, today: '2027-03-01', showClosed: true } };

/** Preset filters from attributes: the reader can still change them. */
export const PresetFilters: Story = { args: { audience: 'disabled-people', kind: 'programme' } };

/** A fixed selection with no controls, e.g. on a page about one audience. */
export const NoControls: Story = {
  args: { audience: 'young-people', noSearch: true, noAudienceFilter: true, noKindFilter: true, noClosedToggle: true },
};

/** Nothing matches: a message and a "Clear filters" button. */
export const NothingMatches: Story = { args: { audience: 'veterans', kind: 'funding' } };

/** Cards written in the page: they are read as data and filtered like feed items. */
export const FromChildren: Story = {
  args: { src: undefined },
  render: (args) => html`<nhs-initiative-list heading=${ifDefined(args.heading)} today=${args.today}>
    <nhs-initiative-card name="Step into Health" provider="NHS Employers" kind="programme" audiences="veterans">
      Connects the Armed Forces community with NHS jobs.
    </nhs-initiative-card>
    <nhs-initiative-card name="New Futures Network" provider="HM Prison and Probation Service" kind="guidance" audiences="people-with-convictions">
      Helps employers recruit serving prisoners and prison leavers.
    </nhs-initiative-card>
  </nhs-initiative-list>`,
};

/** The feed cannot be fetched: a polite message, and the cards written in the page stay. */
export const FeedError: Story = {
  args: { src: 'no-such-feed.json' },
  render: (
    args,
  ) => html`<nhs-initiative-list src=${ifDefined(args.src)} heading=${ifDefined(args.heading)} today=${args.today}>
    <nhs-initiative-card name="Access to Work" provider="Department for Work and Pensions" kind="funding">
      A grant for disabled people to start or stay in work.
    </nhs-initiative-card>
  </nhs-initiative-list>`,
};

/** More matches than fit at once: the first 24, then a "Show more" button. */
export const ManyInitiatives: Story = {
  args: {
    src: undefined,
    today: '2027-03-01',
    items: Array.from({ length: 40 }, (_, i) => ({
      id: `scheme-${i + 1}`,
      name: `Local employment scheme ${i + 1}`,
      provider: i % 2 ? 'Example Combined Authority' : 'Example ICS',
      kind: i % 3 ? 'programme' : 'funding',
      audiences: [i % 2 ? 'young-people' : 'long-term-unemployed'],
      ...(i % 5 === 0 ? { closes: `2027-03-${String(2 + i / 5).padStart(2, '0')}` } : {}),
    })),
  },
};

/**
 * A thousand initiatives, to try the search box on: each letter appears at
 * once, and the results follow in the next frame (`npm run bench:list`
 * counts the frames typing drops).
 */
export const AThousandInitiatives: Story = {
  args: {
    src: undefined,
    today: '2027-03-01',
    items: Array.from({ length: 1000 }, (_, i) => {
      const words = [
        'apprenticeship',
        'health',
        'care',
        'skills',
        'bursary',
        'academy',
        'pathway',
        'placement',
        'café',
      ];
      return {
        id: `initiative-${i + 1}`,
        name: `${words[i % words.length]} ${words[(i * 7 + 3) % words.length]} scheme ${i + 1}`,
        provider: i % 2 ? 'Department for Work and Pensions' : 'NHS England',
        summary: `Support into ${words[(i * 5) % words.length]} roles for people who need it most, with local partners.`,
        kind: (['programme', 'funding', 'guidance'] as const)[i % 3],
        audiences: [i % 2 ? 'young-people' : 'long-term-unemployed'],
      };
    }),
  },
};

/**
 * What a page script hears: search or change a filter, and once you pause
 * (300 ms) the Actions panel shows an `nhs-filter-change` event with what you
 * now look for (`detail: { search, audience, kind, showClosed }`), as a trust
 * might count it. Not on the first render, nor for the presets.
 */
export const FilterChangeEvent: Story = {
  args: { audience: 'young-people' },
  argTypes: { onFilterChange: { action: 'nhs-filter-change', table: { disable: true } } },
  render: (args) => html`<nhs-initiative-list
    src=${ifDefined(args.src)}
    heading=${ifDefined(args.heading)}
    audience=${ifDefined(args.audience)}
    today=${args.today}
    @nhs-filter-change=${args.onFilterChange}
  ></nhs-initiative-list>`,
};

/** A feed with no initiatives in it. */
export const Empty: Story = { args: { src: undefined, items: [] } };
