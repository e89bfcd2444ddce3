/**
 * The stories are the one set of named examples: Storybook shows them, and
 * these helpers render each one in a test (for axe, and anything else).
 */
import { fixture, expect, nextFrame } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

interface StoryLike {
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>, context: unknown) => TemplateResult;
  name?: string;
}
export interface StoriesModule {
  default: StoryLike & { title?: string };
  [name: string]: unknown;
}

/** Each named story of a stories module, with its merged args and render function. */
export function storiesOf(module: StoriesModule): Array<{ name: string; render: () => TemplateResult }> {
  const meta = module.default;
  return Object.entries(module)
    .filter(([name]) => name !== 'default' && !name.startsWith('_'))
    .map(([name, value]) => {
      const story = value as StoryLike;
      const render = story.render ?? meta.render;
      if (!render) throw new Error(`${meta.title}/${name} has no render function`);
      const args = { ...meta.args, ...story.args };
      return { name, render: () => render(args, { args, id: name }) };
    });
}

/** Renders a story into the page and waits for its elements (and any feed) to settle. */
export async function renderStory(render: () => TemplateResult): Promise<HTMLElement> {
  const el = await fixture<HTMLElement>(render());
  const settle = async () => {
    const elements = [el, ...el.querySelectorAll('*')].filter((e) => e.localName.startsWith('nhs-'));
    await Promise.all(elements.map((e) => (e as { updateComplete?: Promise<unknown> }).updateComplete));
  };
  await settle();
  // Feeds come from the same server; give them a moment, then settle again.
  for (let i = 0; i < 20 && el.shadowRoot?.querySelector('[data-loading]'); i++)
    await new Promise((r) => setTimeout(r, 50));
  await nextFrame();
  await settle();
  return el;
}

/** One axe test per story in the module: every state designers see is checked. */
export function axeEveryStory(module: StoriesModule): void {
  const stories = storiesOf(module);
  describe(`${module.default.title} stories are accessible`, () => {
    it('has stories to check', () => {
      expect(stories.length).to.be.greaterThan(0);
    });
    for (const { name, render } of stories) {
      it(name, async () => {
        const el = await renderStory(render);
        await expect(el).to.be.accessible();
      });
    }
  });
}
