import { fixture, expect, html, waitUntil, oneEvent } from '@open-wc/testing';
import { sendKeys, emulateMedia, setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/briefing/briefing.js';
import type { NhsBriefing } from '../src/briefing/briefing.js';
import type { NhsPromptSet } from '../src/prompts/prompt-set.js';
import type { ContentPack, Initiative } from '../src/content/types.js';
import { notesKey } from '../src/prompts/notes-controller.js';
import { clearFeedCache } from '../src/content/feed.js';
import { captureWarnings } from './helpers/console.js';
import { axeEveryStory, type StoriesModule } from './helpers/stories.js';
import * as stories from '../stories/briefing.stories.js';

const FEED = 'test/fixtures/content.json';
const TODAY = '2026-12-01';
const SET = 'briefing-test';
/** The fixture feed, as the test's own data. */
const fixtureFeed: ContentPack = await (await fetch(FEED)).json();

/** Our own console messages (not Lit's development notices). */
const ours = (messages: string[]) => messages.filter((m) => m.startsWith('[nhs-briefing-widgets]'));
const root = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...root(el).querySelectorAll<T>(selector),
];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
/** Everything matching `selector`, in `scope` and every shadow root inside it. */
const deep = (scope: ParentNode, selector: string): Element[] => [
  ...scope.querySelectorAll(selector),
  ...[...scope.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? deep(el.shadowRoot, selector) : [])),
];
/** The element that has focus, through shadow roots. */
const focused = () => {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
};
/** Waits for `n` frames to be drawn. */
const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise(requestAnimationFrame);
};
/** The section headings (and the title) of the briefing, as a reader's outline lists them. */
const outline = (el: Element) => $$(el, 'section > .heading').map((h) => `${h.localName} ${text(h)}`);

/** Waits until the briefing and every element inside it have rendered their content. */
async function loaded(el: NhsBriefing): Promise<NhsBriefing> {
  await waitUntil(() => !$(el, '[data-loading]'), 'the feed did not load', { timeout: 4000 });
  await el.updateComplete;
  const inner = () => deep(root(el), '*').filter((e) => e.localName.startsWith('nhs-')) as NhsBriefing[];
  // Twice: the sections' elements render theirs (prompts, case studies) as they render.
  for (let i = 0; i < 2; i++) await Promise.all(inner().map((e) => e.updateComplete));
  return el;
}

const briefing = (attrs: { src?: string; sections?: string; level?: string } = {}) =>
  fixture<NhsBriefing>(html`<nhs-briefing
    src=${attrs.src ?? FEED}
    sections=${attrs.sections ?? ''}
    heading-level=${attrs.level ?? '2'}
    set-id=${SET}
    today=${TODAY}
    notes
  >
    <p>Read the briefing on <a href="https://example.org/briefing">the publisher's site</a>.</p>
  </nhs-briefing>`).then(loaded);

const withPack = async (pack: unknown, sections = '') => {
  const el = await fixture<NhsBriefing>(
    html`<nhs-briefing .pack=${pack} sections=${sections} today=${TODAY}><p>Page text</p></nhs-briefing>`,
  );
  return loaded(el);
};

describe('<nhs-briefing>', () => {
  let capture: ReturnType<typeof captureWarnings>;
  let warnings: string[];
  const address = location.href;

  beforeEach(() => {
    capture = captureWarnings();
    warnings = capture.messages;
  });
  afterEach(() => {
    capture.restore();
    history.replaceState(null, '', address);
    Object.keys(localStorage)
      .filter((key) => key.includes(SET))
      .forEach((key) => localStorage.removeItem(key));
  });

  describe('sections', () => {
    it("shows the introduction, then the prompts, initiatives and case studies, in the briefing's order", async () => {
      const el = await briefing();
      expect(outline(el)).to.deep.equal([
        `h2 ${fixtureFeed.about!.title}`,
        'h3 Questions for leaders',
        'h3 National initiatives and incentives',
        'h3 Case studies',
      ]);
      const set = $<NhsPromptSet>(el, 'nhs-prompt-set')!;
      expect(set.prompts).to.have.length(fixtureFeed.prompts.length);
      expect(text($(el, 'nhs-initiative-list')!.shadowRoot!.querySelector('[role="status"]'))).to.equal(
        'Showing 9 of 10 initiatives',
      );
      expect($(el, 'nhs-case-study-carousel')!.shadowRoot!.querySelectorAll('[role="group"]')).to.have.length(
        fixtureFeed.caseStudies.length,
      );
      expect(ours(warnings)).to.deep.equal([]);
    });

    it('passes notes and set-id on to the prompts', async () => {
      const el = await briefing();
      const prompts = $<NhsPromptSet>(el, 'nhs-prompt-set')!.prompts;
      expect(prompts).to.have.length(8);
      expect(prompts.every((p) => p.notes && p.setId === SET)).to.be.true;
      expect(prompts[0].shadowRoot!.querySelector('textarea')).to.exist;
    });

    it('shows only the sections chosen, in the order written, and lists only those in the contents', async () => {
      const el = await briefing({ sections: 'about, case-studies prompts' });
      expect(outline(el)).to.deep.equal([
        `h2 ${fixtureFeed.about!.title}`,
        'h3 Case studies',
        'h3 Questions for leaders',
      ]);
      expect($(el, 'nhs-initiative-list')).to.equal(null);
      expect($$(el, '[part="contents-link"]').map((a) => text(a))).to.deep.equal([
        'Case studies',
        'Questions for leaders',
      ]);
    });

    it('is the introduction alone with sections="about": no contents list and no other elements', async () => {
      const el = await briefing({ sections: 'about' });
      expect(outline(el)).to.deep.equal([`h2 ${fixtureFeed.about!.title}`]);
      expect($(el, 'nav')).to.equal(null);
      expect(deep(root(el), 'nhs-prompt-set, nhs-initiative-list, nhs-case-study-carousel')).to.have.length(0);
    });

    it('leaves out the introduction, and the sections take its heading level', async () => {
      const el = await briefing({ sections: 'prompts initiatives' });
      expect(outline(el)).to.deep.equal(['h2 Questions for leaders', 'h2 National initiatives and incentives']);
      expect($(el, '[part="about"]')).to.equal(null);
    });

    it('leaves out the sections the pack does not have, without a word when none were asked for', async () => {
      const el = await withPack({ about: fixtureFeed.about, caseStudies: fixtureFeed.caseStudies });
      expect(outline(el)).to.deep.equal([`h2 ${fixtureFeed.about!.title}`, 'h3 Case studies']);
      expect(ours(warnings)).to.deep.equal([]);
    });

    it('shows the sections without an introduction when the pack has no about', async () => {
      const { about: _, ...pack } = fixtureFeed;
      const el = await withPack(pack);
      expect(outline(el)).to.deep.equal([
        'h2 Questions for leaders',
        'h2 National initiatives and incentives',
        'h2 Case studies',
      ]);
    });

    it('tells the author about an unknown section name, and a chosen section the pack lacks, once each', async () => {
      const el = await withPack({ prompts: fixtureFeed.prompts }, 'prompts summary initiatives');
      el.requestUpdate();
      await el.updateComplete;
      expect(outline(el)).to.deep.equal(['h2 Questions for leaders']);
      expect(ours(warnings)).to.deep.equal([
        '[nhs-briefing-widgets] <nhs-briefing>: sections: there is no section "summary"; use about, prompts, initiatives, case-studies',
        '[nhs-briefing-widgets] <nhs-briefing>: sections: the content has no initiatives to show',
      ]);
    });

    it('shows a section once, however often it is named', async () => {
      const el = await briefing({ sections: 'prompts prompts' });
      expect(outline(el)).to.deep.equal(['h2 Questions for leaders']);
    });
  });

  describe('the introduction', () => {
    it('shows the title, publisher, notice, summary and who the briefing is for', async () => {
      const el = await briefing();
      const about = fixtureFeed.about!;
      expect(text($(el, '[part="heading"]'))).to.equal(about.title);
      expect(text($(el, '[part="publisher"]'))).to.equal(`Published by ${about.publisher}`);
      expect(text($(el, '[part="notice"]'))).to.equal(about.notice);
      expect(text($(el, '[part="summary"]'))).to.equal(about.summary);
      expect([...$(el, '[part="audience"]')!.children].map(text)).to.deep.equal(['Who it is for', about.audience]);
      expect($(el, '[part="link"]')!.getAttribute('href')).to.equal(about.href);
      expect(text($(el, '[part="link"]'))).to.equal('Read the full briefing');
    });

    it('quotes in a real blockquote, with its attribution exactly as given', async () => {
      const el = await briefing();
      const figure = $(el, 'figure')!;
      expect(text(figure.querySelector('blockquote'))).to.equal(
        'Health outcomes are improved by education, training, support and access to employment. We can open those doors and create opportunities.',
      );
      expect(text(figure.querySelector('figcaption'))).to.equal(
        "Kath Evans, Director of Children's Nursing/Chair of the Children's Board, Barts Health, Children and Young People's Clinical Lead, East London Health and Care Partnership.",
      );
    });

    it("lists the briefing's chapters in order, and the reference group under their current names", async () => {
      const el = await briefing();
      const chapters = $$(el, '[part="chapters"] li');
      expect(chapters).to.have.length(5);
      expect(chapters.map((li) => text(li.querySelector('strong')))).to.deep.equal([
        'Introduction',
        'The opportunity',
        'Policy and tools',
        'National initiatives and incentives',
        'Case studies',
      ]);
      expect($(el, '[part="chapters"] ol')!.getAttribute('aria-labelledby')).to.equal('chapters-label');
      const partners = $$(el, '[part="partners"] li').map((li) => text(li));
      expect(partners).to.have.length(5);
      expect(partners).to.include("The King's Trust (then The Prince's Trust, renamed in 2024)");
      expect(partners).to.include(
        'NHS England (then Health Education England, which merged into NHS England in April 2023)',
      );
    });

    it('shows feed text as text, never as markup', async () => {
      const el = await withPack({ about: { title: '<img src=x onerror=alert(1)>Title', summary: '<b>bold</b>' } });
      expect(text($(el, '[part="heading"]'))).to.equal('<img src=x onerror=alert(1)>Title');
      expect($(el, 'img, b')).to.equal(null);
    });
  });

  describe('headings', () => {
    it('form one outline: the title, the sections one level below, their items below those', async () => {
      const el = await briefing();
      const prompt = $<NhsPromptSet>(el, 'nhs-prompt-set')!.prompts[0];
      expect(prompt.shadowRoot!.querySelector('[part="heading"]')!.localName).to.equal('h4');
      const cards = deep($(el, 'nhs-initiative-list')!.shadowRoot!, 'h4');
      expect(cards).to.have.length(9);
      const studies = deep($(el, 'nhs-case-study-carousel')!.shadowRoot!, 'h4');
      expect(studies.map((h) => text(h))).to.deep.equal(fixtureFeed.caseStudies.map((c) => c.heading));
      expect(deep(root(el), 'h2, h3').length, 'no other heading at the top levels').to.equal(4);
    });

    it('start at heading-level', async () => {
      const el = await briefing({ level: '3', sections: 'about case-studies' });
      expect(outline(el)).to.deep.equal([`h3 ${fixtureFeed.about!.title}`, 'h4 Case studies']);
      expect(deep($(el, 'nhs-case-study-carousel')!.shadowRoot!, 'h5')).to.have.length(6);
    });
  });

  describe('contents and the page address', () => {
    it('is a navigation landmark named "Contents", with a link to each section on show', async () => {
      const el = await briefing();
      const nav = $(el, 'nav')!;
      expect(text(root(el).getElementById(nav.getAttribute('aria-labelledby')!))).to.equal('Contents');
      const links = $$<HTMLAnchorElement>(el, '[part="contents-link"]');
      expect(links.map((a) => [text(a), a.getAttribute('href')])).to.deep.equal([
        ['Questions for leaders', '#prompts'],
        ['National initiatives and incentives', '#initiatives'],
        ['Case studies', '#case-studies'],
      ]);
    });

    it('takes a keyboard user to the section: focus on its heading, the address in step, Tab goes on inside it', async () => {
      const el = await briefing();
      const link = $$(el, '[part="contents-link"]')[1];
      link.focus();
      await sendKeys({ press: 'Enter' });
      const heading = focused() as HTMLElement;
      expect(heading.localName).to.equal('h3');
      expect(text(heading)).to.equal('National initiatives and incentives');
      expect(heading.tabIndex, 'focusable, but not a stop for Tab').to.equal(-1);
      expect(location.hash).to.equal('#initiatives');
      await sendKeys({ press: 'Tab' });
      const next = focused() as HTMLInputElement;
      expect(next.closest('section')).to.equal(null); // inside the list's own shadow root…
      expect((next.getRootNode() as ShadowRoot).host.localName).to.equal('nhs-initiative-list');
      expect(next.labels![0].textContent).to.equal('Search by name, provider or summary');
    });

    it('moves focus again when the same entry is followed twice', async () => {
      const el = await briefing();
      const link = $$(el, '[part="contents-link"]')[2];
      link.click();
      expect(focused()?.id, 'focus moves in the same task as the click').to.equal('case-studies-heading');
      link.focus();
      expect(focused()).to.equal(link);
      link.click();
      expect(focused()?.id, 'focus moves the second time too').to.equal('case-studies-heading');
      expect(location.hash).to.equal('#case-studies');
    });

    it('leaves a click that opens a new tab to the browser', async () => {
      const el = await briefing();
      const link = $$(el, '[part="contents-link"]')[0];
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true });
      // Cancelled here so the test page stays put; the briefing must not have cancelled it first.
      let cancelledByBriefing = true;
      link.addEventListener('click', (e) => ((cancelledByBriefing = e.defaultPrevented), e.preventDefault()), {
        once: true,
      });
      link.dispatchEvent(click);
      expect(cancelledByBriefing).to.be.false;
      expect(location.hash).to.equal('');
    });

    it('goes to the section the address names when it changes', async () => {
      const el = await briefing();
      setTimeout(() => (location.hash = 'prompts'));
      await oneEvent(window, 'hashchange');
      await waitUntil(() => focused()?.id === 'prompts-heading', 'focus did not follow the address');
      expect(root(el).activeElement!.id).to.equal('prompts-heading');
    });

    it('opens at the section the address names on load', async () => {
      history.replaceState(null, '', '#case-studies');
      (document.activeElement as HTMLElement | null)?.blur();
      const el = await briefing();
      await waitUntil(() => focused()?.id === 'case-studies-heading', 'the briefing did not open at the section');
      expect(text(root(el).activeElement)).to.equal('Case studies');
    });

    it('does not take focus on load from a reader who is already elsewhere', async () => {
      history.replaceState(null, '', '#case-studies');
      const box = await fixture<HTMLInputElement>(html`<input aria-label="Search the intranet" />`);
      box.focus();
      await briefing();
      await frames(2); // the briefing would go to its section after a frame
      expect(document.activeElement).to.equal(box);
    });

    it('leaves addresses that are not its sections alone', async () => {
      history.replaceState(null, '', '#about-us');
      (document.activeElement as HTMLElement | null)?.blur();
      await briefing();
      await frames(2);
      expect(document.activeElement).to.equal(document.body);
    });
  });

  describe('one feed', () => {
    it('is fetched once for every section; the sections are handed their items', async () => {
      clearFeedCache();
      const fetches = sinon.spy(window, 'fetch');
      try {
        const el = await briefing({ src: `${FEED}?once` });
        const urls = fetches.getCalls().map((call) => String(call.args[0]));
        expect(urls.filter((url) => url.includes('content.json'))).to.have.length(1);
        const sections = deep(root(el), 'nhs-prompt-set, nhs-initiative-list, nhs-case-study-carousel');
        expect(sections).to.have.length(3);
        // None of them was given the feed to fetch for itself.
        for (const section of sections) expect((section as { src?: string }).src, section.localName).to.not.be.ok;
        expect(($(el, 'nhs-initiative-list') as unknown as { items: unknown[] }).items).to.have.length(10);
      } finally {
        fetches.restore();
      }
    });

    it('takes a pack as a property instead, checked as a feed is', async () => {
      const el = await withPack({ ...fixtureFeed, prompts: [{ id: 'x', question: 'Broken?' }] });
      expect(outline(el)).to.not.include('h3 Questions for leaders');
      expect(warnings).to.include(
        '[nhs-briefing-widgets] <nhs-briefing>.pack: prompts[0].level: this is required but is missing — this item was skipped',
      );
    });
  });

  describe('Bad input', () => {
    for (const [what, src, why] of [
      ['cannot be fetched', '/__test/status/404', '404'],
      ['is not JSON', '/__test/text', 'not valid JSON'],
    ]) {
      it(`gives one message for the whole briefing when the feed ${what}, and keeps the page's own content`, async () => {
        const el = await briefing({ src });
        const messages = deep(root(el), '[part="message"]');
        expect(messages).to.have.length(1);
        expect(messages[0].getAttribute('role')).to.equal('status');
        expect(text(messages[0])).to.equal(
          'Sorry, this content is not available at the moment. Please try again later.',
        );
        expect(deep(root(el), 'section')).to.have.length(0);
        const page = el.querySelector('p')!;
        expect(page.assignedSlot, 'the page content is slotted').to.exist;
        expect(page.checkVisibility()).to.be.true;
        expect(
          warnings.some((w) => w.includes(src) && w.includes(why)),
          warnings.join('\n'),
        ).to.be.true;
        await expect(el).to.be.accessible();
      });
    }

    it('shows the page content, and says so, while the feed loads', async () => {
      const el = await fixture<NhsBriefing>(html`<nhs-briefing src="/__test/slow/50"><p>Page text</p></nhs-briefing>`);
      expect(text($(el, '[data-loading]'))).to.equal('Loading…');
      expect(el.querySelector('p')!.assignedSlot).to.exist;
      await loaded(el);
    });

    it('says there is nothing to show for a pack with nothing in it, and warns precisely about what it was given', async () => {
      const el = await withPack('not a pack');
      expect(text($(el, '[part="message"]'))).to.equal('There is nothing to show here yet.');
      expect(el.querySelector('p')!.assignedSlot).to.exist;
      expect(warnings[0]).to.match(/^\[nhs-briefing-widgets\] <nhs-briefing>\.pack: \(feed\): expected a content pack/);
    });

    it('never renders a section that is empty, even when chosen', async () => {
      const el = await withPack({ ...fixtureFeed, caseStudies: [] }, 'case-studies');
      expect($(el, 'section')).to.equal(null);
      expect(text($(el, '[part="message"]'))).to.equal('There is nothing to show here yet.');
    });
  });

  describe('print', () => {
    afterEach(() => emulateMedia({ media: 'screen' }));

    const upcoming: Initiative = { id: 'opens-later', name: 'Opens later', opens: '2027-06-01' };

    async function printed() {
      localStorage.setItem(notesKey(SET, fixtureFeed.prompts[1].id), 'Ask Jobcentre Plus about an academy.');
      const el = await fixture<NhsBriefing>(html`<nhs-briefing
        .pack=${{ ...fixtureFeed, initiatives: [...fixtureFeed.initiatives, upcoming] }}
        set-id=${SET}
        today=${TODAY}
        notes
      ></nhs-briefing>`);
      await loaded(el);
      await emulateMedia({ media: 'print' });
      return el;
    }
    const visible = (el: Element) => el.checkVisibility();

    it('prints every case study, one under another, not only the slides in view', async () => {
      const el = await printed();
      const carousel = $(el, 'nhs-case-study-carousel')!;
      const slides = [...carousel.shadowRoot!.querySelectorAll<HTMLElement>('[role="group"]')];
      expect(slides).to.have.length(6);
      const bounds = carousel.getBoundingClientRect();
      let bottom = -Infinity;
      for (const slide of slides) {
        const box = slide.getBoundingClientRect();
        expect(visible(slide)).to.be.true;
        expect(box.height).to.be.greaterThan(0);
        expect(box.left, 'inside the carousel').to.be.at.least(bounds.left);
        expect(box.right, 'inside the carousel').to.be.at.most(bounds.right + 0.5);
        expect(box.top, 'below the one before').to.be.at.least(bottom);
        bottom = box.bottom;
      }
      expect(deep(carousel.shadowRoot!, 'h4').map((h) => text(h))).to.deep.equal(
        fixtureFeed.caseStudies.map((c) => c.heading),
      );
      expect(bottom, 'the carousel is as tall as its slides').to.be.at.most(bounds.bottom + 0.5);
    });

    it('prints the introduction and every prompt with its notes', async () => {
      const el = await printed();
      expect(visible($(el, '[part="about"]')!)).to.be.true;
      expect(visible($(el, 'blockquote')!)).to.be.true;
      const prompts = $<NhsPromptSet>(el, 'nhs-prompt-set')!.prompts;
      expect(prompts).to.have.length(8);
      for (const prompt of prompts) expect(visible(prompt.shadowRoot!.querySelector('h4')!)).to.be.true;
      const note = prompts[1].shadowRoot!.querySelector<HTMLElement>('[part="print-note"]')!;
      expect(visible(note)).to.be.true;
      expect(text(note)).to.equal('Ask Jobcentre Plus about an academy.');
    });

    it('prints the initiatives that are open or upcoming, not the closed ones', async () => {
      const el = await printed();
      const names = deep($(el, 'nhs-initiative-list')!.shadowRoot!, 'h4')
        .filter(visible)
        .map((h) => text(h));
      const expected = [...fixtureFeed.initiatives, upcoming]
        .filter((i) => !i.closes || i.closes >= TODAY)
        .map((i) => i.name);
      expect(expected).to.have.length(10);
      expect(names).to.have.members(expected);
      expect(names).to.not.include('Kickstart Scheme');
    });

    it('prints no buttons, filters or notes boxes', async () => {
      const el = await printed();
      const controls = deep(root(el), 'button, input, select, textarea');
      await emulateMedia({ media: 'screen' });
      expect(controls.filter(visible).length, 'controls on screen').to.be.greaterThan(20);
      await emulateMedia({ media: 'print' });
      expect(controls.filter(visible).map((c) => c.outerHTML.slice(0, 80))).to.deep.equal([]);
    });

    it("prints each link's address, except the contents list's, which lead within the page", async () => {
      const el = await printed();
      const after = (a: Element) => getComputedStyle(a, '::after').content;
      expect(after($(el, '[part="link"]')!)).to.equal(`" (${fixtureFeed.about!.href})"`);
      const study = deep($(el, 'nhs-case-study-carousel')!.shadowRoot!, 'a[href]')[0];
      expect(after(study)).to.contain(study.getAttribute('href')!);
      const contents = $$(el, '[part="contents-link"]');
      expect(contents).to.have.length(3);
      for (const a of contents) expect(after(a)).to.equal('none');
    });
  });

  describe('narrow', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('fits 320px: nothing in it is wider than the element', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await briefing();
      const width = el.getBoundingClientRect().width;
      expect(width).to.be.at.most(320);
      const boxes = deep(root(el), '*')
        .filter(
          (e) =>
            e.checkVisibility() && !e.closest('[inert]') && !(e.getRootNode() as ShadowRoot).host.closest('[inert]'),
        )
        .map((e) => e.getBoundingClientRect())
        .filter((box) => box.width > 0);
      expect(boxes.length).to.be.greaterThan(100);
      const right = el.getBoundingClientRect().right;
      expect(boxes.filter((box) => box.right > right + 0.5).length, 'boxes sticking out').to.equal(0);
    });
  });

  describe('Accessibility', () => {
    it('is accessible with every section on show', async () => {
      const el = await briefing();
      await expect(el).to.be.accessible();
    });

    it('is accessible as the introduction alone', async () => {
      const el = await briefing({ sections: 'about' });
      await expect(el).to.be.accessible();
    });
  });
});

axeEveryStory(stories as unknown as StoriesModule);
afterEach(() => localStorage.removeItem(notesKey('storybook-print', 'open-entry-routes')));
