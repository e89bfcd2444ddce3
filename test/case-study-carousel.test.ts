import { expect, fixture, html, oneEvent, aTimeout, nextFrame } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse, emulateMedia } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/case-studies/case-study-carousel.js';
import type { NhsCaseStudyCarousel } from '../src/case-studies/case-study-carousel.js';
import type { NhsCaseStudy } from '../src/case-studies/case-study.js';
import type { NhsSlideChangeEvent } from '../src/case-studies/events.js';
import type { CaseStudy, ContentPack } from '../src/content/types.js';
import { resetWarnings } from '../src/shared/log.js';
import { captureWarnings, warningsDuring } from './helpers/console.js';

const FEED = 'test/fixtures/content.json';

interface Options {
  count?: number;
  width?: number;
  loop?: boolean;
  autoplay?: boolean;
  /** Milliseconds; 1000 unless given. */
  interval?: number;
  dir?: string;
  label?: string;
}

/** Case studies written as HTML; `words` makes some longer than others. */
const studies = (count: number, words: (i: number) => number = () => 0) =>
  Array.from(
    { length: count },
    (_, i) =>
      html`<nhs-case-study id="study-${i + 1}" heading="Study ${i + 1}" href="https://example.org/${i + 1}">
        <p>Summary of study ${i + 1}.${' More words about it.'.repeat(words(i))}</p>
      </nhs-case-study>`,
  );

/**
 * A carousel in a container of `width` px and direction `dir`. The container
 * is made by hand and the carousel is the fixture, so fixture() waits only for
 * the element's own update, never for an animation frame (which a test tab in
 * the background may not get).
 */
async function carousel(options: Options = {}, words?: (i: number) => number): Promise<NhsCaseStudyCarousel> {
  const { count = 5, width = 320, loop = false, autoplay = false, interval = 1000, dir = 'ltr' } = options;
  const label = options.label ?? 'Case studies';
  return fixture<NhsCaseStudyCarousel>(
    html`<nhs-case-study-carousel label=${label} ?loop=${loop} ?autoplay=${autoplay} autoplay-interval=${interval}>
      ${studies(count, words)}
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
const hasButton = (el: Element, name: string) => $$(el, 'button').some((b) => b.textContent!.trim() === name);
const live = (el: Element) => $(el, '[aria-live]')!;
const selected = (el: Element) => tabs(el).findIndex((t) => t.getAttribute('aria-selected') === 'true');
/** The card of each slide (the page's own children, or those made from data), in slide order. */
const cards = (el: NhsCaseStudyCarousel) =>
  slides(el).map((slide) => {
    const study = (slide.querySelector('slot')?.assignedElements()[0] ?? slide.querySelector('nhs-case-study'))!;
    return study.shadowRoot!.querySelector<HTMLElement>('[part="card"]')!;
  });
/** The height of the row of slides inside its padding. */
const rowHeight = (el: NhsCaseStudyCarousel) => {
  const scroller = $(el, '[part="scroller"]')!;
  const style = getComputedStyle(scroller);
  return scroller.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
};
/** Space at the foot of a card below its last line (the link), inside its padding. */
const emptySpace = (card: HTMLElement) => {
  const link = card.querySelector('[part="link"]')!.parentElement!.getBoundingClientRect();
  const box = card.getBoundingClientRect();
  return box.bottom - parseFloat(getComputedStyle(card).paddingBottom) - 1 - link.bottom;
};
/** Shift+Tab, as a keyboard sends it. */
async function shiftTab(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}
/** Tab from a button just before `el`, which is removed afterwards. */
async function tabInto(el: Element): Promise<void> {
  const before = document.createElement('button');
  before.textContent = 'Before';
  el.before(before);
  before.focus();
  await sendKeys({ press: 'Tab' });
  before.remove();
}

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
      const el = await carousel({ count: 6, autoplay: true, interval: 60_000 });
      const sizes = (list: HTMLElement[]) => list.map((b) => b.getBoundingClientRect());
      expect(tabs(el)).to.have.length(6);
      for (const box of sizes(tabs(el))) expect(Math.min(box.width, box.height)).to.be.at.least(24);
      const buttons = $$(el, 'button:not([role])');
      expect(buttons).to.have.length(3);
      for (const box of sizes(buttons)) expect(Math.min(box.width, box.height)).to.be.at.least(44);
    });

    it('keeps its controls on one 44px row at 320px however many slides: the picker scrolls, the current entry in view', async () => {
      const el = await carousel({ count: 16, autoplay: true, interval: 60_000 });
      const controls = $(el, '[part="controls"]')!;
      expect(controls.getBoundingClientRect().height).to.equal(44);
      const picker = $(el, '[part="picker"]')!;
      expect(picker.scrollWidth).to.be.greaterThan(picker.clientWidth);
      el.goTo(15);
      await el.updateComplete;
      const box = picker.getBoundingClientRect();
      const current = tabs(el)[15].getBoundingClientRect();
      expect(current.left).to.be.at.least(box.left - 1);
      expect(current.right).to.be.at.most(box.right + 1);
    });

    it('warns the author when label is missing, and still names the region', async () => {
      let el!: NhsCaseStudyCarousel;
      const messages = await warningsDuring(async () => (el = await carousel({ label: '' })));
      expect($(el, '[role="region"]')!.getAttribute('aria-label')).to.equal('Case studies');
      expect(messages.some((m) => m.includes('add a label attribute'))).to.be.true;
    });

    it('is accessible (axe), at rest and after moving', async () => {
      const el = await carousel({ autoplay: true, interval: 60_000 });
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

    it('lays out only the slides in view and a view either side of them', async () => {
      const el = await carousel({ count: 8, width: 700 });
      const skipped = () => slides(el).map((s) => getComputedStyle(s).contentVisibility === 'hidden');
      expect(skipped()).to.deep.equal([false, false, false, false, true, true, true, true]);
      el.goTo(7);
      await el.updateComplete;
      expect(inView(el)).to.deep.equal(['7 of 8', '8 of 8']);
      expect(skipped()).to.deep.equal([true, true, true, true, false, false, false, false]);
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

    it('corrects a wrong first guess in the frame that first lays it out, before it is painted', async () => {
      // The page's padding on the element: 1100px wide, but 800px inside, so 2 in view, not the guessed 3.
      const el = await fixture<NhsCaseStudyCarousel>(
        html`<nhs-case-study-carousel label="Case studies" style="padding-inline: 150px">
          ${studies(6)}
        </nhs-case-study-carousel>`,
        { parentNode: container(1100) },
      );
      expect(inView(el), 'the first render, from the width').to.have.length(3);
      // Resize observers are called in the order they were made, each followed by its microtasks (where the
      // element renders again), all after layout and before paint: so this one sees what will be painted.
      const seen = await new Promise<number>((resolve) => {
        const watch = new ResizeObserver(() => (watch.disconnect(), resolve(inView(el).length)));
        watch.observe($(el, '[part="scroller"]')!);
      });
      expect(seen).to.equal(2);
      const scroller = $(el, '[part="scroller"]')!;
      expect(getComputedStyle(scroller).getPropertyValue('--_per-view').trim()).to.equal('2');
    });

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

    it('wraps long text inside the slide', async () => {
      const el = await fixture<NhsCaseStudyCarousel>(
        html`<nhs-case-study-carousel label="Case studies">
          <nhs-case-study heading="Short"><p>One line.</p></nhs-case-study>
          <nhs-case-study heading="Long"><p>${'Pneumonoultramicroscopicsilicovolcanoconiosis '.repeat(12)}</p></nhs-case-study>
          <nhs-case-study heading="Third"><p>Three.</p></nhs-case-study>
        </nhs-case-study-carousel>`,
        { parentNode: container(700) },
      );
      const slide = slides(el)[1];
      expect(cards(el)[1].scrollWidth).to.be.at.most(slide.clientWidth + 1);
      const scroller = $(el, '[part="scroller"]')!;
      expect(scroller.scrollHeight).to.equal(scroller.clientHeight);
    });
  });

  describe('height: no empty space in the cards', () => {
    // Slides 1 and 3 short, 2 longer, 4 (out of view at first) much longer.
    const words = (i: number) => [0, 12, 2, 60, 0][i];

    it('makes each card in view as tall as its own content, and the row as tall as the tallest in view', async () => {
      const el = await carousel({ count: 5, width: 700 }, words);
      expect(inView(el)).to.deep.equal(['1 of 5', '2 of 5']);
      const [first, second, , fourth] = cards(el).map((card) => card.getBoundingClientRect().height);
      expect(second - first, 'the second card is the longer').to.be.greaterThan(100);
      for (const card of cards(el).slice(0, 2)) expect(emptySpace(card)).to.be.closeTo(0, 1);
      // The slide's 4px bar above the card, then the tallest card in view; not the fourth, out of view.
      expect(rowHeight(el)).to.be.closeTo(second + 4, 1);
      expect(fourth).to.be.greaterThan(second);
    });

    it('follows the slides in view after the reader moves', async () => {
      const el = await carousel({ count: 5, width: 700 }, words);
      const before = rowHeight(el);
      button(el, 'Next case study').click();
      await el.updateComplete;
      expect(inView(el)).to.deep.equal(['2 of 5', '3 of 5']);
      expect(rowHeight(el)).to.be.closeTo(before, 1);
      button(el, 'Next case study').click();
      await el.updateComplete;
      expect(inView(el)).to.deep.equal(['3 of 5', '4 of 5']);
      const fourth = cards(el)[3];
      expect(rowHeight(el)).to.be.closeTo(fourth.getBoundingClientRect().height + 4, 1);
      expect(emptySpace(fourth)).to.be.closeTo(0, 1);
    });

    it('with autoplay, is as tall as the tallest slide of all from the start and never changes while rotating', async () => {
      const clock = sinon.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
      try {
        const el = await carousel({ count: 5, width: 700, autoplay: true }, words);
        const tallest = Math.max(...cards(el).map((card) => card.getBoundingClientRect().height));
        expect(rowHeight(el)).to.be.closeTo(tallest + 4, 1);
        // The cards themselves still have no empty space: the shorter ones are shorter than the row.
        for (const card of cards(el).slice(0, 2)) expect(emptySpace(card)).to.be.closeTo(0, 1);
        const heights = [rowHeight(el)];
        for (let i = 0; i < 5; i++) {
          await clock.tickAsync(1000);
          await el.updateComplete;
          heights.push(rowHeight(el));
        }
        expect(el.index, 'rotated round to the first again').to.equal(0);
        expect(new Set(heights).size, `heights while rotating: ${heights}`).to.equal(1);
        // The reader's own move: the row may follow the view; Play: the tallest of all again.
        button(el, 'Next case study').click();
        await el.updateComplete;
        expect(rowHeight(el)).to.be.below(tallest);
        button(el, 'Play').click();
        await el.updateComplete;
        expect(rowHeight(el)).to.be.closeTo(tallest + 4, 1);
      } finally {
        clock.restore();
      }
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

    it('prints every slide in full, one under another, without the controls', async () => {
      const el = await carousel({ count: 3 }, (i) => i * 10);
      await emulateMedia({ media: 'print' });
      try {
        expect(getComputedStyle($(el, '[part="controls"]')!).display).to.equal('none');
        const boxes = slides(el).map((s) => s.getBoundingClientRect());
        expect(boxes).to.have.length(3);
        expect(boxes[1].top).to.be.greaterThan(boxes[0].bottom - 1);
        expect(boxes[2].top).to.be.greaterThan(boxes[1].bottom - 1);
        // Out of view on screen, but printed at its full height.
        expect(boxes[2].height).to.be.closeTo(cards(el)[2].getBoundingClientRect().height + 4, 1);
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
      expect(el.index).to.equal(2);
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
  });

  describe('when `autoplay` is set', () => {
    let clock: sinon.SinonFakeTimers;
    beforeEach(() => {
      clock = sinon.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    });
    afterEach(() => clock.restore());

    /** Moves the fake clock on by `ms`, then lets the carousel render. */
    const wait = async (el: NhsCaseStudyCarousel, ms: number) => {
      await clock.tickAsync(ms);
      await el.updateComplete;
    };

    it('puts a visible Pause button first in the tab order', async () => {
      const el = await carousel({ autoplay: true });
      const first = $$(el, 'button')[0];
      expect(first.textContent!.trim()).to.equal('Pause');
      expect(first.getBoundingClientRect().width).to.be.greaterThan(40);
      await tabInto(el);
      expect(el.shadowRoot!.activeElement).to.equal(first);
    });

    it('rotates every autoplay-interval milliseconds, wrapping at the end, silently', async () => {
      const el = await carousel({ count: 2, autoplay: true, interval: 3000 });
      expect(el.autoplayInterval).to.equal(3000);
      expect(live(el).getAttribute('aria-live')).to.equal('off');
      const moves: Array<{ index: number; id: string }> = [];
      el.addEventListener('nhs-slide-change', (e) => moves.push(e.detail));
      await wait(el, 2999);
      expect(moves).to.deep.equal([]);
      await wait(el, 1);
      expect(moves).to.deep.equal([{ index: 1, id: 'study-2' }]);
      expect(el.index).to.equal(1);
      expect(selected(el)).to.equal(1);
      expect(live(el).textContent!.trim()).to.equal('');
      await wait(el, 3000);
      expect(moves.map((m) => m.index)).to.deep.equal([1, 0]);
    });

    it('waits 6000 ms by default', async () => {
      const el = await fixture<NhsCaseStudyCarousel>(
        html`<nhs-case-study-carousel label="Case studies" autoplay>${studies(3)}</nhs-case-study-carousel>`,
        { parentNode: container(320) },
      );
      expect(el.autoplayInterval).to.equal(6000);
      await wait(el, 5999);
      expect(el.index).to.equal(0);
      await wait(el, 1);
      expect(el.index).to.equal(1);
    });

    it('waits while the pointer is over the carousel, and goes on when it leaves', async () => {
      const el = await carousel({ autoplay: true });
      const box = el.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(box.x + 20), Math.round(box.y + box.height / 2)] });
      await el.updateComplete;
      expect(live(el).getAttribute('aria-live')).to.equal('polite');
      expect(hasButton(el, 'Pause'), 'hovering only waits: no Play').to.be.true;
      await wait(el, 5000);
      expect(el.index).to.equal(0);
      await resetMouse();
      await wait(el, 1000);
      expect(el.index).to.equal(1);
    });

    it('stops when keyboard focus arrives on the Pause button; Play starts it with focus still there', async () => {
      const el = await carousel({ autoplay: true });
      await tabInto(el);
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(button(el, 'Play'));
      expect(live(el).getAttribute('aria-live')).to.equal('polite');
      await wait(el, 5000);
      expect(el.index).to.equal(0);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(button(el, 'Pause'));
      await wait(el, 1000);
      expect(el.index).to.equal(1);
    });

    it('stops when keyboard focus arrives in a slide, and leaving with Tab never starts it again', async () => {
      const el = await carousel({ autoplay: true });
      const link = el.children[0].shadowRoot!.querySelector('a')!;
      link.focus();
      await el.updateComplete;
      expect(hasButton(el, 'Play')).to.be.true;
      await sendKeys({ press: 'Tab' });
      expect(el.contains(document.activeElement), 'focus has left').to.be.false;
      await wait(el, 5000);
      expect(el.index).to.equal(0);
      expect(hasButton(el, 'Play')).to.be.true;
      // Back in with Shift+Tab and out again: still stopped.
      await shiftTab();
      await sendKeys({ press: 'Tab' });
      await wait(el, 5000);
      expect(el.index).to.equal(0);
    });

    it('toggles once when Pause is clicked with the pointer (the focus the click brings does not count)', async () => {
      const el = await carousel({ autoplay: true });
      const box = button(el, 'Pause').getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.x + 10), Math.round(box.y + 10)] });
      await el.updateComplete;
      expect(hasButton(el, 'Play')).to.be.true;
      await sendMouse({ type: 'click', position: [Math.round(box.x + 10), Math.round(box.y + 10)] });
      await el.updateComplete;
      expect(hasButton(el, 'Pause')).to.be.true;
    });

    it('stops for good once the reader uses a control, until they press Play, and Pause stops it again', async () => {
      const el = await carousel({ autoplay: true });
      button(el, 'Next case study').click();
      await el.updateComplete;
      expect(button(el, 'Play')).to.exist;
      expect(live(el).getAttribute('aria-live')).to.equal('polite');
      await wait(el, 5000);
      expect(el.index).to.equal(1);
      button(el, 'Play').click();
      await wait(el, 1000);
      expect(el.index).to.equal(2);
      button(el, 'Pause').click();
      await el.updateComplete;
      expect(button(el, 'Play')).to.exist;
      await wait(el, 5000);
      expect(el.index).to.equal(2);
    });

    it('never rotates under prefers-reduced-motion, and offers no Pause or Play button', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await carousel({ autoplay: true });
      expect(hasButton(el, 'Pause')).to.be.false;
      expect(hasButton(el, 'Play')).to.be.false;
      await wait(el, 5000);
      expect(el.index).to.equal(0);
      expect(live(el).getAttribute('aria-live')).to.equal('polite');
    });

    it('stops rotating, and drops Pause, when the reader turns on reduced motion', async () => {
      const el = await carousel({ autoplay: true });
      const changed = new Promise((resolve) =>
        matchMedia('(prefers-reduced-motion: reduce)').addEventListener('change', resolve, { once: true }),
      );
      await emulateMedia({ reducedMotion: 'reduce' });
      await changed;
      await el.updateComplete;
      expect(hasButton(el, 'Pause')).to.be.false;
      await wait(el, 5000);
      expect(el.index).to.equal(0);
    });

    it('does not rotate while out of the page, and rotates again when put back', async () => {
      const el = await carousel({ autoplay: true });
      const parent = el.parentElement!;
      el.remove();
      await wait(el, 5000);
      expect(el.index).to.equal(0);
      parent.append(el);
      await el.updateComplete;
      await wait(el, 1000);
      expect(el.index).to.equal(1);
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

    it('settles after a pause in scrolling where the browser has no scrollend', async () => {
      // Where the browser defines it: on window itself, or on its prototype chain.
      let owner: object = window;
      while (owner && !Object.getOwnPropertyDescriptor(owner, 'onscrollend')) owner = Object.getPrototypeOf(owner);
      const descriptor = Object.getOwnPropertyDescriptor(owner, 'onscrollend')!;
      expect(descriptor, 'this browser has scrollend').to.exist;
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      delete (owner as Partial<Window>).onscrollend;
      expect('onscrollend' in window).to.equal(false);
      try {
        const el = await carousel({ count: 5 });
        // Only the pause settles it: scrollend, which Chromium still fires, is ignored.
        el.shadowRoot!.addEventListener('scrollend', (e) => e.stopPropagation(), { capture: true });
        const scroller = $(el, '[part="scroller"]')!;
        const stride = slides(el)[1].offsetLeft - slides(el)[0].offsetLeft;
        const scrolled = new Promise((resolve) => scroller.addEventListener('scroll', resolve, { once: true }));
        scroller.scrollTo({ left: stride * 2, behavior: 'instant' });
        await scrolled;
        await clock.tickAsync(149);
        expect(el.index).to.equal(0);
        await clock.tickAsync(1);
        expect(el.index).to.equal(2);
      } finally {
        Object.defineProperty(owner, 'onscrollend', descriptor);
        clock.restore();
      }
    });

    it("takes a scroll's late end, once the next move has been asked for, for what it is: not the reader's move", async () => {
      const el = await carousel({ count: 5, autoplay: true, interval: 60_000 });
      const scroller = $(el, '[part="scroller"]')!;
      const stride = slides(el)[1].offsetLeft - slides(el)[0].offsetLeft;
      el.next();
      expect(scroller.scrollLeft, 'a smooth scroll, not yet begun').to.equal(0);
      // As Chromium does (see the page test): the end of the scroll before, with the row still where it left it.
      scroller.dispatchEvent(new Event('scrollend'));
      await el.updateComplete;
      expect(el.index).to.equal(1);
      expect(hasButton(el, 'Pause'), 'still rotating').to.be.true;
      await until(() => Math.abs(scroller.scrollLeft - stride) < 1);
      await el.updateComplete;
      expect(inView(el)).to.deep.equal(['2 of 5']);
    });

    it("once its own scroll has arrived, with no scrollend for it, the next scroll is the reader's", async () => {
      const el = await carousel({ count: 5 });
      const scroller = $(el, '[part="scroller"]')!;
      const stride = slides(el)[1].offsetLeft - slides(el)[0].offsetLeft;
      // Chromium sends no end for a scroll asked for just before the late end of the one before: none here.
      let readers = false;
      el.shadowRoot!.addEventListener('scrollend', (e) => readers || e.stopPropagation(), { capture: true });
      el.next();
      await until(() => Math.abs(scroller.scrollLeft - stride) < 1);
      readers = true;
      const change = oneEvent(el, 'nhs-slide-change');
      scroller.scrollTo({ left: stride * 3, behavior: 'instant' });
      expect(((await change) as NhsSlideChangeEvent).detail.index).to.equal(3);
    });

    it("a reader who scrolls the row during the carousel's own scroll moves it, and stops rotation", async () => {
      const el = await carousel({ count: 5, autoplay: true, interval: 60_000 });
      const scroller = $(el, '[part="scroller"]')!;
      const stride = slides(el)[1].offsetLeft - slides(el)[0].offsetLeft;
      el.next();
      const change = oneEvent(el, 'nhs-slide-change');
      scroller.scrollTo({ left: stride * 3, behavior: 'instant' });
      expect(((await change) as NhsSlideChangeEvent).detail.index).to.equal(3);
      await el.updateComplete;
      expect(hasButton(el, 'Play')).to.be.true;
    });

    it('stops autoplay when the reader scrolls the row', async () => {
      const el = await carousel({ count: 5, autoplay: true, interval: 60_000 });
      const scroller = $(el, '[part="scroller"]')!;
      const stride = slides(el)[1].offsetLeft - slides(el)[0].offsetLeft;
      const change = oneEvent(el, 'nhs-slide-change');
      scroller.scrollTo({ left: stride * 2, behavior: 'instant' });
      await change;
      await el.updateComplete;
      expect(hasButton(el, 'Play')).to.be.true;
    });
  });

  describe('API and events', () => {
    it('does not fire nhs-slide-change on first render', async () => {
      let fired = 0;
      const count = () => fired++;
      document.addEventListener('nhs-slide-change', count);
      try {
        const el = await carousel();
        await nextFrame();
        await nextFrame();
        expect(el.index).to.equal(0);
        expect(fired).to.equal(0);
      } finally {
        document.removeEventListener('nhs-slide-change', count);
      }
    });

    it('next(), previous() and goTo() move, firing nhs-slide-change with { index, id }', async () => {
      const el = await carousel({ count: 4 });
      setTimeout(() => el.next());
      let event = await oneEvent(el, 'nhs-slide-change');
      expect(event.detail).to.deep.equal({ index: 1, id: 'study-2' });
      expect(event.bubbles && event.composed).to.be.true;
      expect(el.index).to.equal(1);
      setTimeout(() => el.goTo(99));
      event = await oneEvent(el, 'nhs-slide-change');
      expect(event.detail.index).to.equal(3);
      setTimeout(() => el.previous());
      event = await oneEvent(el, 'nhs-slide-change');
      expect(event.detail.index).to.equal(2);
      expect(el.index).to.equal(2);
    });

    it('keeps index read-only', async () => {
      const el = await carousel({ count: 4 });
      expect(() => ((el as unknown as { index: number }).index = 2)).to.throw(TypeError);
      expect(el.index).to.equal(0);
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

  describe('slides from a feed or from `items`', () => {
    let pack: ContentPack;
    before(async () => {
      pack = await (await fetch(FEED)).json();
    });
    const fromFeed = (el: NhsCaseStudyCarousel) =>
      slides(el).map((s) => s.querySelector<NhsCaseStudy>('nhs-case-study')!.item!.id);

    it('makes a slide of each case study in src, with headings at heading-level', async () => {
      const el = await fixture<NhsCaseStudyCarousel>(html`<nhs-case-study-carousel
        label="Case studies"
        src=${FEED}
        heading-level="2"
      ></nhs-case-study-carousel>`);
      await until(() => slides(el).length > 0);
      expect(slides(el)).to.have.length(pack.caseStudies.length);
      await el.updateComplete;
      const first = slides(el)[0].querySelector('nhs-case-study')!;
      await first.updateComplete;
      expect(first.shadowRoot!.querySelector('[part="heading"]')!.localName).to.equal('h2');
      expect(first.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal(pack.caseStudies[0].heading);
      await expect(el).to.be.accessible();
    });

    it('filters by place, and shows ids in the order written', async () => {
      const el = await fixture<NhsCaseStudyCarousel>(html`<nhs-case-study-carousel
        label="Case studies"
        src=${FEED}
        place="manchester"
      ></nhs-case-study-carousel>`);
      await until(() => slides(el).length > 0);
      expect(fromFeed(el)).to.deep.equal(['manchester-kings-trust']);
      el.place = '';
      el.ids = 'somerset-work-academy, manchester-kings-trust norwich-step-into-health';
      await el.updateComplete;
      expect(fromFeed(el)).to.deep.equal([
        'somerset-work-academy',
        'manchester-kings-trust',
        'norwich-step-into-health',
      ]);
    });

    it('warns once about an id that no case study has, and shows the others', async () => {
      const capture = captureWarnings();
      try {
        const el = await fixture<NhsCaseStudyCarousel>(html`<nhs-case-study-carousel
          label="Case studies"
          ids="barts-healthcare-works nowhere"
        ></nhs-case-study-carousel>`);
        el.items = pack.caseStudies;
        await el.updateComplete;
        expect(fromFeed(el)).to.deep.equal(['barts-healthcare-works']);
        el.requestUpdate();
        await el.updateComplete;
      } finally {
        capture.restore();
      }
      expect(capture.messages.filter((m) => m.includes('"nowhere"'))).to.have.length(1);
    });

    it('takes case studies as items, exporting their parts with the item- prefix', async () => {
      const el = await fixture<NhsCaseStudyCarousel>(html`<nhs-case-study-carousel
        label="Case studies"
      ></nhs-case-study-carousel>`);
      const items: CaseStudy[] = pack.caseStudies.slice(0, 2);
      el.items = items;
      await el.updateComplete;
      expect(fromFeed(el)).to.deep.equal(items.map((s) => s.id));
      const study = slides(el)[0].querySelector('nhs-case-study')!;
      await study.updateComplete;
      const exported = study.getAttribute('exportparts')!.split(/,\s*/);
      // Every part the case study has, under the carousel's name for it.
      const parts = [...study.shadowRoot!.querySelectorAll('[part]')].map((p) => p.getAttribute('part')!);
      expect(parts.length).to.be.greaterThan(3);
      for (const part of new Set(parts)) expect(exported).to.include(`${part}:item-${part}`);
      // A page can style them from outside: the heading, as ::part(item-heading).
      const style = document.createElement('style');
      style.textContent = 'nhs-case-study-carousel::part(item-heading) { color: rgb(1, 2, 3); }';
      document.head.append(style);
      try {
        const heading = study.shadowRoot!.querySelector('[part="heading"]')!;
        expect(getComputedStyle(heading).color).to.equal('rgb(1, 2, 3)');
      } finally {
        style.remove();
      }
    });

    it('shows its children again, without a word to the author, once `items` is set back to null or undefined', async () => {
      const el = await fixture<NhsCaseStudyCarousel>(html`<nhs-case-study-carousel label="Case studies"
        >${studies(2)}</nhs-case-study-carousel
      >`);
      const capture = captureWarnings();
      try {
        for (const cleared of [null, undefined]) {
          el.items = pack.caseStudies.slice(0, 3);
          await el.updateComplete;
          expect(fromFeed(el)).to.deep.equal(pack.caseStudies.slice(0, 3).map((s) => s.id));
          el.items = cleared as unknown as CaseStudy[];
          await el.updateComplete;
          // Two slides again, each showing a child through its slot.
          expect(
            slides(el).map((slide) => slide.querySelector('slot')?.assignedElements()[0]),
            String(cleared),
          ).to.deep.equal([...el.children]);
          expect(el.children).to.have.length(2);
          expect($(el, '[role="status"]'), String(cleared)).to.equal(null);
        }
        expect(capture.messages).to.deep.equal([]);
      } finally {
        capture.restore();
      }
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
      const el = await fixture<NhsCaseStudyCarousel>(html`<nhs-case-study-carousel
        label="Case studies"
      ></nhs-case-study-carousel>`);
      const messages = await warningsDuring(async () => {
        el.items = [{ id: 'a', heading: 'Good' }, { id: 'b' }, 'nonsense'] as never;
        await el.updateComplete;
      });
      expect(slides(el)).to.have.length(1);
      expect(messages.some((m) => m.includes('items[1].heading'))).to.be.true;
    });

    it('warns about a child that is not a case study, and still shows it', async () => {
      let el!: NhsCaseStudyCarousel;
      const messages = await warningsDuring(async () => {
        el = await fixture(html`<nhs-case-study-carousel label="Case studies"><p>Loose</p></nhs-case-study-carousel>`);
      });
      expect(messages.some((m) => m.includes('not <p>'))).to.be.true;
      expect(slides(el)).to.have.length(1);
    });

    it('renders nothing with no slides at all, and its methods do nothing, quietly', async () => {
      const el = await fixture<NhsCaseStudyCarousel>(
        html`<nhs-case-study-carousel label="x"></nhs-case-study-carousel>`,
      );
      expect($(el, '[role="region"]')).to.equal(null);
      let fired = 0;
      el.addEventListener('nhs-slide-change', () => fired++);
      const messages = await warningsDuring(async () => {
        el.next();
        el.previous();
        el.goTo(3);
        await el.updateComplete;
      });
      expect(el.index).to.equal(0);
      expect(fired).to.equal(0);
      expect(messages).to.deep.equal([]);
      expect(el.shadowRoot!.children).to.have.length(0);
    });
  });
});
