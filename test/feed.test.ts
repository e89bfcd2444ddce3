import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { LitElement } from 'lit';
import { loadFeed, clearFeedCache, type FeedResult } from '../src/content/feed.js';
import { FeedController } from '../src/controllers/feed-controller.js';
import { loadContent } from '../src/controllers/content.js';
import { captureWarnings } from './helpers/console.js';

const EXAMPLE = 'test/fixtures/content.json';

/** Counts the page's fetches (and still makes them), with each one's signal and answer. */
function countFetches() {
  const original = window.fetch;
  const urls: string[] = [];
  const signals: AbortSignal[] = [];
  const answers: Promise<unknown>[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    urls.push(String(input));
    if (init?.signal) signals.push(init.signal);
    const answer = original(input, init);
    answers.push(
      answer.then(
        () => undefined,
        () => undefined,
      ),
    );
    return answer;
  };
  return { urls, signals, answers, restore: () => (window.fetch = original) };
}

let warnings: ReturnType<typeof captureWarnings>;
beforeEach(() => {
  clearFeedCache();
  warnings = captureWarnings();
});
afterEach(() => warnings.restore());

describe('loadFeed', () => {
  it('reads the example content pack', async () => {
    const result = await loadFeed(EXAMPLE);
    expect(result.ok).to.be.true;
    if (!result.ok) return;
    expect(result.pack.initiatives.length).to.be.greaterThan(3);
    expect(result.pack.caseStudies.length).to.be.greaterThan(2);
    expect(result.pack.prompts.length).to.be.greaterThan(3);
    expect(result.problems, 'the example content has no problems').to.deep.equal([]);
    expect(result.url).to.equal(new URL(EXAMPLE, document.baseURI).href);
  });

  describe('Bad input', () => {
    for (const status of [404, 500]) {
      it(`reports HTTP ${status} and tells the author`, async () => {
        const result = await loadFeed(`/__test/status/${status}`);
        expect(result).to.include({ ok: false, failure: 'http' });
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.match(
          new RegExp(`^\\[nhs-briefing-widgets\\] http://.*/__test/status/${status}: the server answered ${status}`),
        );
      });
    }

    it('reports a response that is not JSON', async () => {
      const result = await loadFeed('/__test/text');
      expect(result).to.include({ ok: false, failure: 'json' });
      expect(warnings.messages[0]).to.contain('/__test/text: this is not valid JSON');
    });

    it('gives up on a server that never answers, after 10 seconds', async () => {
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      try {
        let result: FeedResult | undefined;
        const pending = loadFeed('/__test/hang').then((r) => (result = r));
        await clock.tickAsync(9_999);
        expect(result, 'still waiting just before the timeout').to.equal(undefined);
        await clock.tickAsync(1);
        await pending;
        expect(result).to.include({ ok: false, failure: 'timeout' });
        expect(warnings.messages[0]).to.contain('/__test/hang: no answer after 10 seconds');
      } finally {
        clock.restore();
      }
    });

    it('reports a server that cannot be reached', async () => {
      const result = await loadFeed('http://127.0.0.1:9/content.json');
      expect(result).to.include({ ok: false, failure: 'network' });
      expect(warnings.messages[0]).to.contain('127.0.0.1:9/content.json: could not be fetched');
    });

    it('logs each problem in a feed with the file, item and field', async () => {
      const blob = new Blob([JSON.stringify({ initiatives: [{ id: 'a', name: 'A', closes: '31/03/27' }] })], {
        type: 'application/json',
      });
      const url = URL.createObjectURL(blob);
      try {
        const result = await loadFeed(url);
        expect(result.ok).to.be.true;
        expect(warnings.messages).to.deep.equal([
          `[nhs-briefing-widgets] ${url}: initiatives[0].closes: expected a date like 2027-03-31, got "31/03/27" — this field was ignored`,
        ]);
      } finally {
        URL.revokeObjectURL(url);
      }
    });

    it('does not keep a failure, so a later call tries again', async () => {
      const fetches = countFetches();
      try {
        await loadFeed('/__test/status/500');
        await loadFeed('/__test/status/500');
        expect(fetches.urls).to.have.length(2);
      } finally {
        fetches.restore();
      }
    });
  });

  describe('sharing', () => {
    it('makes one request per URL, however many ask', async () => {
      const fetches = countFetches();
      try {
        const results = await Promise.all([
          loadFeed(EXAMPLE),
          loadFeed(EXAMPLE),
          loadFeed(new URL(EXAMPLE, document.baseURI).href),
        ]);
        await loadFeed(EXAMPLE);
        expect(fetches.urls).to.have.length(1);
        expect(results.every((r) => r.ok)).to.be.true;
      } finally {
        fetches.restore();
      }
    });

    it('keeps a shared request going while anyone still waits', async () => {
      const a = new AbortController();
      const first = loadFeed('/__test/slow/200', { signal: a.signal });
      const second = loadFeed('/__test/slow/200', { signal: new AbortController().signal });
      a.abort();
      let error: unknown;
      await first.catch((e) => (error = e));
      expect((error as DOMException).name).to.equal('AbortError');
      const result = await second;
      expect(result.ok).to.be.true;
    });

    it('aborts the request when everyone has stopped waiting', async () => {
      const a = new AbortController();
      const fetches = countFetches();
      try {
        const pending = loadFeed('/__test/hang', { signal: a.signal });
        a.abort();
        let error: unknown;
        await pending.catch((e) => (error = e));
        expect((error as DOMException).name).to.equal('AbortError');
        // The next caller gets a fresh request, not the abandoned one.
        const next = loadFeed('/__test/slow/10');
        expect((await next).ok).to.be.true;
        expect(warnings.messages, 'an abandoned request is not an author error').to.deep.equal([]);
      } finally {
        fetches.restore();
      }
    });
  });
});

class FeedHost extends LitElement {
  static override properties = { src: {} };
  src?: string;
  feed = new FeedController(this, 'initiatives', 1500);
  renders: string[] = [];
  override willUpdate() {
    this.feed.load(this.src);
  }
  override render() {
    this.renders.push(this.feed.status);
    return html`<p>${this.feed.status}: ${this.feed.items.map((i) => i.name).join(', ')}</p>`;
  }
}
customElements.define('feed-host', FeedHost);

describe('FeedController', () => {
  const text = (el: FeedHost) => el.shadowRoot!.querySelector('p')!.textContent;

  it('goes from loading to ready and renders the section', async () => {
    const el = await fixture<FeedHost>(html`<feed-host src="/__test/slow/50"></feed-host>`);
    expect(text(el)).to.equal('loading: ');
    await waitUntil(() => el.feed.status === 'ready', 'the feed did not load', { timeout: 5000 });
    await el.updateComplete;
    expect(text(el)).to.equal('ready: Slow initiative');
  });

  it('goes to error on a failed feed', async () => {
    const el = await fixture<FeedHost>(html`<feed-host src="/__test/status/404"></feed-host>`);
    await waitUntil(() => el.feed.status === 'error', 'the feed did not fail', { timeout: 5000 });
    await el.updateComplete;
    expect(text(el)).to.equal('error: ');
    expect(el.feed.result).to.include({ ok: false, failure: 'http' });
  });

  it('times out a slow feed', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const el = await fixture<FeedHost>(html`<feed-host src="/__test/hang"></feed-host>`);
      await clock.tickAsync(1_499);
      expect(el.feed.status, 'still loading just before its 1.5 s timeout').to.equal('loading');
      await clock.tickAsync(1);
      // The timeout aborts the fetch; its rejection settles on the real event loop.
      while (el.feed.status === 'loading') await new Promise(requestAnimationFrame);
      expect(el.feed.status).to.equal('error');
      expect(el.feed.result).to.include({ failure: 'timeout' });
    } finally {
      clock.restore();
    }
  });

  it('aborts when the element leaves the page, and starts again when it comes back', async () => {
    const fetches = countFetches();
    try {
      const el = await fixture<FeedHost>(html`<feed-host src="/__test/slow/50"></feed-host>`);
      const parent = el.parentElement!;
      expect(fetches.signals).to.have.length(1);
      el.remove();
      expect(fetches.signals[0].aborted, 'leaving the page aborts the request').to.be.true;
      await fetches.answers[0];
      await el.updateComplete;
      expect(el.feed.status, 'nothing arrives while it is away').to.equal('loading');
      parent.append(el);
      await waitUntil(() => el.feed.status === 'ready', `status stayed ${el.feed.status}`, { timeout: 3000 });
      expect(fetches.urls).to.have.length(2);
    } finally {
      fetches.restore();
    }
  });

  it('drops the old feed when src changes, even when its answer still arrives', async () => {
    const el = await fixture<FeedHost>(html`<feed-host src="/__test/slow/50"></feed-host>`);
    // Another caller keeps the first request going to the end.
    const first = loadFeed('/__test/slow/50');
    el.src = '/__test/status/500';
    await waitUntil(() => el.feed.status === 'error', 'the feed did not fail', { timeout: 5000 });
    expect((await first).ok, 'the first answer arrived').to.be.true;
    await el.updateComplete;
    expect(el.feed.status, 'the first answer does not overwrite the second').to.equal('error');
    expect(text(el)).to.equal('error: ');
  });

  it('goes back to idle without a src', async () => {
    const el = await fixture<FeedHost>(html`<feed-host src=${EXAMPLE}></feed-host>`);
    el.src = undefined;
    await el.updateComplete;
    expect(el.feed.status).to.equal('idle');
  });

  it('tells the author when the feed has none of its section', async () => {
    const blob = new Blob([JSON.stringify({ prompts: [] })], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const el = await fixture<FeedHost>(html`<feed-host src=${url}></feed-host>`);
    await waitUntil(() => el.feed.status === 'ready', 'the feed did not load', { timeout: 5000 });
    expect(warnings.messages.some((m) => m.includes('<feed-host> found no valid initiatives'))).to.be.true;
    URL.revokeObjectURL(url);
  });

  it('uses items given as a property, checked once per new value, before the feed', async () => {
    const el = await fixture<FeedHost>(html`<feed-host src=${EXAMPLE}></feed-host>`);
    const items = [{ id: 'a', name: 'Given' }, { id: 'b' }];
    await loadContent(); // the parser, loaded when first needed (the host's src has asked for it)
    expect(el.feed.use(items, '<feed-host>.items')!.map((i) => i.name)).to.deep.equal(['Given']);
    expect(warnings.messages).to.deep.equal([
      '[nhs-briefing-widgets] <feed-host>.items[1].name: this is required but is missing — this item was skipped',
    ]);
    el.feed.use(items, '<feed-host>.items');
    expect(warnings.messages, 'the same value is not checked again').to.have.length(1);
    await waitUntil(() => el.feed.status === 'ready', 'the feed did not load', { timeout: 5000 });
    expect(
      el.feed.use(items, '<feed-host>.items')!.map((i) => i.name),
      'items win over the feed',
    ).to.deep.equal(['Given']);
    expect(el.feed.use(undefined, '<feed-host>.items')).to.equal(el.feed.items);
  });

  it('has nothing to show without items while the feed loads', async () => {
    const el = await fixture<FeedHost>(html`<feed-host src="/__test/slow/200"></feed-host>`);
    expect(el.feed.use(undefined, 'items')).to.equal(undefined);
  });

  it('shares one request between elements on a page', async () => {
    const fetches = countFetches();
    const wrapper = await fixture(html`<div>
      <feed-host src=${EXAMPLE}></feed-host><feed-host src=${EXAMPLE}></feed-host><feed-host src=${EXAMPLE}></feed-host>
    </div>`);
    const hosts = [...wrapper.querySelectorAll<FeedHost>('feed-host')];
    expect(hosts).to.have.length(3);
    await waitUntil(() => hosts.every((h) => h.feed.status === 'ready'), 'a feed did not load', { timeout: 5000 });
    expect(fetches.urls).to.have.length(1);
    fetches.restore();
  });
});

export type { FeedResult };
