// The feed loader and the parser, loaded the first time an element needs them
// (src/controllers/content.ts). This file's page starts without them (it
// imports neither the parser nor the feed loader): its first test sees them load.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import * as content from '../src/controllers/content.js';
import { FeedController } from '../src/controllers/feed-controller.js';
import '../src/prompts/prompt-set.js';
import '../src/prompts/briefing-prompt.js';
import type { NhsPromptSet } from '../src/prompts/prompt-set.js';
import type { NhsBriefingPrompt } from '../src/prompts/briefing-prompt.js';
import type { Prompt } from '../src/content/types.js';
import { captureWarnings } from './helpers/console.js';

const PROMPTS: Prompt[] = [
  { id: 'who', question: 'Who is missing from our workforce?', level: 'organisation' },
  { id: 'how', question: 'How do we work with partners?', level: 'system' },
];

/** A plain Lit element with a feed controller given items: its `updateComplete` does not wait for the parser. */
class ItemsHost extends LitElement {
  static override properties = { items: { attribute: false } };
  declare items?: unknown;
  feed = new FeedController(this, 'prompts');
  shown?: string[];
  statuses: string[] = [];
  override willUpdate() {
    this.shown = this.feed.use(this.items, '<items-host>.items')?.map((p) => p.id);
    this.statuses.push(this.feed.status);
  }
}
customElements.define('items-host', ItemsHost);

describe('the feed loader and the parser, loaded when first needed', () => {
  it('load for items given as a property: loading until they are there, then the items, checked', async () => {
    expect(content.loadedContent(), 'not loaded before an element needs them').to.equal(undefined);
    expect(content.contentLoading(), 'nothing loading').to.equal(undefined);
    const host = document.createElement('items-host') as ItemsHost;
    host.items = PROMPTS;
    const set = document.createElement('nhs-prompt-set') as NhsPromptSet;
    set.items = PROMPTS;
    document.body.append(host, set);
    try {
      await host.updateComplete;
      expect(host.statuses).to.deep.equal(['loading']);
      expect(host.shown).to.equal(undefined);
      expect(content.contentLoading() instanceof Promise, 'loading').to.equal(true);
      // An element of the library waits for them, and for the render that follows.
      await set.updateComplete;
      expect(content.contentLoading() === undefined, 'loaded').to.equal(true);
      expect(set.prompts.map((p) => p.question)).to.deep.equal(PROMPTS.map((p) => p.question));
      await host.updateComplete;
      expect(host.statuses).to.deep.equal(['loading', 'idle']);
      expect(host.shown).to.deep.equal(['who', 'how']);
    } finally {
      host.remove();
      set.remove();
    }
  });

  it('once loaded, are there at once', () => {
    const host = { updates: 0, requestUpdate: () => host.updates++ };
    const loaded = content.loadedContent();
    expect(Object.keys(loaded!).sort()).to.deep.equal(['formatProblem', 'loadFeed', 'parseItem', 'parseItems']);
    expect(content.useContent(host)).to.equal(loaded);
    expect(host.updates).to.equal(0);
  });

  it('a prompt given a broken item tells the author, as before', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<NhsBriefingPrompt>(
        html`<nhs-briefing-prompt .item=${{ id: 'x', level: 'system' }}></nhs-briefing-prompt>`,
      );
      expect(el.question).to.equal('');
      expect(warnings.messages).to.include(
        '[nhs-briefing-widgets] <nhs-briefing-prompt>.item.question: this is required but is missing — this item was skipped',
      );
    } finally {
      warnings.restore();
    }
  });
});
