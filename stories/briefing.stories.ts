import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/briefing/briefing.js';
import { notesKey } from '../src/prompts/notes-controller.js';

interface Args {
  src?: string;
  sections?: string;
  headingLevel?: number;
  notes: boolean;
  setId?: string;
  today?: string;
  /** The width of the column the briefing sits in. */
  width: string;
}

/** What a page might write inside the element: readable before the script runs, and if the feed fails. */
const pageContent = html`<p>
  Read
  <a
    href="https://improve.bmj.com/improve_post/inclusive-recruitment-increasing-supply-widening-access-to-employment-and-addressing-inequality/"
    >Inclusive recruitment: increasing supply, widening access to employment and addressing inequality</a
  >, a briefing by NHS Employers for NHS England.
</p>`;

const meta: Meta<Args> = {
  title: 'The whole briefing/Briefing',
  component: 'nhs-briefing',
  args: {
    src: 'demo/content.json',
    headingLevel: 2,
    notes: true,
    setId: 'storybook-briefing',
    width: '100%',
  },
  argTypes: {
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
    sections: { control: 'text' },
  },
  render: (args) => html`<div style="width: ${args.width}; max-width: 100%">
    <nhs-briefing
      src=${ifDefined(args.src)}
      sections=${ifDefined(args.sections)}
      heading-level=${ifDefined(args.headingLevel)}
      ?notes=${args.notes}
      set-id=${ifDefined(args.setId)}
      today=${ifDefined(args.today)}
      >${pageContent}</nhs-briefing
    >
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** One tag, the whole briefing: the introduction with its contents list, then the prompts (with notes), the initiatives and the case studies, from one download of the feed. */
export const WholeBriefing: Story = {};

/** `sections="about case-studies"`: the introduction and the case studies only, in that order; the contents list names only what is on show. */
export const SomeSections: Story = { args: { sections: 'about case-studies' } };

/** `sections="about"`: the introduction on its own, for the top of a page that places the other elements itself. */
export const IntroductionAlone: Story = { args: { sections: 'about' } };

/** No introduction: the sections take the briefing's heading level, as they do for a pack with no `about`. */
export const NoAbout: Story = { args: { sections: 'prompts initiatives case-studies', notes: false } };

/** The feed cannot be fetched: one polite message for the whole briefing, and the page's own content stays. */
export const BadFeed: Story = { args: { src: 'demo/no-such-feed.json' } };

/** In a 320px column: everything wraps, nothing scrolls sideways, the carousel shows one case study at a time. */
export const Narrow: Story = { args: { width: '320px' } };

/**
 * What the reader gets on paper. Open the browser's print preview (Ctrl+P or
 * ⌘P), or emulate print media (Chrome DevTools: Rendering, "Emulate CSS media
 * type"): the introduction, every prompt with the reader's notes (one is
 * filled in here), the open and upcoming initiatives, every case study one
 * under another, no buttons or filters, and each link's address.
 */
export const Print: Story = {
  args: { setId: 'storybook-print' },
  render: (args, context) => {
    localStorage.setItem(
      notesKey('storybook-print', 'open-entry-routes'),
      'Ask Jobcentre Plus about a sector-based work academy for our band 2 and 3 vacancies.',
    );
    return meta.render!(args, context);
  },
};
