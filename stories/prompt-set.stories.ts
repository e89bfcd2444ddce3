import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/prompts/prompt-set.js';
import type { Prompt } from '../src/content/types.js';

interface Args {
  src?: string;
  items?: Prompt[];
  heading?: string;
  headingLevel?: number;
  level?: string;
  ids?: string;
  notes: boolean;
  setId?: string;
}

const meta: Meta<Args> = {
  title: 'Briefing prompts/Prompt set',
  component: 'nhs-prompt-set',
  args: {
    src: 'demo/content.json',
    heading: 'Questions for leaders',
    headingLevel: 2,
    notes: true,
    setId: 'storybook',
  },
  argTypes: {
    level: { control: 'select', options: [undefined, 'organisation', 'system'] },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
  },
  render: (args) => html`<nhs-prompt-set
    style="max-width: 48rem"
    src=${ifDefined(args.src)}
    .items=${args.items}
    heading=${ifDefined(args.heading)}
    heading-level=${ifDefined(args.headingLevel)}
    level=${ifDefined(args.level)}
    ids=${ifDefined(args.ids)}
    ?notes=${args.notes}
    set-id=${ifDefined(args.setId)}
  ></nhs-prompt-set>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Every prompt in the example feed, with private notes, progress and the note buttons. */
export const WithNotes: Story = {};

/** A plain reading list: no notes. */
export const ReadingList: Story = { args: { notes: false } };

/** Only the system-level prompts. */
export const SystemLevel: Story = {
  args: { level: 'system', heading: 'Questions for the system', setId: 'storybook-system' },
};

/** Two prompts chosen by id, in the order written (ids are separated by spaces or commas). */
export const ChosenPrompts: Story = {
  args: {
    ids: 'open-entry-routes remove-process-barriers',
    heading: 'Widening entry routes',
    setId: 'storybook-chosen',
  },
};

/** Prompts written as HTML in the page, with no feed. */
export const WrittenInThePage: Story = {
  args: { src: undefined, heading: 'Workshop questions', setId: 'storybook-workshop' },
  render: (args) => html`<nhs-prompt-set
    style="max-width: 48rem"
    heading=${ifDefined(args.heading)}
    heading-level=${ifDefined(args.headingLevel)}
    ?notes=${args.notes}
    set-id=${ifDefined(args.setId)}
  >
    <nhs-briefing-prompt prompt-id="who-is-missing" question="Who in our area is missing out on our jobs?" level="system">
      <p>Compare where staff live with local deprivation data.</p>
    </nhs-briefing-prompt>
    <nhs-briefing-prompt prompt-id="first-step" question="What one change could we make this quarter?" level="organisation">
    </nhs-briefing-prompt>
  </nhs-prompt-set>`,
};

/** "Clear all notes" pressed: the question asked in the page, focus on Cancel (the axe test of this state is in test/prompt-set.test.ts). */
export const AskingToClear: Story = {
  args: { src: undefined, heading: 'Workshop questions', setId: 'storybook-clear' },
  render: (args, context) => WrittenInThePage.render!(args, context),
  play: async ({ canvasElement }) => {
    const set = canvasElement.querySelector('nhs-prompt-set')!;
    await set.updateComplete;
    [...set.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Clear all notes')!.click();
  },
};

/** The feed cannot be fetched: a polite message, and the prompts written in the page stay. */
export const FeedError: Story = {
  args: { src: 'demo/no-such-feed.json' },
  render: (
    args,
  ) => html`<nhs-prompt-set style="max-width: 48rem" src=${ifDefined(args.src)} heading=${ifDefined(args.heading)} heading-level="2" ?notes=${args.notes}>
    <nhs-briefing-prompt prompt-id="fallback" question="Who in our area is missing out on our jobs?" level="system"></nhs-briefing-prompt>
  </nhs-prompt-set>`,
};

/** Nothing to show. */
export const Empty: Story = { args: { src: undefined, items: [] } };
