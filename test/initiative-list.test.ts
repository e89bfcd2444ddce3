import { fixture, expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport, emulateMedia } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/initiatives/initiative-list.js';
import type { NhsInitiativeList } from '../src/initiatives/initiative-list.js';
import { NhsFilterChangeEvent, type FilterChangeDetail } from '../src/initiatives/events.js';
import type { Initiative } from '../src/content/types.js';
import { setStrings, resetStrings } from '../src/shared/strings.js';
import { warningsDuring as warnings } from './helpers/console.js';

const TODAY = '2027-03-01';
const ITEMS: Initiative[] = [
  {
    id: 'kick',
    name: 'Kickstart Scheme',
    provider: 'DWP',
    closes: '2021-12-17',
    kind: 'funding',
    audiences: ['young-people'],
  },
  {
    id: 'later',
    name: 'Future Talent',
    provider: 'NHS England',
    opens: '2027-06-01',
    kind: 'programme',
    audiences: ['young-people'],
  },
  {
    id: 'swap',
    name: 'Sector-based Work Academy',
    provider: 'Jobcentre Plus',
    summary: 'Training for people on benefits.',
    kind: 'programme',
    audiences: ['long-term-unemployed'],
  },
  {
    id: 'bursary',
    name: 'Care leavers bursary',
    provider: 'Department for Education',
    summary: 'A payment to apprentices.',
    closes: '2027-03-10',
    kind: 'funding',
    audiences: ['care-leavers', 'young-people'],
  },
  {
    id: 'step',
    name: 'Step into Health',
    provider: 'NHS Employers',
    summary: 'Jobs for the Armed Forces community.',
    kind: 'programme',
    audiences: ['veterans'],
  },
  {
    id: 'nuevo',
    name: 'Programa Más Empleo',
    provider: 'Región de Murcia',
    summary: 'Empleo para jóvenes.',
    kind: 'guidance',
    audiences: ['shift-workers'],
  },
];

const root = (el: Element) => el.shadowRoot!;
/** Names of the cards a reader can see, in order. */
const visibleNames = (el: Element) =>
  [...root(el).querySelectorAll('[part="item-heading"]')]
    .filter((h) => h.checkVisibility())
    .map((h) => h.textContent!.trim());
/** The status tag of the first card. */
const firstStatus = (el: Element) => root(el).querySelector('[part="item-status"]')!;
const count = (el: Element) => root(el).querySelector('[role="status"][part="count"]')!.textContent!.trim();
const search = (el: Element) => root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
const select = (el: Element, label: string) => {
  const found = [...root(el).querySelectorAll('label')].find((l) => l.textContent === label);
  return root(el).getElementById(found!.htmlFor) as HTMLSelectElement;
};
const checkbox = (el: Element) => root(el).querySelector<HTMLInputElement>('input[type="checkbox"]')!;
const cardsSettled = async (el: Element) => {
  await (el as NhsInitiativeList).updateComplete;
};

/**
 * The fake clock of a test that moves time itself (the 300 ms settle):
 * timers and animation frames, not the date (the lists have a fixed `today`).
 * Restored after each test.
 */
let clock: sinon.SinonFakeTimers | undefined;
const fakeClock = () =>
  (clock = sinon.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    shouldClearNativeTimers: true,
  }));
afterEach(() => {
  clock?.restore();
  clock = undefined;
});
/**
 * The next frame, in which the list follows its controls. On the fake clock:
 * the frame, then the timer it sets, which the clock runs 1 ms later.
 */
async function nextFrame(el: NhsInitiativeList) {
  if (clock) {
    clock.runToFrame();
    await clock.tickAsync(1);
  }
  await el.updateComplete;
}
/** The search and filters settle after 300 ms: the count is announced, the address written, the event fired. */
async function settle(el: NhsInitiativeList) {
  await clock!.tickAsync(300);
  await el.updateComplete;
}

async function list(template = html`<nhs-initiative-list today=${TODAY} .items=${ITEMS}></nhs-initiative-list>`) {
  const el = await fixture<NhsInitiativeList>(template);
  await cardsSettled(el);
  return el;
}

async function choose(el: NhsInitiativeList, control: HTMLSelectElement | HTMLInputElement, value: string | boolean) {
  if (control instanceof HTMLInputElement && control.type === 'checkbox') control.checked = value as boolean;
  else control.value = value as string;
  control.dispatchEvent(new Event('input', { bubbles: true })); // as the browser does for all three kinds of control
  await nextFrame(el);
}

describe('<nhs-initiative-list>', () => {
  describe('order and closed ones', () => {
    it('shows open ones (closing soonest first), then upcoming; closed ones are hidden', async () => {
      const el = await list();
      expect(visibleNames(el)).to.deep.equal([
        'Care leavers bursary',
        'Sector-based Work Academy',
        'Step into Health',
        'Programa Más Empleo',
        'Future Talent',
      ]);
      expect(count(el)).to.equal('Showing 5 of 6 initiatives');
    });

    it('shows closed ones last when "Include closed" is ticked', async () => {
      const el = await list();
      await choose(el, checkbox(el), true);
      expect(visibleNames(el)).to.have.length(6);
      expect(visibleNames(el)[5]).to.equal('Kickstart Scheme');
      expect(el.showClosed).to.equal(true);
      expect(el.hasAttribute('show-closed')).to.equal(true);
    });

    it("gives each card the list's day, so statuses agree", async () => {
      const el = await list();
      expect(firstStatus(el).textContent!.trim()).to.equal('Closes in 9 days');
      expect(firstStatus(el).className).to.contain('tag-yellow');
      el.today = '2027-03-10';
      await el.updateComplete;
      await cardsSettled(el);
      expect(firstStatus(el).textContent!.trim()).to.equal('Closes today');
    });

    it('re-renders its cards when the page changes the strings', async () => {
      const el = await list();
      setStrings({
        statusCloses: (days: number) => `Plus que ${days} jours`,
        showing: (n: number, t: number) => `${n} sur ${t}`,
      });
      try {
        await el.updateComplete;
        expect(firstStatus(el).textContent!.trim()).to.equal('Plus que 9 jours');
      } finally {
        resetStrings();
      }
      await el.updateComplete;
      expect(firstStatus(el).textContent!.trim()).to.equal('Closes in 9 days');
    });

    it("puts cards' headings one level below its own heading", async () => {
      const el = await list(
        html`<nhs-initiative-list heading="National initiatives" today=${TODAY} .items=${ITEMS}></nhs-initiative-list>`,
      );
      const own = root(el).querySelector('[part="heading"]')!;
      expect([own.localName, own.textContent]).to.deep.equal(['h2', 'National initiatives']);
      const ul = root(el).querySelector('[part="list"]')!;
      expect(root(el).getElementById(ul.getAttribute('aria-labelledby')!)!.textContent).to.equal(
        'National initiatives',
      );
      expect(root(el).querySelector('[part="item-heading"]')!.localName).to.equal('h3');
      el.headingLevel = 3;
      await el.updateComplete;
      expect(root(el).querySelector('[part="item-heading"]')!.localName).to.equal('h4');
    });
  });

  describe('parts', () => {
    const item: Initiative = {
      id: 'full',
      name: 'Full card',
      href: 'https://example.org/full',
      summary: 'Everything a card can show.',
      kind: 'funding',
      reviewed: '2020-01-01',
    };

    it("names its own heading `heading`, and its cards' parts with the prefix `item-`", async () => {
      let el!: NhsInitiativeList;
      await warnings(async () => {
        el = await list(
          html`<nhs-initiative-list heading="Initiatives" today=${TODAY} .items=${[item]}></nhs-initiative-list>`,
        );
      });
      const card = root(el).querySelector('li')!;
      const parts = [...card.querySelectorAll('[part]')].map((node) => node.getAttribute('part'));
      expect(parts).to.deep.equal([
        'item-card',
        'item-heading',
        'item-link',
        'item-status',
        'item-summary',
        'item-facts',
        'item-review',
      ]);
      expect(root(el).querySelectorAll('[part="heading"]')).to.have.length(1);
      expect(root(el).querySelector('[part="heading"]')!.textContent).to.equal('Initiatives');
    });

    it('lets the page style its cards with ::part(item-…)', async () => {
      const style = document.createElement('style');
      style.textContent = `nhs-initiative-list.themed::part(item-heading) { color: rgb(1, 2, 3); }
        nhs-initiative-list.themed::part(heading) { color: rgb(4, 5, 6); }`;
      document.head.append(style);
      try {
        const el = await list(
          html`<nhs-initiative-list class="themed" heading="Initiatives" today=${TODAY} .items=${ITEMS}></nhs-initiative-list>`,
        );
        const headings = [...root(el).querySelectorAll('h2, h3')];
        expect(headings).to.have.length(6);
        expect(headings.map((h) => getComputedStyle(h).color)).to.deep.equal([
          'rgb(4, 5, 6)',
          ...Array(5).fill('rgb(1, 2, 3)'),
        ]);
      } finally {
        style.remove();
      }
    });
  });

  describe('search', () => {
    it('matches name, provider and summary, ignoring case and accents', async () => {
      const el = await list();
      await choose(el, search(el), 'ARMED forces');
      expect(visibleNames(el)).to.deep.equal(['Step into Health']);
      await choose(el, search(el), 'mas empleo');
      expect(visibleNames(el)).to.deep.equal(['Programa Más Empleo']);
      await choose(el, search(el), 'region de murcia');
      expect(visibleNames(el)).to.deep.equal(['Programa Más Empleo']);
      await choose(el, search(el), 'JÓVENES');
      expect(visibleNames(el)).to.deep.equal(['Programa Más Empleo']);
      await choose(el, search(el), 'jobcentre');
      expect(visibleNames(el)).to.deep.equal(['Sector-based Work Academy']);
    });

    it('filters as the reader types', async () => {
      const el = await list();
      search(el).focus();
      await sendKeys({ type: 'nhs' });
      await el.updateComplete;
      expect(visibleNames(el)).to.deep.equal(['Step into Health', 'Future Talent']);
    });
  });

  describe('filters', () => {
    it('offers the audiences in the items, known ones first, unknown ones as written', async () => {
      const el = await list();
      const options = [...select(el, 'Who it is for').options].map((o) => o.textContent);
      expect(options).to.deep.equal([
        'Anyone',
        'Young people',
        'Care leavers',
        'Veterans',
        'People out of work for a long time',
        'shift-workers',
      ]);
    });

    it('offers the audiences of new items when the items change', async () => {
      const el = await list();
      el.items = [{ id: 'x', name: 'Carers first', audiences: ['carers', 'night-workers'] }];
      await el.updateComplete;
      const options = [...select(el, 'Who it is for').options].map((o) => o.textContent);
      expect(options).to.deep.equal(['Anyone', 'Carers', 'night-workers']);
    });

    it('filters by audience', async () => {
      const el = await list();
      await choose(el, select(el, 'Who it is for'), 'young-people');
      expect(visibleNames(el)).to.deep.equal(['Care leavers bursary', 'Future Talent']);
      expect(el.audience).to.equal('young-people');
    });

    it('filters by kind', async () => {
      const el = await list();
      await choose(el, select(el, 'Type'), 'programme');
      expect(visibleNames(el)).to.deep.equal(['Sector-based Work Academy', 'Step into Health', 'Future Talent']);
    });

    it('combines search and filters', async () => {
      const el = await list();
      await choose(el, select(el, 'Type'), 'programme');
      await choose(el, select(el, 'Who it is for'), 'young-people');
      expect(visibleNames(el)).to.deep.equal(['Future Talent']);
    });

    it('takes preset filters from attributes, and shows them in the controls', async () => {
      const el = await list(
        html`<nhs-initiative-list audience="young-people" kind="funding" show-closed today=${TODAY} .items=${ITEMS}></nhs-initiative-list>`,
      );
      expect(visibleNames(el)).to.deep.equal(['Care leavers bursary', 'Kickstart Scheme']);
      expect(select(el, 'Who it is for').value).to.equal('young-people');
      expect(select(el, 'Type').value).to.equal('funding');
      expect(checkbox(el).checked).to.equal(true);
    });

    it('reflects `audience` and `kind` to attributes, as the reader changes them', async () => {
      const el = await list(
        html`<nhs-initiative-list audience="veterans" today=${TODAY} .items=${ITEMS}></nhs-initiative-list>`,
      );
      await choose(el, select(el, 'Who it is for'), 'young-people');
      await choose(el, select(el, 'Type'), 'funding');
      expect([el.getAttribute('audience'), el.getAttribute('kind')]).to.deep.equal(['young-people', 'funding']);
      await choose(el, select(el, 'Who it is for'), '');
      await choose(el, select(el, 'Type'), '');
      expect([el.hasAttribute('audience'), el.hasAttribute('kind')]).to.deep.equal([false, false]);
      el.kind = 'guidance';
      await el.updateComplete;
      expect(el.getAttribute('kind')).to.equal('guidance');
      expect(select(el, 'Type').value).to.equal('guidance');
    });

    it('leaves out each control an attribute turns off, keeping its preset', async () => {
      const el = await list(
        html`<nhs-initiative-list no-search no-audience-filter no-kind-filter no-closed-toggle kind="guidance" today=${TODAY} .items=${ITEMS}></nhs-initiative-list>`,
      );
      expect(root(el).querySelectorAll('input, select')).to.have.length(0);
      expect(visibleNames(el)).to.deep.equal(['Programa Más Empleo']);
      expect(count(el)).to.equal('Showing 1 of 6 initiatives');
    });
  });

  describe('the result count', () => {
    it('is a polite live region with a visible count', async () => {
      const el = await list();
      const status = root(el).querySelector('[part="count"]')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.checkVisibility()).to.equal(true);
    });

    it('is announced once typing settles, not on every keystroke', async () => {
      fakeClock();
      const el = await list();
      const region = root(el).querySelector('[part="count"]')!;
      const heard: string[] = [];
      new MutationObserver(() => heard.push(region.textContent!.trim())).observe(region, {
        subtree: true,
        characterData: true,
        childList: true,
      });
      search(el).focus();
      await sendKeys({ type: 'step' });
      await nextFrame(el);
      expect(visibleNames(el)).to.deep.equal(['Step into Health']);
      await clock!.tickAsync(299);
      await el.updateComplete;
      expect(count(el)).to.equal('Showing 5 of 6 initiatives'); // not yet
      await settle(el);
      expect(count(el)).to.equal('Showing 1 of 6 initiatives');
      await Promise.resolve(); // the observer's records
      expect(heard).to.deep.equal(['Showing 1 of 6 initiatives']);
    });
  });

  describe('the `nhs-filter-change` event', () => {
    let heard: NhsFilterChangeEvent[];
    const details = () => heard.map((event) => event.detail);
    const detail = (changes: Partial<FilterChangeDetail>): FilterChangeDetail => ({
      search: '',
      audience: '',
      kind: '',
      showClosed: false,
      ...changes,
    });
    let listening: ((event: NhsFilterChangeEvent) => void) | undefined;
    afterEach(() => listening && document.removeEventListener('nhs-filter-change', listening));
    /** A list on the fake clock; `heard` is what a script on the page hears from it (on the document). */
    async function watched(template?: Parameters<typeof list>[0]) {
      fakeClock();
      const el = await list(template);
      heard = [];
      listening = (event) => heard.push(event);
      document.addEventListener('nhs-filter-change', listening);
      return el;
    }

    it('tells the page what the reader looks for once typing settles, once', async () => {
      const el = await watched();
      search(el).focus();
      await sendKeys({ type: 'step' });
      await nextFrame(el);
      await clock!.tickAsync(299);
      expect(heard).to.have.length(0);
      await settle(el);
      expect(heard).to.have.length(1);
      const [event] = heard;
      expect(event).to.be.instanceOf(NhsFilterChangeEvent);
      expect([event.type, event.bubbles, event.composed]).to.deep.equal(['nhs-filter-change', true, true]);
      expect(event.target).to.equal(el);
      expect(event.detail).to.deep.equal(detail({ search: 'step' }));
      await clock!.tickAsync(10_000);
      expect(heard).to.have.length(1);
    });

    it('gives every filter the reader changes, as they are when the change settles', async () => {
      const el = await watched();
      await choose(el, select(el, 'Who it is for'), 'young-people');
      await choose(el, select(el, 'Type'), 'funding');
      await settle(el);
      await choose(el, checkbox(el), true);
      await settle(el);
      await choose(el, search(el), '  bursary ');
      await settle(el);
      expect(details()).to.deep.equal([
        detail({ audience: 'young-people', kind: 'funding' }),
        detail({ audience: 'young-people', kind: 'funding', showClosed: true }),
        detail({ search: 'bursary', audience: 'young-people', kind: 'funding', showClosed: true }),
      ]);
    });

    it('fires when "Clear filters" is pressed', async () => {
      const el = await watched(
        html`<nhs-initiative-list kind="guidance" today=${TODAY} .items=${ITEMS}></nhs-initiative-list>`,
      );
      await choose(el, search(el), 'no such thing');
      await settle(el);
      root(el).querySelector<HTMLButtonElement>('[part="clear-button"]')!.click();
      await el.updateComplete;
      await settle(el);
      expect(details()).to.deep.equal([detail({ search: 'no such thing', kind: 'guidance' }), detail({})]);
    });

    it('does not fire when the reader puts things back as they were before it settles', async () => {
      const el = await watched();
      await choose(el, search(el), 'step');
      await choose(el, search(el), '');
      await choose(el, select(el, 'Type'), 'funding');
      await choose(el, select(el, 'Type'), '');
      await settle(el);
      expect(heard).to.have.length(0);
      await choose(el, search(el), 'step');
      await settle(el);
      await choose(el, search(el), 'step ');
      await settle(el);
      expect(details()).to.deep.equal([detail({ search: 'step' })]);
    });

    it('does not fire on the first render, for presets, or for the filters read from the address', async () => {
      const original = location.href;
      const query = [location.search.slice(1), 'initiatives-search=health'].filter(Boolean).join('&');
      history.replaceState(history.state, '', `${location.pathname}?${query}`);
      try {
        const el = await watched(
          html`<nhs-initiative-list url-state audience="veterans" kind="programme" show-closed today=${TODAY} .items=${ITEMS}></nhs-initiative-list>`,
        );
        expect(visibleNames(el)).to.deep.equal(['Step into Health']);
        await clock!.tickAsync(10_000);
        expect(heard).to.have.length(0);
        await choose(el, search(el), 'healthy');
        await choose(el, search(el), 'health');
        await settle(el);
        expect(heard).to.have.length(0);
        await choose(el, search(el), '');
        await settle(el);
        expect(details()).to.deep.equal([detail({ audience: 'veterans', kind: 'programme', showClosed: true })]);
      } finally {
        history.replaceState(history.state, '', original);
      }
    });

    it("does not fire for a script's changes, new items or another day", async () => {
      const el = await watched();
      el.audience = 'veterans';
      el.kind = 'programme';
      el.showClosed = true;
      await el.updateComplete;
      await settle(el);
      el.items = [...ITEMS];
      el.today = '2027-03-02';
      await el.updateComplete;
      await settle(el);
      expect(visibleNames(el)).to.deep.equal(['Step into Health']);
      expect(heard).to.have.length(0);
      await choose(el, select(el, 'Who it is for'), '');
      await settle(el);
      expect(details()).to.deep.equal([detail({ kind: 'programme', showClosed: true })]);
    });

    it('does not fire once the list has left the page', async () => {
      const el = await watched();
      await choose(el, search(el), 'step');
      el.remove();
      await clock!.tickAsync(1000);
      expect(heard).to.have.length(0);
    });
  });

  describe('a long list', () => {
    const many: Initiative[] = Array.from({ length: 60 }, (_, i) => ({
      id: `m${i}`,
      name: `Scheme ${i + 1}`,
      kind: i % 2 ? 'funding' : 'programme',
    }));

    it('shows the first 24 matches and a button for the next ones, which takes focus to the first new card', async () => {
      const el = await list(html`<nhs-initiative-list today=${TODAY} .items=${many}></nhs-initiative-list>`);
      expect(visibleNames(el)).to.have.length(24);
      expect(count(el)).to.equal('Showing 60 of 60 initiatives');
      const more = () => root(el).querySelector<HTMLButtonElement>('[part="more-button"]');
      expect(more()!.textContent!.trim()).to.equal('Show 24 more');
      more()!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await cardsSettled(el);
      expect(visibleNames(el)).to.have.length(48);
      const focused = root(el).activeElement as HTMLElement;
      expect(focused.localName).to.equal('li');
      expect(focused.querySelector('[part="item-heading"]')!.textContent).to.equal('Scheme 25');
      expect(more()!.textContent!.trim()).to.equal('Show 12 more');
      await expect(el).to.be.accessible();
      more()!.click();
      await el.updateComplete;
      expect(visibleNames(el)).to.have.length(60);
      expect(more()).to.equal(null);
    });

    it('goes back to the first page when the filters change', async () => {
      fakeClock();
      const el = await list(html`<nhs-initiative-list today=${TODAY} .items=${many}></nhs-initiative-list>`);
      root(el).querySelector<HTMLButtonElement>('[part="more-button"]')!.click();
      await el.updateComplete;
      expect(visibleNames(el)).to.have.length(48);
      await choose(el, select(el, 'Type'), 'funding');
      expect(visibleNames(el)).to.have.length(24);
      expect(visibleNames(el)[0]).to.equal('Scheme 2');
      expect(count(el)).to.equal('Showing 60 of 60 initiatives'); // until typing settles
      await settle(el);
      expect(count(el)).to.equal('Showing 30 of 60 initiatives');
    });
  });

  describe('a keystroke that brings a page of new cards', () => {
    const named = (prefix: string) =>
      Array.from({ length: 24 }, (_, i) => ({ id: `${prefix}${i}`, name: `${prefix} ${i + 1}` }));
    /** The names of the 24 cards of one kind, in order. */
    const names = (prefix: string) => named(prefix).map((item) => item.name);
    const oldAndNew = [...named('Old'), ...named('New')];
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

    it('draws the letter first, then all the results in the next frame, in the cards already on show; updateComplete waits for them', async () => {
      const el = await list(html`<nhs-initiative-list today=${TODAY} .items=${oldAndNew}></nhs-initiative-list>`);
      expect(visibleNames(el)).to.deep.equal(names('Old'));
      const cards = [...root(el).querySelectorAll('li')];
      // What each frame shows, from the first one after the keystroke (a task, as a real key is).
      const frames: string[][] = [];
      let typed = false;
      let done = false;
      const sample = () => {
        if (typed) frames.push(visibleNames(el));
        if (!done) requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
      await frame();
      await new Promise<void>((resolve) =>
        setTimeout(() => {
          search(el).value = 'new'; // only the New ones match
          search(el).dispatchEvent(new Event('input', { bubbles: true }));
          typed = true;
          resolve();
        }),
      );
      await el.updateComplete;
      expect(visibleNames(el)).to.deep.equal(names('New'));
      await frame();
      done = true;
      expect(frames[0], "the keystroke's own frame").to.deep.equal(names('Old'));
      expect(frames[1], 'the next frame').to.deep.equal(names('New'));
      // The same 24 list items, rewritten: no card was hidden, none added.
      expect([...root(el).querySelectorAll('li')]).to.deep.equal(cards);
      // Each card is still named by its own heading.
      for (const article of root(el).querySelectorAll('article')) {
        const name = root(el).getElementById(article.getAttribute('aria-labelledby')!)!;
        expect(article.contains(name) && name.textContent!.trim()).to.equal(
          article.querySelector('[part="item-heading"]')!.textContent!.trim(),
        );
      }
      await expect(el).to.be.accessible();
    });

    it('draws the whole first page at once when the list first renders or its items change (no shift as a page loads)', async () => {
      const box = await fixture(html`<div></div>`);
      const el = Object.assign(document.createElement('nhs-initiative-list'), { items: oldAndNew });
      el.setAttribute('today', TODAY);
      box.append(el);
      await frame();
      expect(visibleNames(el)).to.deep.equal(names('Old'));
      el.items = named('New');
      await frame();
      expect(visibleNames(el)).to.deep.equal(names('New'));
    });

    it('keeps every letter of fast typing while the list catches up', async () => {
      const many = Array.from({ length: 60 }, (_, i) => ({ id: `m${i}`, name: `Scheme ${i + 1}` }));
      const el = await list(html`<nhs-initiative-list today=${TODAY} .items=${many}></nhs-initiative-list>`);
      search(el).focus();
      await sendKeys({ type: 'scheme 12' });
      await el.updateComplete;
      expect(search(el).value).to.equal('scheme 12');
      expect(visibleNames(el)).to.deep.equal(['Scheme 12']);
    });
  });

  describe('when nothing matches', () => {
    it('says so, with a "Clear filters" button', async () => {
      const el = await list();
      await choose(el, select(el, 'Type'), 'guidance');
      await choose(el, search(el), 'no such thing');
      expect(visibleNames(el)).to.deep.equal([]);
      expect(root(el).querySelector('[part="list"]')!.checkVisibility()).to.equal(false);
      const empty = root(el).querySelector('[part="empty"]')!;
      expect(empty.textContent).to.contain('No initiatives match your search and filters.');
      const button = root(el).querySelector<HTMLButtonElement>('[part="clear-button"]')!;
      expect(button.textContent!.trim()).to.equal('Clear filters');
      await expect(el).to.be.accessible();
    });

    it('"Clear filters" brings everything back, focuses the search box and announces the count', async () => {
      fakeClock();
      const el = await list();
      await choose(el, select(el, 'Type'), 'guidance');
      await choose(el, search(el), 'no such thing');
      await settle(el);
      expect(count(el)).to.equal('Showing 0 of 6 initiatives');
      root(el).querySelector<HTMLButtonElement>('[part="clear-button"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(visibleNames(el)).to.have.length(5);
      expect(root(el).querySelector('[part="clear-button"]')).to.equal(null);
      expect(root(el).activeElement).to.equal(search(el));
      expect(search(el).value).to.equal('');
      expect(select(el, 'Type').value).to.equal('');
      expect(count(el)).to.equal('Showing 0 of 6 initiatives'); // until it settles
      await settle(el);
      expect(count(el)).to.equal('Showing 5 of 6 initiatives');
    });

    it('offers no "Clear filters" when no filter the reader can change is on', async () => {
      const el = await list(
        html`<nhs-initiative-list no-kind-filter kind="guidance" audience="veterans" no-audience-filter today=${TODAY} .items=${ITEMS}></nhs-initiative-list>`,
      );
      expect(visibleNames(el)).to.deep.equal([]);
      expect(root(el).querySelector('[part="empty"]')).not.to.equal(null);
      expect(root(el).querySelector('[part="clear-button"]')).to.equal(null);
    });
  });

  describe('when `url-state` is set', () => {
    let original: string;
    beforeEach(() => {
      original = location.href;
    });
    afterEach(() => history.replaceState(history.state, '', original));

    const withQuery = (query: string) => {
      const url = new URL(original);
      const hostParams = url.search.slice(1);
      history.replaceState(history.state, '', `${url.pathname}?${[hostParams, query].filter(Boolean).join('&')}#here`);
      return hostParams;
    };

    it('reads the filters from the address', async () => {
      withQuery('initiatives-search=health&initiatives-kind=programme&initiatives-closed=1');
      const el = await list(html`<nhs-initiative-list url-state today=${TODAY} .items=${ITEMS}></nhs-initiative-list>`);
      expect(search(el).value).to.equal('health');
      expect(select(el, 'Type').value).to.equal('programme');
      expect(checkbox(el).checked).to.equal(true);
      expect(visibleNames(el)).to.deep.equal(['Step into Health']);
    });

    it("writes them, prefixed, once typing settles, keeping the page's own parameters and hash", async () => {
      const hostParams = withQuery('page=2&flag&q=keep%20me');
      fakeClock();
      const el = await list(html`<nhs-initiative-list url-state today=${TODAY} .items=${ITEMS}></nhs-initiative-list>`);
      await choose(el, select(el, 'Who it is for'), 'veterans');
      await choose(el, search(el), 'step into');
      await clock!.tickAsync(299);
      expect(location.search).not.to.contain('initiatives-');
      await settle(el);
      const expected = [
        hostParams,
        'page=2&flag&q=keep%20me',
        'initiatives-search=step%20into&initiatives-audience=veterans',
      ]
        .filter(Boolean)
        .join('&');
      expect(location.search).to.equal(`?${expected}`);
      expect(location.hash).to.equal('#here');
      await choose(el, search(el), '');
      await choose(el, select(el, 'Who it is for'), '');
      await settle(el);
      expect(location.search).to.equal(`?${[hostParams, 'page=2&flag&q=keep%20me'].filter(Boolean).join('&')}`);
    });

    it('records a change from a preset, so that it survives reload', async () => {
      withQuery('');
      fakeClock();
      const el = await list(
        html`<nhs-initiative-list url-state="grants" audience="veterans" today=${TODAY} .items=${ITEMS}></nhs-initiative-list>`,
      );
      await choose(el, select(el, 'Who it is for'), '');
      await settle(el);
      expect(new URLSearchParams(location.search).get('grants-audience')).to.equal('');
      const again = await list(
        html`<nhs-initiative-list url-state="grants" audience="veterans" today=${TODAY} .items=${ITEMS}></nhs-initiative-list>`,
      );
      expect(select(again, 'Who it is for').value).to.equal('');
      expect(visibleNames(again)).to.have.length(5);
    });

    it('leaves the address alone without `url-state`', async () => {
      withQuery('');
      const before = location.href;
      fakeClock();
      const el = await list();
      await choose(el, search(el), 'step');
      await settle(el);
      expect(count(el)).to.equal('Showing 1 of 6 initiatives'); // it has settled
      expect(location.href).to.equal(before);
    });
  });

  describe('content from a feed or children', () => {
    it('loads `src`, showing a loading message meanwhile', async () => {
      const el = await fixture<NhsInitiativeList>(
        html`<nhs-initiative-list src="test/fixtures/content.json" today="2026-11-28"></nhs-initiative-list>`,
      );
      expect(root(el).querySelector('[data-loading]')!.textContent).to.equal('Loading…');
      await expect(el).to.be.accessible();
      await waitUntil(() => !root(el).querySelector('[data-loading]'), 'feed never loaded', { timeout: 5000 });
      await el.updateComplete;
      expect(count(el)).to.equal('Showing 9 of 10 initiatives');
      expect(visibleNames(el)).not.to.include('Kickstart Scheme');
      await expect(el).to.be.accessible();
    });

    it('lists `<nhs-initiative-card>` children, reading their text as the summary', async () => {
      const el = await list(html`<nhs-initiative-list today=${TODAY}>
        <nhs-initiative-card name="Alpha" kind="funding" closes="2027-12-01"><p>First <b>one</b>.</p></nhs-initiative-card>
        <nhs-initiative-card name="Beta" closes="2027-03-05">Second one.</nhs-initiative-card>
      </nhs-initiative-list>`);
      await waitUntil(() => visibleNames(el).length === 2, 'children never listed');
      await cardsSettled(el);
      expect(visibleNames(el)).to.deep.equal(['Beta', 'Alpha']);
      await choose(el, search(el), 'first one');
      expect(visibleNames(el)).to.deep.equal(['Alpha']);
    });

    it('says so politely when the feed fails, and keeps listing its children', async () => {
      let el!: NhsInitiativeList;
      await warnings(async () => {
        el = await fixture<NhsInitiativeList>(html`<nhs-initiative-list src="no-such-feed.json" today=${TODAY}>
          <nhs-initiative-card name="Kept"></nhs-initiative-card>
        </nhs-initiative-list>`);
        await waitUntil(() => !root(el).querySelector('[data-loading]'), 'feed never failed', { timeout: 5000 });
      });
      await el.updateComplete;
      const message = root(el).querySelector('[part="message"]')!;
      expect(message.getAttribute('role')).to.equal('status');
      expect(message.textContent).to.contain('Sorry, this content is not available');
      await cardsSettled(el);
      expect(visibleNames(el)).to.deep.equal(['Kept']);
      expect(el.querySelector('nhs-initiative-card')).not.to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('Keyboard', () => {
    it('reaches every control with Tab, in order, and toggles closed ones with Space', async () => {
      const el = await list();
      search(el).focus();
      const order: string[] = [];
      for (let i = 0; i < 3; i++) {
        await sendKeys({ press: 'Tab' });
        order.push(root(el).activeElement!.id);
      }
      expect(order).to.deep.equal(['audience', 'kind', 'closed']);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.showClosed).to.equal(true);
      expect(visibleNames(el)).to.have.length(6);
    });
  });

  describe('Accessibility', () => {
    it('is accessible with its controls, and with closed ones shown', async () => {
      const el = await list(
        html`<nhs-initiative-list heading="Initiatives" today=${TODAY} .items=${ITEMS}></nhs-initiative-list>`,
      );
      await expect(el).to.be.accessible();
      await choose(el, checkbox(el), true);
      await expect(el).to.be.accessible();
    });

    it('shows the NHS.UK focus style on each control reached with Tab', async () => {
      const el = await list();
      search(el).focus();
      const seen: string[][] = [];
      for (let i = 0; i < 4; i++) {
        const control = root(el).activeElement!;
        const style = getComputedStyle(control);
        seen.push([control.id, style.outlineStyle, style.outlineWidth, style.outlineColor, style.boxShadow]);
        await sendKeys({ press: 'Tab' });
      }
      const controls = [...root(el).querySelectorAll('input, select')].map((c) => c.id);
      expect(seen.map(([id]) => id)).to.deep.equal(controls);
      for (const [id, ...style] of seen)
        expect(style, id).to.deep.equal(['solid', '4px', 'rgb(255, 235, 59)', 'rgb(33, 43, 50) 0px 0px 0px 2px inset']);
    });

    it('labels every control visibly', async () => {
      const el = await list();
      const controls = [...root(el).querySelectorAll('input, select')];
      expect(controls).to.have.length(4);
      for (const control of controls) {
        const label = root(el).querySelector(`label[for="${control.id}"]`)!;
        expect(label.checkVisibility()).to.equal(true);
        expect(label.textContent!.trim()).not.to.equal('');
      }
    });
  });

  describe('Layout', () => {
    afterEach(async () => {
      await setViewport({ width: 800, height: 600 });
      await emulateMedia({ forcedColors: 'none' });
    });

    it('fits 320 px (400 % zoom of 1280 px) without scrolling sideways, controls stacked', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await list(
        html`<nhs-initiative-list heading="National initiatives" today=${TODAY} .items=${ITEMS}></nhs-initiative-list>`,
      );
      expect(el.scrollWidth).to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      const [box, audience] = [search(el), select(el, 'Who it is for')].map((c) => c.getBoundingClientRect());
      expect(audience.top).to.be.greaterThan(box.bottom - 1);
      const card = root(el).querySelector('[part="item-card"]')!;
      expect(card.getBoundingClientRect().right).to.be.at.most(320);
    });

    it('puts the search and filters side by side when the element is wide', async () => {
      await setViewport({ width: 1200, height: 800 });
      const el = await list();
      const [box, audience] = [search(el), select(el, 'Who it is for')].map((c) => c.getBoundingClientRect());
      expect(audience.top).to.be.closeTo(box.top, 2);
    });

    it('keeps the status tag outlined in forced colours, where tints disappear', async () => {
      await emulateMedia({ forcedColors: 'active' });
      const el = await list();
      const tag = firstStatus(el);
      const style = getComputedStyle(tag);
      expect(style.borderTopStyle).to.equal('solid');
      expect(style.borderTopWidth).to.equal('1px');
      await expect(el).to.be.accessible();
    });
  });

  describe('Bad input', () => {
    it('skips bad feed items, and the console names the feed, item and field', async () => {
      const feed = {
        initiatives: [
          { id: 'a', name: 'Fine' },
          { id: 'b', closes: '31/03/27' },
          { id: 'a', name: 'Twin' },
        ],
      };
      const src = `data:application/json,${encodeURIComponent(JSON.stringify(feed))}`;
      let el!: NhsInitiativeList;
      const logged = await warnings(async () => {
        el = await fixture<NhsInitiativeList>(
          html`<nhs-initiative-list src=${src} today=${TODAY}></nhs-initiative-list>`,
        );
        await waitUntil(() => !root(el).querySelector('[data-loading]'), 'feed never loaded', { timeout: 5000 });
        await el.updateComplete;
        await cardsSettled(el);
      });
      expect(visibleNames(el)).to.deep.equal(['Fine']);
      expect(count(el)).to.equal('Showing 1 of 1 initiative');
      const text = logged.join('\n');
      expect(text).to.contain('initiatives[1].name: this is required but is missing');
      expect(text).to.contain('initiatives[1].closes: expected a date like 2027-03-31, got "31/03/27"');
      expect(text).to.contain('initiatives[2].id: "a" is already used by initiatives[0]');
    });

    it('skips bad items, telling the author which and why', async () => {
      let el!: NhsInitiativeList;
      const logged = await warnings(async () => {
        el = await list(
          html`<nhs-initiative-list today=${TODAY} .items=${[
            { id: 'ok', name: 'Good one' },
            { id: 'no-name' },
            { id: 'bad-href', name: 'Kept without a link', href: 'javascript:alert(1)' },
            'not an object',
          ]}></nhs-initiative-list>`,
        );
      });
      expect(visibleNames(el)).to.deep.equal(['Good one', 'Kept without a link']);
      expect(logged.join('\n')).to.contain('<nhs-initiative-list>.items[1].name: this is required but is missing');
      expect(logged.join('\n')).to.contain('<nhs-initiative-list>.items[2].href');
      expect(logged.join('\n')).to.contain('<nhs-initiative-list>.items[3]: expected an object');
    });

    it('says there is nothing to show when `items` is not a list', async () => {
      let el!: NhsInitiativeList;
      await warnings(async () => {
        el = await list(html`<nhs-initiative-list today=${TODAY} .items=${{ not: 'a list' }}></nhs-initiative-list>`);
      });
      expect(root(el).querySelector('[part="message"]')!.textContent).to.equal('There is nothing to show here yet.');
    });
  });
});
