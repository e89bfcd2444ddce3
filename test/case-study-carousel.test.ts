import { expect, fixture, html, oneEvent, aTimeout } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse, emulateMedia } from '@web/test-runner-commands';
import '../src/case-studies/case-study-carousel.js';
import type { NhsCaseStudyCarousel } from '../src/case-studies/case-study-carousel.js';
import type { NhsSlideChangeEvent } from '../src/case-studies/events.js';
import { resetWarnings } from '../src/shared/log.js';

interface Options {
  count?: number;
  width?: number;
  loop?: boolean;
  autoplay?: boolean;
  interval?: number;
  dir?: string;
  label?: string;
}

const studies = (count: number) =>
  Array.from(
    { length: count },
    (_, i) =>
      html`<nhs-case-study id="study-${i + 1}" heading="Study ${i + 1}" href="https://example.org/${i + 1}">
        <p>Summary of study ${i + 1}.</p>
      </nhs-case-study>`,
  );

/**
 * A carousel in a container of `width` px and direction `dir`. The container
 * is made by hand and the carousel is the fixture, so fixture() waits only for
 * the element's own update, never for an animation frame (which a test tab in
 * the background may not get).
 */
async function carousel(options: Options = {}): Promise<NhsCaseStudyCarousel> {
  const { count = 5, width = 320, loop = false, autoplay = false, interval = 1, dir = 'ltr' } = options;
  const label = options.label ?? 'Case studies';
  return fixture<NhsCaseStudyCarousel>(
    html`<nhs-case-study-carousel label=${label} ?loop=${loop} ?autoplay=${autoplay} interval=${interval}>
      ${studies(count)}
    </nhs-case-study-carousel>`,
    { parentNode: container(width, dir) },
  );
}

/** A container for fixture()'s `parentNode`; fixture() removes it afterwards. */
function container(width: number, dir = 'ltr'): HTMLElement {
  const div = document.createElement('div');
  div.dir = dir;
  div.style.width = `${width}px`;
  document.body.append(div);
  return div;
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T & HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const slides = (el: Element) => $$(el, '[role="group"]');
const tabs = (el: Element) => $$(el, '[role="tab"]');
const inView = (el: Element) =>
  slides(el)
    .filter((s) => !s.inert)
    .map((s) => s.getAttribute('aria-label'));
const button = (el: Element, name: string) => {
  const found = $$(el, 'button').filter((b) => b.textContent!.trim() === name);
  expect(found, `one button named "${name}"`).to.have.length(1);
  return found[0];
};
const live = (el: Element) => $(el, '[aria-live]')!;
const selected = (el: Element) => tabs(el).findIndex((t) => t.getAttribute('aria-selected') === 'true');

/** Waits until `check` passes (scrolling is asynchronous), failing after `ms`. */
async function until(check: () => boolean, ms = 3000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${check}`);
    await aTimeout(20);
  }
}

describe('<nhs-case-study-carousel>', () => {
  afterEach(async () => {
    await resetMouse();
    await emulateMedia({ reducedMotion: 'no-preference' });
    resetWarnings();
  });

  describe('roles and names (APG carousel)', () => {
    it('is a region with roledescription "carousel", named by label', async () => {
      const el = await carousel({ label: 'Case studies from the North' });
      const region = $(el, '[role="region"]')!;
      expect(region.getAttribute('aria-roledescription')).to.equal('carousel');
      expect(region.getAttribute('aria-label')).to.equal('Case studies from the North');
    });

    it('makes each child a slide: a group with roledescription "slide", named "N of M"', async () => {
      const el = await carousel({ count: 4 });
      const groups = slides(el);
      expect(groups).to.have.length(4);
      expect(groups.map((g) => g.getAttribute('aria-roledescription'))).to.deep.equal(Array(4).fill('slide'));
      expect(groups.map((g) => g.getAttribute('aria-label'))).to.deep.equal(['1 of 4', '2 of 4', '3 of 4', '4 of 4']);
      // The page's own elements stay in the light DOM, one per slide, in order, untouched.
      groups.forEach((g, i) => {
        const assigned = g.querySelector('slot')!.assignedElements();
        expect(assigned).to.have.length(1);
        expect(assigned[0].id).to.equal(`study-${i + 1}`);
        expect(assigned[0].parentElement).to.equal(el);
        expect(assigned[0].hasAttribute('inert')).to.be.false;
      });
    });

    it('has Previous and Next buttons and a picker tablist marking the current slide', async () => {
      const el = await carousel({ count: 3 });
      expect(button(el, 'Previous case study').localName).to.equal('button');
      expect(button(el, 'Next case study').localName).to.equal('button');
      expect($(el, '[role="tablist"]')!.getAttribute('aria-label')).to.equal('Choose a case study');
      expect(tabs(el).map((t) => t.getAttribute('aria-label'))).to.deep.equal([
        'Case study 1',
        'Case study 2',
        'Case study 3',
      ]);
      expect(tabs(el).map((t) => t.getAttribute('aria-selected'))).to.deep.equal(['true', 'false', 'false']);
      expect(tabs(el).map((t) => t.tabIndex)).to.deep.equal([0, -1, -1]);
      expect(tabs(el)[1].getAttribute('aria-controls')).to.equal(slides(el)[1].id);
    });

    it('gives every control a target of at least 24 by 24 px (WCAG 2.2), the buttons 44', async () => {
      const el = await carousel({ count: 6, autoplay: true, interval: 60 });
      const sizes = (list: HTMLElement[]) => list.map((b) => b.getBoundingClientRect());
      expect(tabs(el)).to.have.length(6);
      for (const box of sizes(tabs(el))) expect(Math.min(box.width, box.height)).to.be.at.least(24);
      const buttons = $$(el, 'button:not([role])');
      expect(buttons).to.have.length(3);
      for (const box of sizes(buttons)) expect(Math.min(box.width, box.height)).to.be.at.least(44);
    });

    it('warns the author when label is missing, and still names the region', async () => {
      const messages: string[] = [];
      const original = console.warn;
      console.warn = (m: string) => messages.push(m);
      try {
        const el = await carousel({ label: '' });
        expect($(el, '[role="region"]')!.getAttribute('aria-label')).to.equal('Case studies');
      } finally {
        console.warn = original;
      }
      expect(messages.some((m) => m.includes('add a label attribute'))).to.be.true;
    });

    it('is accessible (axe), at rest and after moving', async () => {
      const el = await carousel({ autoplay: true, interval: 60 });
      await expect(el).to.be.accessible();
      button(el, 'Next case study').click();
      await until(() => inView(el)[0] === '2 of 5');
      await expect(el).to.be.accessible();
    });
  });

  describe('slides out of view are inert', () => {
    it('makes slides out of view inert, and the slides in view not', async () => {
      const el = await carousel({ count: 4 });
      expect(inView(el)).to.deep.equal(['1 of 4']);
      expect(slides(el).map((s) => s.inert)).to.deep.equal([false, true, true, true]);
    });

    it('lets nothing in a slide out of view take focus, through the slot', async () => {
      const el = await carousel({ count: 3 });
      const link = (i: number) => el.children[i].shadowRoot!.querySelector('a')!;
      link(1).focus();
      expect(el.children[1].shadowRoot!.activeElement).to.equal(null);
      link(0).focus();
      expect(el.children[0].shadowRoot!.activeElement).to.equal(link(0));
    });

    it('moves inertness with the view', async () => {
      const el = await carousel({ count: 3 });
      button(el, 'Next case study').click();
      await el.updateComplete;
      expect(inView(el)).to.deep.equal(['2 of 3']);
      await until(
        () =>
          Math.abs($(el, '[part="scroller"]')!.scrollLeft - slides(el)[1].offsetLeft + slides(el)[0].offsetLeft) < 2,
      );
    });
  });

  describe('slides per view follow the container width', () => {
    // The steps are at the element's width: 599/600 and 999/1000 are the edges.
    for (const [width, perView] of [
      [320, 1],
      [599, 1],
      [600, 2],
      [700, 2],
      [999, 2],
      [1000, 3],
      [1200, 3],
    ]) {
      it(`shows ${perView} at ${width}px`, async () => {
        const el = await carousel({ count: 6, width });
        expect(inView(el)).to.have.length(perView);
        const scroller = $(el, '[part="scroller"]')!;
        const widths = slides(el).map((s) => s.getBoundingClientRect().width);
        expect(widths).to.have.length(6);
        const gap = parseFloat(getComputedStyle(scroller).columnGap);
        const padding = parseFloat(getComputedStyle(scroller).paddingLeft) * 2;
        const expected = (scroller.getBoundingClientRect().width - padding - gap * (perView - 1)) / perView;
        for (const w of widths) expect(w).to.be.closeTo(expected, 1);
        expect(getComputedStyle(scroller).getPropertyValue('--_per-view').trim()).to.equal(String(perView));
      });
    }

    it('hides the controls when every slide fits, and makes none inert', async () => {
      const el = await carousel({ count: 3, width: 1200 });
      expect($(el, '[role="tablist"]')).to.equal(null);
      expect($$(el, 'button')).to.have.length(0);
      expect(inView(el)).to.have.length(3);
    });

    it('lets the page choose with --nhs-widgets-slides-per-view', async () => {
      const el = await carousel({ count: 4, width: 700 });
      el.style.setProperty('--nhs-widgets-slides-per-view', '1');
      await until(() => inView(el).length === 1);
    });

    it('gives cards in a row the same height, and long text wraps', async () => {
      const el = await fixture<NhsCaseStudyCarousel>(
        html`<nhs-case-study-carousel label="Case studies">
          <nhs-case-study heading="Short"><p>One line.</p></nhs-case-study>
          <nhs-case-study heading="Long"><p>${'Pneumonoultramicroscopicsilicovolcanoconiosis '.repeat(12)}</p></nhs-case-study>
          <nhs-case-study heading="Third"><p>Three.</p></nhs-case-study>
        </nhs-case-study-carousel>`,
        { parentNode: container(700) },
      );
      const cards = [...el.children].map((c) => c.shadowRoot!.querySelector('[part="card"]')!.getBoundingClientRect());
      expect(cards[0].height).to.be.greaterThan(100);
      expect(cards[0].height).to.be.closeTo(cards[1].height, 1);
      const scroller = $(el, '[part="scroller"]')!;
      const slide = slides(el)[1];
      expect(el.children[1].shadowRoot!.querySelector('[part="card"]')!.scrollWidth).to.be.at.most(
        slide.clientWidth + 1,
      );
      expect(scroller.scrollHeight).to.equal(scroller.clientHeight);
    });
  });

  describe('resizing and print', () => {
    it('keeps the current slide in view when its container narrows', async () => {
      const el = await carousel({ count: 6, width: 1200 });
      el.goTo(4);
      await el.updateComplete;
      expect(inView(el)).to.deep.equal(['4 of 6', '5 of 6', '6 of 6']);
      el.parentElement!.style.width = '320px';
      await until(() => inView(el).length === 1);
      expect(inView(el)).to.deep.equal(['5 of 6']);
      const box = $(el, '[part="scroller"]')!.getBoundingClientRect();
      await until(() => Math.abs(slides(el)[4].getBoundingClientRect().left - box.left - 4) < 2);
    });

    it('prints every slide, one under another, without the controls', async () => {
      const el = await carousel({ count: 3 });
      await emulateMedia({ media: 'print' });
      try {
        expect(getComputedStyle($(el, '[part="controls"]')!).display).to.equal('none');
        const [a, b] = slides(el).map((s) => s.getBoundingClientRect());
        expect(b.top).to.be.greaterThan(a.bottom - 1);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('Previous, Next and loop', () => {
    it('moves one slide at a time and marks the ends aria-disabled', async () => {
      const el = await carousel({ count: 3 });
      const previous = button(el, 'Previous case study');
      const next = button(el, 'Next case study');
      expect(previous.getAttribute('aria-disabled')).to.equal('true');
      previous.click();
      await el.updateComplete;
      expect(selected(el)).to.equal(0);
      next.click();
      next.click();
      await el.updateComplete;
      expect(selected(el)).to.equal(2);
      expect(next.getAttribute('aria-disabled')).to.equal('true');
      expect(previous.hasAttribute('aria-disabled')).to.be.false;
      next.click();
      await el.updateComplete;
      expect(selected(el)).to.equal(2);
    });

    it('wraps with loop, both ways', async () => {
      const el = await carousel({ count: 3, loop: true });
      expect(button(el, 'Previous case study').hasAttribute('aria-disabled')).to.be.false;
      button(el, 'Previous case study').click();
      await el.updateComplete;
      expect(selected(el)).to.equal(2);
      expect(inView(el)).to.deep.equal(['3 of 3']);
      button(el, 'Next case study').click();
      await el.updateComplete;
      expect(selected(el)).to.equal(0);
    });
  });

  describe('keyboard', () => {
    it('moves within the picker with arrows, Home and End (roving tabindex)', async () => {
      const el = await carousel({ count: 4 });
      tabs(el)[0].focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(selected(el)).to.equal(1);
      expect(el.shadowRoot!.activeElement).to.equal(tabs(el)[1]);
      expect(tabs(el).map((t) => t.tabIndex)).to.deep.equal([-1, 0, -1, -1]);
      expect(inView(el)).to.deep.equal(['2 of 4']);
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(tabs(el)[3]);
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(tabs(el)[0]);
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(selected(el)).to.equal(3);
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(tabs(el)[0]);
    });

    it('reaches the controls with Tab: Previous, the current picker entry, Next, then the slide', async () => {
      const el = await carousel({ count: 3 });
      const before = document.createElement('button');
      el.before(before);
      before.focus();
      const order: string[] = [];
      for (let i = 0; i < 4; i++) {
        await sendKeys({ press: 'Tab' });
        const active = el.shadowRoot!.activeElement ?? el.children[0].shadowRoot!.activeElement;
        order.push(active?.textContent?.trim() || active?.getAttribute('aria-label') || '');
      }
      before.remove();
      expect(order).to.deep.equal([
        'Previous case study',
        'Case study 1',
        'Next case study',
        'Read the full case study: Study 1',
      ]);
    });

    it('swaps the arrow keys on a right-to-left page', async () => {
      const el = await carousel({ count: 4, dir: 'rtl' });
      tabs(el)[0].focus();
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(selected(el)).to.equal(1);
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(selected(el)).to.equal(1);
      // Slide 2 really scrolls into view: leftwards, as the page reads.
      const scroller = $(el, '[part="scroller"]')!;
      const box = scroller.getBoundingClientRect();
      await until(() => Math.abs(slides(el)[1].getBoundingClientRect().right - (box.right - 4)) < 2);
      expect(scroller.scrollLeft).to.be.below(-100);
      await expect(el).to.be.accessible();
    });
  });

  describe('the live region', () => {
    it('is polite and silent at first, and names the new slide after the reader moves', async () => {
      const el = await carousel({ count: 5 });
      expect(live(el).getAttribute('aria-live')).to.equal('polite');
      expect(live(el).textContent!.trim()).to.equal('');
      button(el, 'Next case study').click();
      await el.updateComplete;
      expect(live(el).textContent!.trim()).to.equal('Case study 2 of 5: Study 2');
    });

    it('takes the heading it announces from a slotted heading too', async () => {
      const el = await fixture<NhsCaseStudyCarousel>(
        html`<nhs-case-study-carousel label="Case studies">
          <nhs-case-study><h3 slot="heading">First</h3></nhs-case-study>
          <nhs-case-study><h3 slot="heading">Second</h3></nhs-case-study>
        </nhs-case-study-carousel>`,
        { parentNode: container(320) },
      );
      el.next();
      await el.updateComplete;
      expect(live(el).textContent!.trim()).to.equal('Case study 2 of 2: Second');
    });

    it('is off while slides rotate, and says nothing about automatic moves', async () => {
      const el = await carousel({ count: 5, autoplay: true, interval: 1 });
      expect(live(el).getAttribute('aria-live')).to.equal('off');
      await oneEvent(el, 'nhs-slide-change');
      await el.updateComplete;
      expect(selected(el)).to.equal(1);
      expect(live(el).textContent!.trim()).to.equal('');
    });
  });

  describe('when `autoplay` is set', () => {
    it('puts a visible Pause button first in the tab order', async () => {
      const el = await carousel({ autoplay: true });
      const first = $$(el, 'button')[0];
      expect(first.textContent!.trim()).to.equal('Pause');
      expect(first.getBoundingClientRect().width).to.be.greaterThan(40);
      const before = document.createElement('button');
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      before.remove();
      expect(el.shadowRoot!.activeElement).to.equal(first);
    });

    it('rotates on its own, wrapping at the end', async () => {
      const el = await carousel({ count: 2, autoplay: true, interval: 1 });
      const first = await oneEvent(el, 'nhs-slide-change');
      expect(first.detail).to.deep.equal({ index: 1, id: 'study-2' });
      const second = await oneEvent(el, 'nhs-slide-change');
      expect(second.detail.index).to.equal(0);
    });

    it('pauses while the pointer is over the carousel', async () => {
      const el = await carousel({ autoplay: true, interval: 1 });
      const box = el.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(box.x + 20), Math.round(box.y + box.height / 2)] });
      await el.updateComplete;
      expect(live(el).getAttribute('aria-live')).to.equal('polite');
      await aTimeout(1400);
      expect(selected(el)).to.equal(0);
      await resetMouse();
      await oneEvent(el, 'nhs-slide-change');
      expect(selected(el)).to.equal(1);
    });

    it('pauses while focus is inside, but not on the Pause button', async () => {
      const el = await carousel({ autoplay: true, interval: 1 });
      button(el, 'Previous case study').focus();
      await aTimeout(1400);
      expect(selected(el)).to.equal(0);
      button(el, 'Pause').focus();
      await oneEvent(el, 'nhs-slide-change');
      expect(selected(el)).to.equal(1);
    });

    it('stops for good once the reader uses a control, until they press Play', async () => {
      const el = await carousel({ autoplay: true, interval: 1 });
      button(el, 'Next case study').click();
      button(el, 'Next case study').blur();
      await el.updateComplete;
      expect(button(el, 'Play')).to.exist;
      expect(live(el).getAttribute('aria-live')).to.equal('polite');
      await aTimeout(1400);
      expect(selected(el)).to.equal(1);
      button(el, 'Play').click();
      await el.updateComplete;
      button(el, 'Pause').blur();
      await oneEvent(el, 'nhs-slide-change');
      expect(selected(el)).to.equal(2);
      button(el, 'Pause').click();
      await el.updateComplete;
      expect(button(el, 'Play')).to.exist;
      await aTimeout(1400);
      expect(selected(el)).to.equal(2);
    });

    it('never rotates under prefers-reduced-motion, and offers no Play button', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await carousel({ autoplay: true, interval: 1 });
      expect($$(el, 'button').map((b) => b.textContent!.trim())).to.not.include('Pause');
      expect($$(el, 'button').map((b) => b.textContent!.trim())).to.not.include('Play');
      await aTimeout(1400);
      expect(selected(el)).to.equal(0);
      expect(live(el).getAttribute('aria-live')).to.equal('polite');
    });

    it('stops rotating, and drops Pause, when the reader turns on reduced motion', async () => {
      const el = await carousel({ autoplay: true, interval: 1 });
      await emulateMedia({ reducedMotion: 'reduce' });
      // The media change reaches the page as an event some time later (over 20 ms on a busy CI machine).
      await until(() => !$$(el, 'button').some((b) => b.textContent!.trim() === 'Pause'));
      const at = selected(el);
      await aTimeout(1400);
      expect(selected(el)).to.equal(at);
    });

    it('does not rotate while out of the page, and rotates again when put back', async () => {
      const el = await carousel({ autoplay: true, interval: 1 });
      const parent = el.parentElement!;
      let moves = 0;
      el.addEventListener('nhs-slide-change', () => moves++);
      el.remove();
      await aTimeout(1400);
      expect(moves).to.equal(0);
      parent.append(el);
      await oneEvent(el, 'nhs-slide-change');
      expect(selected(el)).to.equal(1);
    });
  });

  describe('scrolling and swiping', () => {
    it('makes the slide a swipe or scroll lands on current, with an event and an announcement', async () => {
      const el = await carousel({ count: 5 });
      const scroller = $(el, '[part="scroller"]')!;
      const stride = slides(el)[1].offsetLeft - slides(el)[0].offsetLeft;
      const change = oneEvent(el, 'nhs-slide-change');
      scroller.scrollTo({ left: stride * 3, behavior: 'instant' });
      const event = (await change) as NhsSlideChangeEvent;
      expect(event.detail).to.deep.equal({ index: 3, id: 'study-4' });
      await el.updateComplete;
      expect(selected(el)).to.equal(3);
      expect(inView(el)).to.deep.equal(['4 of 5']);
      expect(live(el).textContent!.trim()).to.equal('Case study 4 of 5: Study 4');
    });
  });

  describe('API and events', () => {
    it('does not fire nhs-slide-change on first render', async () => {
      let fired = 0;
      document.addEventListener('nhs-slide-change', () => fired++);
      await carousel();
      await aTimeout(100);
      expect(fired).to.equal(0);
    });

    it('next(), previous() and goTo() move, firing nhs-slide-change with { index, id }', async () => {
      const el = await carousel({ count: 4 });
      setTimeout(() => el.next());
      let event = await oneEvent(el, 'nhs-slide-change');
      expect(event.detail).to.deep.equal({ index: 1, id: 'study-2' });
      expect(event.bubbles && event.composed).to.be.true;
      setTimeout(() => el.goTo(99));
      event = await oneEvent(el, 'nhs-slide-change');
      expect(event.detail.index).to.equal(3);
      setTimeout(() => el.previous());
      event = await oneEvent(el, 'nhs-slide-change');
      expect(event.detail.index).to.equal(2);
    });

    it('follows children added and removed later', async () => {
      const el = await carousel({ count: 2 });
      const extra = document.createElement('nhs-case-study');
      extra.setAttribute('heading', 'Added');
      el.append(extra);
      await until(() => slides(el).length === 3);
      expect(slides(el)[2].getAttribute('aria-label')).to.equal('3 of 3');
      el.firstElementChild!.remove();
      await until(() => slides(el).length === 2);
      expect(slides(el)[1].querySelector('slot')!.assignedElements()[0]).to.equal(extra);
    });
  });

  describe('slides from a feed', () => {
    it('makes a slide of each case study in src, with headings at heading-level', async () => {
      const el = await fixture<NhsCaseStudyCarousel>(html`<nhs-case-study-carousel
        label="Case studies"
        src="test/fixtures/content.json"
        heading-level="2"
      ></nhs-case-study-carousel>`);
      await until(() => slides(el).length > 0);
      const feed = await (await fetch('test/fixtures/content.json')).json();
      expect(slides(el)).to.have.length(feed.caseStudies.length);
      await el.updateComplete;
      const first = slides(el)[0].querySelector('nhs-case-study')!;
      await first.updateComplete;
      expect(first.shadowRoot!.querySelector('h2')!.textContent).to.equal(feed.caseStudies[0].heading);
      await expect(el).to.be.accessible();
    });

    it('filters by place and ids', async () => {
      const el = await fixture<NhsCaseStudyCarousel>(html`<nhs-case-study-carousel
        label="Case studies"
        src="test/fixtures/content.json"
        place="manchester"
      ></nhs-case-study-carousel>`);
      await until(() => slides(el).length > 0);
      expect(slides(el)).to.have.length(1);
      el.place = '';
      el.ids = 'somerset-work-academy, manchester-kings-trust';
      await el.updateComplete;
      expect(slides(el)).to.have.length(2);
      expect(slides(el)[0].querySelector('nhs-case-study')!.data!.id).to.equal('manchester-kings-trust');
    });

    it('says so politely and keeps the children when the feed fails', async () => {
      const el = await fixture<NhsCaseStudyCarousel>(html`<nhs-case-study-carousel
        label="Case studies"
        src="does-not-exist.json"
        >${studies(2)}</nhs-case-study-carousel
      >`);
      await until(() => !$(el, '[data-loading]') && !!$(el, '[role="status"]'));
      expect($(el, '[role="status"]')!.textContent).to.contain('not available');
      expect(slides(el)).to.have.length(2);
      expect(el.children).to.have.length(2);
    });
  });

  describe('Bad input', () => {
    it('keeps the valid items of a bad `items` list, and warns about the rest', async () => {
      const messages: string[] = [];
      const original = console.warn;
      console.warn = (m: string) => messages.push(m);
      const el = await fixture<NhsCaseStudyCarousel>(html`<nhs-case-study-carousel
        label="Case studies"
      ></nhs-case-study-carousel>`);
      try {
        el.items = [{ id: 'a', heading: 'Good' }, { id: 'b' }, 'nonsense'] as never;
        await el.updateComplete;
      } finally {
        console.warn = original;
      }
      expect(slides(el)).to.have.length(1);
      expect(messages.some((m) => m.includes('items[1].heading'))).to.be.true;
    });

    it('warns about a child that is not a case study, and still shows it', async () => {
      const messages: string[] = [];
      const original = console.warn;
      console.warn = (m: string) => messages.push(m);
      let el: NhsCaseStudyCarousel;
      try {
        el = await fixture(html`<nhs-case-study-carousel label="Case studies"><p>Loose</p></nhs-case-study-carousel>`);
      } finally {
        console.warn = original;
      }
      expect(messages.some((m) => m.includes('not <p>'))).to.be.true;
      expect(slides(el!)).to.have.length(1);
    });

    it('renders nothing but keeps quiet with no slides at all', async () => {
      const el = await fixture<NhsCaseStudyCarousel>(
        html`<nhs-case-study-carousel label="x"></nhs-case-study-carousel>`,
      );
      expect($(el, '[role="region"]')).to.equal(null);
      el.next();
      el.goTo(3);
    });
  });
});
