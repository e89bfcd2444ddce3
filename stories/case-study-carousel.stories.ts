import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/case-studies/case-study-carousel.js';
import type { CaseStudy } from '../src/content/types.js';

interface Args {
  label?: string;
  src?: string;
  place?: string;
  ids?: string;
  /** Case studies as data (the `items` property). */
  items?: CaseStudy[];
  autoplay: boolean;
  /** Milliseconds between slides with autoplay. */
  autoplayInterval?: number;
  loop: boolean;
  /** The width of the column the carousel sits in. */
  width: string;
  dir: 'ltr' | 'rtl';
  /** Write the case studies as children (HTML) rather than take them from `src`. */
  children: boolean;
}

const children = html`
  <nhs-case-study
    id="manchester"
    heading="Manchester widens its pre-employment programme for young people"
    organisation="Manchester University NHS Foundation Trust with The King's Trust"
    place="Manchester"
    href="https://www.nhsemployers.org/case-studies/widening-local-participation-through-partnering-princes-trust"
  >
    <p>The trust began pre-employment checks at the start of the programme, to move candidates into jobs faster.</p>
  </nhs-case-study>
  <nhs-case-study
    id="somerset"
    heading="Somerset turns a vaccination recruitment drive into a route into NHS careers"
    organisation="Somerset NHS Foundation Trust with Weston College and the DWP"
    place="Somerset"
    href="https://somersetjobs.co.uk/news/70-people-facing-unemployment-back-to-work/"
  >
    <p>The academy team carries out checks and assigns training in advance, so candidates can start almost at once.</p>
  </nhs-case-study>
  <nhs-case-study
    id="barts"
    heading="Healthcare Works opens hospital jobs to people in East London"
    organisation="Barts Health NHS Trust with the National Skills Academy for Health"
    place="East London"
  >
    <p>Free training and guaranteed interviews for local people who are out of work.</p>
  </nhs-case-study>
  <nhs-case-study
    id="norwich"
    heading="Norwich pilot shows how veterans can move into NHS careers"
    organisation="Norfolk and Norwich University Hospitals NHS Foundation Trust"
    place="Norwich, Norfolk"
  >
    <p>A placement programme matched veterans' skills to roles across the hospital.</p>
  </nhs-case-study>
`;

const meta: Meta<Args> = {
  title: 'Case studies/Case study carousel',
  component: 'nhs-case-study-carousel',
  args: {
    label: 'Case studies',
    autoplay: false,
    loop: false,
    width: '100%',
    dir: 'ltr',
    children: true,
  },
  argTypes: {
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
    autoplayInterval: { control: { type: 'number', min: 1000, step: 500 } },
  },
  render: (args) => html`<div dir=${args.dir} style="width: ${args.width}">
    <nhs-case-study-carousel
      label=${ifDefined(args.label)}
      src=${ifDefined(args.src)}
      place=${ifDefined(args.place)}
      ids=${ifDefined(args.ids)}
      .items=${args.items}
      ?autoplay=${args.autoplay}
      autoplay-interval=${ifDefined(args.autoplayInterval)}
      ?loop=${args.loop}
      >${args.children ? children : nothing}</nhs-case-study-carousel
    >
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Case studies written as HTML children: slides per view follow the column's width. */
export const FromChildren: Story = {};

/** Every case study in the example content pack. */
export const FromFeed: Story = { args: { src: 'demo/content.json', children: false } };

/** Only the case studies from one place: one slide, so no controls. */
export const FilteredByPlace: Story = { args: { src: 'demo/content.json', place: 'Somerset', children: false } };

/** Two chosen case studies by id. */
export const ChosenByIds: Story = {
  args: {
    src: 'demo/content.json',
    ids: 'barts-healthcare-works norwich-step-into-health',
    children: false,
    width: '320px',
  },
};

/** Case studies set as data on the `items` property; a page styles their parts as `::part(item-card)` and so on. */
export const FromItems: Story = {
  args: {
    children: false,
    width: '700px',
    items: [
      {
        id: 'leeds',
        heading: 'Leeds opens hospital jobs to young people from the most deprived areas',
        organisation: 'Leeds Teaching Hospitals NHS Trust with Leeds City Council',
        place: 'Leeds',
        summary: 'A pathway of paid placements and guaranteed interviews for young people out of work.',
        outcomes: [{ value: '75', label: 'young people employed' }],
        href: 'https://example.org/leeds',
      },
      {
        id: 'bristol',
        heading: 'Bristol trains local people for jobs in its hospitals',
        organisation: 'North Bristol NHS Trust',
        place: 'Bristol',
        summary: 'Short courses, then interviews, for people who live near the hospitals.',
        quote: { text: 'I start on the ward next month.', cite: 'A participant' },
      },
      {
        id: 'hull',
        heading: 'Hull helps veterans into NHS careers',
        place: 'Hull',
        summary: 'A placement programme matched the skills of veterans to roles across the trust.',
      },
    ],
  },
};

/**
 * Rotating on its own every 6 seconds, with the Pause button first. The row is as tall as the
 * tallest case study, so rotation never moves the page; after the reader's own move it fits the view.
 */
export const Autoplay: Story = { args: { autoplay: true, autoplayInterval: 6000 } };

/** Wrapping from the last slide to the first. */
export const Loop: Story = { args: { loop: true } };

/** In a narrow sidebar (300px): one slide at a time. */
export const NarrowSidebar: Story = { args: { width: '300px' } };

/** In a 700px column: two slides in view. */
export const TwoInView: Story = { args: { width: '700px' } };

/** Full width of a wide page (1200px): three in view, each card as tall as its own content. */
export const ThreeInView: Story = { args: { width: '1200px', src: 'demo/content.json', children: false } };

/** On a right-to-left page: the row and the arrow keys run the other way. */
export const RightToLeft: Story = { args: { dir: 'rtl' } };

/** The feed cannot be fetched: a polite message, and the children stay. */
export const FeedError: Story = { args: { src: 'demo/missing.json' } };

/** The feed has nothing for these filters. */
export const NothingMatches: Story = { args: { src: 'demo/content.json', place: 'Atlantis', children: false } };
