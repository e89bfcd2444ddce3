import { fixture, expect, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/initiatives/initiative-card.js';
import type { NhsInitiativeCard } from '../src/initiatives/initiative-card.js';
import type { Initiative } from '../src/content/types.js';
import { setStrings, resetStrings } from '../src/shared/strings.js';
import { warningsDuring as warnings } from './helpers/console.js';

const shadow = (el: Element) => el.shadowRoot!;
const statusText = (el: Element) => shadow(el).querySelector('[part~="status"]')?.textContent?.trim();
const statusClass = (el: Element) => shadow(el).querySelector('[part~="status"]')?.className;

async function card(today: string, attrs: { opens?: string; closes?: string } = {}) {
  return fixture<NhsInitiativeCard>(html`<nhs-initiative-card
    name="Apprenticeship incentive"
    opens=${attrs.opens ?? ''}
    closes=${attrs.closes ?? ''}
    today=${today}
  ></nhs-initiative-card>`);
}

describe('<nhs-initiative-card>', () => {
  describe('content', () => {
    it('shows name, provider, summary, type, audiences and offer', async () => {
      const el = await fixture<NhsInitiativeCard>(html`<nhs-initiative-card
        name="Step into Health"
        provider="NHS Employers"
        href="https://www.nhsemployers.org/step-into-health"
        audiences="veterans, young-people"
        kind="programme"
        offer="Free support"
        today="2026-11-28"
        ><p>Connects the Armed Forces community with NHS jobs.</p></nhs-initiative-card
      >`);
      const root = shadow(el);
      const link = root.querySelector<HTMLAnchorElement>('h3 a')!;
      expect(link.textContent).to.equal('Step into Health');
      expect(link.getAttribute('href')).to.equal('https://www.nhsemployers.org/step-into-health');
      expect(root.textContent).to.contain('NHS Employers');
      const facts = [...root.querySelectorAll('dt')].map(
        (dt) => `${dt.textContent}: ${dt.nextElementSibling!.textContent}`,
      );
      expect(facts).to.deep.equal([
        'Type: Programme',
        'Who it is for: Veterans, Young people',
        'What it offers: Free support',
      ]);
      const slot = root.querySelector('[part="summary"] slot') as HTMLSlotElement;
      expect(slot.assignedElements()[0].textContent).to.equal('Connects the Armed Forces community with NHS jobs.');
      expect(root.querySelector('article')!.getAttribute('aria-labelledby')).to.equal('heading');
    });

    it('shows an unknown audience key as written', async () => {
      const el = await fixture(
        html`<nhs-initiative-card name="X" audiences="veterans,night-shift-workers" today="2026-11-28"></nhs-initiative-card>`,
      );
      expect(shadow(el).querySelector('dd')!.textContent).to.equal('Veterans, night-shift-workers');
    });

    it('takes a whole initiative from the `item` property, summary included', async () => {
      const el = await fixture<NhsInitiativeCard>(html`<nhs-initiative-card today="2026-11-28"></nhs-initiative-card>`);
      el.item = {
        id: 'a',
        name: 'Access to Work',
        summary: 'A grant.',
        kind: 'funding',
        audiences: ['disabled-people'],
      };
      await el.updateComplete;
      expect(shadow(el).querySelector('h3')!.textContent).to.equal('Access to Work');
      expect(shadow(el).querySelector('[part="summary"]')!.textContent).to.equal('A grant.');
      expect(shadow(el).querySelector('dd')!.textContent).to.equal('Funding');
    });

    it('leaves out the summary and details when an initiative has none', async () => {
      const el = await fixture<NhsInitiativeCard>(html`<nhs-initiative-card today="2026-11-28"></nhs-initiative-card>`);
      el.item = { id: 'a', name: 'Bare' };
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="summary"]')).to.equal(null);
      expect(shadow(el).querySelector('dl')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('puts the name at `heading-level`', async () => {
      const el = await fixture(
        html`<nhs-initiative-card name="X" heading-level="4" today="2026-11-28"></nhs-initiative-card>`,
      );
      const name = shadow(el).querySelector('h4')!;
      expect(name.textContent).to.equal('X');
      expect(getComputedStyle(name).fontWeight, 'bold').to.equal('700');
    });
  });

  describe('status', () => {
    const opens = '2027-01-05';
    const closes = '2027-03-31';
    const cases: Array<[string, string, string]> = [
      ['2027-01-04', 'Opens 5 January 2027', 'tag-grey'],
      ['2027-01-05', 'Open', 'tag-green'],
      ['2027-01-06', 'Open', 'tag-green'],
      ['2027-03-01', 'Closes in 30 days', 'tag-yellow'],
      ['2027-03-30', 'Closes tomorrow', 'tag-yellow'],
      ['2027-03-31', 'Closes today', 'tag-yellow'],
      ['2027-04-01', 'Closed on 31 March 2027', 'tag-grey'],
    ];
    for (const [today, words, colour] of cases) {
      it(`says "${words}" on ${today}`, async () => {
        const el = await card(today, { opens, closes });
        expect(statusText(el)).to.equal(words);
        expect(statusClass(el)).to.contain(colour);
      });
    }

    it('gives the closing date of an open initiative as a detail', async () => {
      const el = await card('2027-01-06', { opens, closes });
      expect(shadow(el).querySelector('dd')!.textContent).to.equal('31 March 2027');
    });

    it('follows `closing-soon-days`', async () => {
      const el = await card('2027-03-24', { closes });
      expect(statusText(el)).to.equal('Closes in 7 days');
      el.closingSoonDays = 6;
      await el.updateComplete;
      expect(statusText(el)).to.equal('Open');
    });

    it('moves on when `today` changes', async () => {
      const el = await card('2027-03-31', { closes });
      el.today = '2027-04-01';
      await el.updateComplete;
      expect(statusText(el)).to.equal('Closed on 31 March 2027');
    });

    describe('when `today` is not set', () => {
      let clock: sinon.SinonFakeTimers;
      /** The page's clock at `now`, moved on by the test. */
      const at = (now: string) =>
        (clock = sinon.useFakeTimers({ now: new Date(now), toFake: ['Date', 'setTimeout', 'clearTimeout'] }));
      afterEach(() => clock.restore());

      it('uses today in England: 23:30 UTC on 31 March 2027 is already 1 April', async () => {
        at('2027-03-31T23:30:00Z');
        const el = await fixture(html`<nhs-initiative-card name="X" closes="2027-04-01"></nhs-initiative-card>`);
        expect(statusText(el)).to.equal('Closes today');
      });

      it("moves on at London's midnight on a page left open", async () => {
        at('2027-03-31T22:59:58Z'); // 23:59:58 in London (summer time)
        const el = await fixture(html`<nhs-initiative-card name="X" closes="2027-03-31"></nhs-initiative-card>`);
        expect(statusText(el)).to.equal('Closes today');
        await clock.tickAsync(1000);
        expect(statusText(el)).to.equal('Closes today');
        await clock.tickAsync(1000);
        await (el as NhsInitiativeCard).updateComplete;
        expect(statusText(el)).to.equal('Closed on 31 March 2027');
        expect(statusClass(el)).to.contain('tag-grey');
      });
    });

    it('takes its words from the strings module', async () => {
      setStrings({ statusCloses: (days: number) => `${days} jour(s)` });
      try {
        const el = await card('2027-03-30', { closes });
        expect(statusText(el)).to.equal('1 jour(s)');
      } finally {
        resetStrings();
      }
    });
  });

  describe('freshness', () => {
    it('says when it was last reviewed, and warns the author, after 12 months', async () => {
      let el!: Element;
      const logged = await warnings(async () => {
        el = await fixture(
          html`<nhs-initiative-card name="Old scheme" reviewed="2025-03-15" today="2026-03-16"></nhs-initiative-card>`,
        );
      });
      expect(shadow(el).querySelector('[part="review"]')!.textContent).to.equal('Last reviewed March 2025');
      expect(logged).to.have.length(1);
      expect(logged[0]).to.contain('"Old scheme" was last reviewed on 2025-03-15, over 12 months ago');
    });

    it('says nothing at exactly 12 months, or within `review-months`', async () => {
      const logged = await warnings(async () => {
        const a = await fixture(
          html`<nhs-initiative-card name="A" reviewed="2025-03-15" today="2026-03-15"></nhs-initiative-card>`,
        );
        const b = await fixture(
          html`<nhs-initiative-card name="B" reviewed="2025-03-15" today="2026-09-15" review-months="24"></nhs-initiative-card>`,
        );
        expect(shadow(a).querySelector('[part="review"]')).to.equal(null);
        expect(shadow(b).querySelector('[part="review"]')).to.equal(null);
      });
      expect(logged).to.deep.equal([]);
    });
  });

  describe('parts', () => {
    it('names its parts card, heading, link, status, summary, facts and review', async () => {
      let el!: Element;
      await warnings(async () => {
        el = await fixture(html`<nhs-initiative-card
          name="X"
          href="https://example.org"
          kind="funding"
          reviewed="2020-01-01"
          today="2026-11-28"
          ><p>Summary.</p></nhs-initiative-card
        >`);
      });
      const parts = [...shadow(el).querySelectorAll('[part]')].map((node) => node.getAttribute('part'));
      expect(parts).to.deep.equal(['card', 'heading', 'link', 'status', 'summary', 'facts', 'review']);
      expect(shadow(el).querySelector('[part="heading"]')!.localName).to.equal('h3');
    });

    it('lets the page style a part with ::part()', async () => {
      const style = document.createElement('style');
      style.textContent = 'nhs-initiative-card.themed::part(heading) { color: rgb(1, 2, 3); }';
      document.head.append(style);
      try {
        const el = await fixture(
          html`<nhs-initiative-card class="themed" name="X" today="2026-11-28"></nhs-initiative-card>`,
        );
        expect(getComputedStyle(shadow(el).querySelector('h3')!).color).to.equal('rgb(1, 2, 3)');
      } finally {
        style.remove();
      }
    });
  });

  describe('Accessibility', () => {
    it('is accessible in every status', async () => {
      for (const today of ['2027-01-04', '2027-02-01', '2027-03-31', '2027-04-01']) {
        const el = await fixture(html`<nhs-initiative-card
          name="Apprenticeship incentive"
          href="https://example.org"
          provider="DfE"
          kind="funding"
          audiences="young-people"
          offer="£1,000"
          opens="2027-01-05"
          closes="2027-03-31"
          reviewed="2020-01-01"
          today=${today}
          ><p>Summary.</p></nhs-initiative-card
        >`);
        await expect(el).to.be.accessible();
      }
    });

    it('shows the status in words, not colour alone', async () => {
      const el = await card('2027-03-31', { closes: '2027-03-31' });
      const tag = shadow(el).querySelector('[part~="status"]')!;
      expect(tag.textContent!.trim()).to.equal('Closes today');
      expect(getComputedStyle(tag).display).not.to.equal('none');
    });
  });

  describe('Bad input', () => {
    it('drops an unsafe link, with a warning', async () => {
      let el!: Element;
      const logged = await warnings(async () => {
        el = await fixture(
          html`<nhs-initiative-card name="X" href="javascript:alert(1)" today="2026-11-28"></nhs-initiative-card>`,
        );
      });
      expect(shadow(el).querySelector('a')).to.equal(null);
      expect(shadow(el).querySelector('h3')!.textContent).to.equal('X');
      expect(logged.join('\n')).to.contain(
        '<nhs-initiative-card name="X">.href: the link "javascript:alert(1)" is not allowed',
      );
    });

    it('ignores a date that is not a date, with a warning naming the field', async () => {
      let el!: Element;
      const logged = await warnings(async () => {
        el = await fixture(
          html`<nhs-initiative-card name="X" closes="31/03/27" today="2026-11-28"></nhs-initiative-card>`,
        );
      });
      expect(statusText(el)).to.equal('Open');
      expect(logged.join('\n')).to.contain(
        '<nhs-initiative-card name="X">.closes: expected a date like 2027-03-31, got "31/03/27"',
      );
    });

    it('reports a broken `item` by its property name, and keeps its light-DOM content', async () => {
      let el!: NhsInitiativeCard;
      const logged = await warnings(async () => {
        el = await fixture<NhsInitiativeCard>(
          html`<nhs-initiative-card today="2026-11-28"><p>Written in the page</p></nhs-initiative-card>`,
        );
        el.item = { id: 'a', kind: 'funding' } as unknown as Initiative;
        await el.updateComplete;
      });
      expect(shadow(el).querySelector('article')).to.equal(null);
      expect(shadow(el).querySelector('slot')!.assignedElements()[0].textContent).to.equal('Written in the page');
      expect(logged.join('\n')).to.contain('<nhs-initiative-card>.item.name: this is required but is missing');
    });

    it('keeps its light-DOM content when it has no name, and tells the author', async () => {
      let el!: Element;
      const logged = await warnings(async () => {
        el = await fixture(html`<nhs-initiative-card today="2026-11-28"><p>Some text</p></nhs-initiative-card>`);
      });
      const slot = shadow(el).querySelector('slot')!;
      expect(slot.assignedElements()[0].textContent).to.equal('Some text');
      expect(shadow(el).querySelector('article')).to.equal(null);
      expect(logged.join('\n')).to.contain('<nhs-initiative-card>.name: this is required but is missing');
    });

    it('uses the real date when `today` is not a date', async () => {
      let el!: Element;
      const clock = sinon.useFakeTimers({ now: new Date('2027-03-31T12:00:00Z'), toFake: ['Date'] });
      const logged = await warnings(async () => {
        el = await fixture(
          html`<nhs-initiative-card name="X" closes="2027-03-31" today="tomorrow"></nhs-initiative-card>`,
        );
      }).finally(() => clock.restore());
      expect(statusText(el)).to.equal('Closes today');
      expect(logged.join('\n')).to.contain('today: expected a date like 2027-03-31, got "tomorrow"');
    });
  });
});
