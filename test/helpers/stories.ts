/**
 * The stories are the one set of named examples: Storybook shows them, and
 * these helpers render each one in a test (for axe, and anything else).
 */
import { fixture, expect, nextFrame, waitUntil } from '@open-wc/testing';
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

/** The story's elements, through every shadow root, the story's own root first. */
function elementsOf(root: Element): Element[] {
  const all = (node: Element | ShadowRoot): Element[] =>
    [...node.querySelectorAll('*')].flatMap((e) => [e, ...(e.shadowRoot ? all(e.shadowRoot) : [])]);
  return [root, ...all(root), ...(root.shadowRoot ? all(root.shadowRoot) : [])].filter((e) =>
    e.localName.startsWith('nhs-'),
  );
}

/** Renders a story into the page and waits for its elements, and any feed they load, to settle. */
export async function renderStory(render: () => TemplateResult): Promise<HTMLElement> {
  const el = await fixture<HTMLElement>(render());
  const settle = () =>
    Promise.all(elementsOf(el).map((e) => (e as { updateComplete?: Promise<unknown> }).updateComplete));
  await settle();
  // Feeds come from the test server: wait until no element, however deep, is still loading one.
  await waitUntil(
    () => elementsOf(el).every((e) => !e.shadowRoot?.querySelector('[data-loading]')),
    'a feed in the story did not finish loading',
    { timeout: 5000 },
  );
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
