import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/initiatives/initiative-card.js';

interface Args {
  name?: string;
  provider?: string;
  href?: string;
  audiences?: string;
  kind?: string;
  offer?: string;
  opens?: string;
  closes?: string;
  reviewed?: string;
  today: string;
  closingSoonDays?: number;
  headingLevel?: number;
  summary: string;
}

const meta: Meta<Args> = {
  title: 'Initiatives/Initiative card',
  component: 'nhs-initiative-card',
  args: {
    name: 'Extra payment for hiring a young apprentice',
    provider: 'Department for Education',
    href: 'https://www.apprenticeships.gov.uk/employers/financial-incentives',
    audiences: 'young-people,care-leavers',
    kind: 'funding',
    offer: '£1,000 for the employer for each apprentice aged 16 to 18',
    opens: '2027-01-05',
    closes: '2027-03-31',
    reviewed: '2026-11-28',
    today: '2027-02-01',
    summary: 'Employers can receive an extra payment when they take on a younger apprentice.',
  },
  render: (args) => html`<nhs-initiative-card
    style="max-width: 32rem"
    name=${ifDefined(args.name)}
    provider=${ifDefined(args.provider)}
    href=${ifDefined(args.href)}
    audiences=${ifDefined(args.audiences)}
    kind=${ifDefined(args.kind)}
    offer=${ifDefined(args.offer)}
    opens=${ifDefined(args.opens)}
    closes=${ifDefined(args.closes)}
    reviewed=${ifDefined(args.reviewed)}
    today=${args.today}
    closing-soon-days=${ifDefined(args.closingSoonDays)}
    heading-level=${ifDefined(args.headingLevel)}
    ><p>${args.summary}</p></nhs-initiative-card
  >`,
};
export default meta;
type Story = StoryObj<Args>;

/** Open, with its closing date given as a detail. */
export const Open: Story = {};

/** Within 30 days of closing: a yellow tag that counts the days. */
export const ClosingSoon: Story = { args: { today: '2027-03-19' } };

/** The last day it is open. */
export const ClosesToday: Story = { args: { today: '2027-03-31' } };

/** Not open yet. */
export const Upcoming: Story = { args: { today: '2026-12-01' } };

/** Closed: in a list these are hidden unless the reader asks for them. */
export const Closed: Story = { args: { today: '2027-04-01' } };

/** Not checked for over 12 months: the reader is told, the author warned in the console. */
export const NotReviewedForAYear: Story = {
  args: { reviewed: '2025-03-15', today: '2026-11-28', opens: undefined, closes: undefined },
};

/** Only a name: no dates means open. An audience key without a label is shown as written. */
export const Minimal: Story = {
  args: {
    provider: undefined,
    href: undefined,
    kind: undefined,
    offer: undefined,
    opens: undefined,
    closes: undefined,
    audiences: 'night-shift-workers',
    summary: 'A scheme with little detail yet.',
  },
};

/** A `javascript:` link is dropped, with a console warning: the name is plain text. */
export const UnsafeLink: Story = { args: { href: 'javascript:alert(1)' } };

/**
 * A whole feed item given to the `item` property, as a script or a list would
 * (`card.item = { id, name, … }`): the attributes and slot are then not used.
 */
export const FromItem: Story = {
  render: (args) =>
    html`<nhs-initiative-card
      style="max-width: 32rem"
      today=${args.today}
      .item=${{
        id: 'access-to-work',
        name: 'Access to Work',
        provider: 'Department for Work and Pensions',
        href: 'https://www.gov.uk/access-to-work',
        summary: 'A grant for disabled people and people with health conditions to help them start or stay in work.',
        audiences: ['disabled-people'],
        kind: 'funding',
        reviewed: '2026-11-28',
      }}
    ></nhs-initiative-card>`,
};

/** No name: the card keeps its light-DOM content and warns the author. */
export const MissingName: Story = { args: { name: undefined } };
