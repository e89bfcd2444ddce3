import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/case-studies/case-study.js';
import type { CaseStudy } from '../src/content/types.js';

interface Args {
  heading?: string;
  organisation?: string;
  place?: string;
  href?: string;
  headingLevel?: number;
  item?: CaseStudy;
  width?: string;
}

const meta: Meta<Args> = {
  title: 'Case studies/Case study',
  component: 'nhs-case-study',
  args: {
    heading: 'Somerset turns a vaccination recruitment drive into a route into NHS careers',
    organisation: 'Somerset NHS Foundation Trust with Weston College and the Department for Work and Pensions',
    place: 'Somerset',
    href: 'https://somersetjobs.co.uk/news/70-people-facing-unemployment-back-to-work/',
    width: '36rem',
  },
  argTypes: { headingLevel: { control: { type: 'number', min: 2, max: 6 } } },
  render: (args) => html`<nhs-case-study
    style="max-width: ${args.width}"
    heading=${ifDefined(args.heading)}
    organisation=${ifDefined(args.organisation)}
    place=${ifDefined(args.place)}
    href=${ifDefined(args.href)}
    heading-level=${ifDefined(args.headingLevel)}
    .item=${args.item}
  >
    <p>
      Set up in April 2021 to help people facing redundancy into COVID-19 vaccination roles, the trust's sector-based
      work academy was later reshaped around health and social care jobs across the whole trust.
    </p>
    <ul slot="outcomes">
      <li><strong>201</strong> people started the programme</li>
      <li><strong>70</strong> completed it and moved into roles across the trust</li>
    </ul>
  </nhs-case-study>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Written as HTML: attributes, a summary paragraph and outcomes in their slot. */
export const FromHtml: Story = {};

/** A whole feed item as `item`: figures as large numbers, and a quote with its source. */
export const FromFeedItem: Story = {
  args: {
    item: {
      id: 'east-lancashire-get-into-hospitals',
      heading: 'Five years of helping young people into hospital jobs in East Lancashire',
      organisation: "East Lancashire Hospitals NHS Trust with The King's Trust",
      place: 'East Lancashire',
      summary:
        'A short course of training and placements on hospital wards has helped young people who were out of work into jobs with the trust.',
      outcomes: [
        { value: '83%', label: 'of young people moved into work or training' },
        { value: '5', label: 'years of the programme' },
      ],
      quote: { text: 'I never thought a hospital would want someone like me.', cite: 'A former participant' },
      href: 'https://www.nhsemployers.org/case-studies',
    },
  },
};

/** Just a heading and a summary: no place, figures or link. */
export const Minimal: Story = {
  args: { organisation: undefined, place: undefined, href: undefined },
};

/** A narrow column (320px) with long words: text wraps, nothing overflows. */
export const Narrow: Story = {
  args: {
    width: '320px',
    heading: 'Pre-employment programmes, apprenticeships and supported internships in Northumberland',
    organisation: 'Northumbria Healthcare NHS Foundation Trust with Northumberland County Council',
  },
};

/** The heading at level 2, for a page whose outline needs it. */
export const HeadingLevel2: Story = { args: { headingLevel: 2 } };
