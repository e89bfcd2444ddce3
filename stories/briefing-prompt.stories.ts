import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/prompts/briefing-prompt.js';
import { notesKey } from '../src/prompts/notes-controller.js';
import type { Prompt } from '../src/content/types.js';

interface Args {
  promptId?: string;
  question?: string;
  level?: string;
  notes: boolean;
  setId?: string;
  headingLevel?: number;
  item?: Prompt;
  /** A note already kept on this device, put there before the story renders. */
  savedNote?: string;
}

const meta: Meta<Args> = {
  title: 'Briefing prompts/Briefing prompt',
  component: 'nhs-briefing-prompt',
  args: {
    promptId: 'remove-process-barriers',
    question: 'Where does our own recruitment process screen out the people we most want to reach?',
    level: 'organisation',
    notes: false,
    setId: 'storybook',
  },
  argTypes: {
    level: { control: 'select', options: ['organisation', 'system'] },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
  },
  render: (args) => {
    if (args.savedNote !== undefined && args.promptId) {
      localStorage.setItem(notesKey(args.setId ?? 'default', args.promptId), args.savedNote);
    }
    return html`<nhs-briefing-prompt
      style="max-width: 40rem"
      prompt-id=${ifDefined(args.promptId)}
      question=${ifDefined(args.question)}
      level=${ifDefined(args.level)}
      ?notes=${args.notes}
      set-id=${ifDefined(args.setId)}
      heading-level=${ifDefined(args.headingLevel)}
      .item=${args.item}
    >
      <p>
        Long lists of essential criteria, requests for continuous work history and slow pre-employment checks all cost
        candidates who have other options or little support.
      </p>
      <ul slot="actions">
        <li>
          <a href="https://www.nhsemployers.org/inspire-attract-and-recruit">
            Review job descriptions and adverts against the Inspire, Attract and Recruit toolkit
          </a>
        </li>
        <li>Start pre-employment checks at the beginning of a pre-employment programme.</li>
      </ul>
    </nhs-briefing-prompt>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

/** An organisation-level question, written as HTML in the page. */
export const Organisation: Story = {};

/** A system-level question. */
export const System: Story = {
  args: {
    promptId: 'shared-system-plan',
    question:
      'Does our integrated care system have one shared plan for getting local people into health and care jobs?',
    level: 'system',
  },
};

/** With a private notes box: the text stays on this device. */
export const WithNotes: Story = {
  args: { notes: true, promptId: 'story-empty-note' },
};

/** A note the reader wrote before, read back from this device. */
export const WithSavedNote: Story = {
  args: {
    notes: true,
    promptId: 'story-saved-note',
    savedNote: 'Long essential-criteria lists on band 2 adverts.\nAsk HR how long checks take.',
  },
};

/** Without a `prompt-id` nothing can be kept, and the reader is told so (as when storage is off or full). */
export const NotesNotKept: Story = {
  args: { notes: true, promptId: undefined },
};

/** A whole feed item given as `item` (as a prompt set does from a feed): it replaces the attributes and slots. */
export const FromData: Story = {
  args: {
    item: {
      id: 'support-to-stay',
      question:
        'Once people join through an inclusive route, what support do they and their managers get so that they stay?',
      level: 'organisation',
      context:
        'Getting someone into a job is only half the task: retention and progression decide whether it pays off.',
      actions: [
        {
          text: 'Make sure managers know that Access to Work can fund support.',
          href: 'https://www.gov.uk/access-to-work',
        },
        { text: 'Use the Disability Confident self-assessment.' },
      ],
    },
  },
};

/** No level and a heading at level 2. */
export const NoLevel: Story = {
  args: { level: undefined, headingLevel: 2 },
};

/** In a 320 px column, as at 400 % zoom. */
export const Narrow: Story = {
  args: { notes: true, promptId: 'story-narrow' },
  render: (args, context) => html`<div style="max-width: 320px">${meta.render!(args, context)}</div>`,
};
