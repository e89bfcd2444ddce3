import { expect, fixture, html } from '@open-wc/testing';
import '../src/case-studies/case-study.js';
import type { NhsCaseStudy } from '../src/case-studies/case-study.js';
import type { CaseStudy } from '../src/content/types.js';
import { resetWarnings } from '../src/shared/log.js';
import { uncaughtDuring, warningsDuring } from './helpers/console.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim();

const study: CaseStudy = {
  id: 'leeds',
  heading: 'Leeds opens jobs to young people',
  organisation: 'Leeds Teaching Hospitals with the council',
  place: 'Leeds',
  summary: 'A pathway into work for young people from the most deprived areas.',
  outcomes: [
    { value: '75', label: 'young people employed' },
    { value: '90%', label: 'still in work a year later' },
  ],
  quote: { text: 'It changed my life.', cite: 'A healthcare assistant' },
  image: { src: '/test/fixtures/pixel.gif', alt: 'Apprentices on a ward' },
  href: 'https://example.org/leeds',
};

describe('<nhs-case-study>', () => {
  afterEach(() => resetWarnings());

  describe('from attributes and children', () => {
    it('shows heading, organisation and place, summary, and a link naming the study', async () => {
      const el = await fixture<NhsCaseStudy>(html`<nhs-case-study
        heading="Somerset's work academy"
        organisation="Somerset NHS Foundation Trust"
        place="Somerset"
        href="/somerset"
        ><p>The summary.</p></nhs-case-study
      >`);
      expect($(el, '[part="heading"]')!.localName).to.equal('h3');
      expect(text($(el, '[part="heading"]'))).to.equal("Somerset's work academy");
      expect(text($(el, '[part="meta"]'))).to.equal('Somerset NHS Foundation Trust, Somerset');
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot:not([name])')!;
      expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['The summary.']);
      const link = $(el, 'a[part="link"]') as HTMLAnchorElement;
      expect(link.getAttribute('href')).to.equal('/somerset');
      expect(text(link)).to.equal("Read the full case study: Somerset's work academy");
      await expect(el).to.be.accessible();
    });

    it("takes the heading from a slotted element, so the page's own heading reads before the script runs", async () => {
      const said = await warningsDuring(async () => {
        const el = await fixture<NhsCaseStudy>(html`<nhs-case-study
          ><h3 slot="heading">Written in the page</h3>
          <p>Summary.</p></nhs-case-study
        >`);
        const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="heading"]')!;
        expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Written in the page']);
        // Straight on to the summary: no empty organisation line between them.
        expect(slot.nextElementSibling?.outerHTML).to.equal('<slot></slot>');
        await expect(el).to.be.accessible();
      });
      expect(said).to.deep.equal([]);
    });

    it('puts the heading at heading-level, the same size at every level and when slotted', async () => {
      const el = await fixture<NhsCaseStudy>(html`<nhs-case-study heading="H" heading-level="4"></nhs-case-study>`);
      expect($(el, '[part="heading"]')!.localName).to.equal('h4');
      expect($(el, 'h3')).to.equal(null);
      const two = await fixture<NhsCaseStudy>(html`<nhs-case-study heading="H" heading-level="2"></nhs-case-study>`);
      const slotted = await fixture<NhsCaseStudy>(html`<nhs-case-study><h3 slot="heading">H</h3></nhs-case-study>`);
      const size = (heading: Element) => getComputedStyle(heading).fontSize;
      expect(size($(el, '[part="heading"]')!)).to.equal('22px');
      expect(size($(two, '[part="heading"]')!)).to.equal('22px');
      expect(size(slotted.querySelector('h3')!)).to.equal('22px');
    });

    it('shows outcomes and a quote written as HTML in their slots', async () => {
      const el = await fixture<NhsCaseStudy>(html`<nhs-case-study heading="H">
        <ul slot="outcomes"><li>75 people employed</li></ul>
        <blockquote slot="quote">Quoted.</blockquote>
      </nhs-case-study>`);
      const named = (name: string) =>
        el.shadowRoot!.querySelector<HTMLSlotElement>(`slot[name="${name}"]`)!.assignedElements()[0]?.textContent;
      expect(named('outcomes')).to.equal('75 people employed');
      expect(named('quote')).to.equal('Quoted.');
    });

    it('lazy-loads the image with its alt text, in a box that is sized before it loads', async () => {
      // (Elements, not a wrapper <div>, are the fixtures here: a plain element makes
      // fixture() wait for an animation frame, which a tab in the background may never get.)
      const card = await fixture<NhsCaseStudy>(html`<nhs-case-study
        style="width: 400px"
        heading="H"
        image-src="never-loads.jpg"
        image-alt="Two apprentices"
      ></nhs-case-study>`);
      const img = $(card, 'img') as HTMLImageElement;
      expect(img.alt).to.equal('Two apprentices');
      expect(img.loading).to.equal('lazy');
      const box = $(card, '[part="image"]')!.getBoundingClientRect();
      expect(box.width).to.be.closeTo(398, 1);
      expect(box.height).to.be.closeTo((box.width * 9) / 16, 1);
    });
  });

  describe('from `item` (a feed item)', () => {
    it('shows every field as text: figures, the quote with its source, the image', async () => {
      const el = await fixture<NhsCaseStudy>(html`<nhs-case-study .item=${study}><p>Ignored</p></nhs-case-study>`);
      expect(text($(el, '[part="heading"]'))).to.equal(study.heading);
      // Organisation and place, the summary, then the link; the children are not shown.
      const paragraphs = [...el.shadowRoot!.querySelectorAll('[part="card"] > p')].map(text);
      expect(paragraphs).to.deep.equal([
        `${study.organisation}, ${study.place}`,
        study.summary,
        `Read the full case study: ${study.heading}`,
      ]);
      expect(el.shadowRoot!.querySelector('slot:not([name])')).to.equal(null);
      const items = [...el.shadowRoot!.querySelectorAll('[part="outcomes"] li')].map(text);
      expect(items).to.deep.equal(['75 young people employed', '90% still in work a year later']);
      expect(text($(el, 'blockquote'))).to.equal('“It changed my life.”');
      expect(text($(el, 'figcaption'))).to.equal('A healthcare assistant');
      expect(($(el, 'img') as HTMLImageElement).alt).to.equal('Apprentices on a ward');
      await expect(el).to.be.accessible();
    });

    it('never reads feed text as HTML', async () => {
      const el = await fixture<NhsCaseStudy>(
        html`<nhs-case-study .item=${{ ...study, heading: '<img src=x onerror=alert(1)>' }}></nhs-case-study>`,
      );
      expect(text($(el, 'h3'))).to.equal('<img src=x onerror=alert(1)>');
      expect(el.shadowRoot!.querySelectorAll('img')).to.have.length(1);
    });

    it('needs no id, and says nothing about a valid item', async () => {
      const { id: _id, ...withoutId } = study;
      let el!: NhsCaseStudy;
      const said = await warningsDuring(async () => {
        el = await fixture(html`<nhs-case-study .item=${withoutId}></nhs-case-study>`);
      });
      expect(said).to.deep.equal([]);
      expect(text($(el, '[part="heading"]'))).to.equal(study.heading);
    });

    it('is checked as a feed item is: unsafe links and fields of the wrong kind are left out, and the author told which', async () => {
      const item = {
        ...study,
        href: 'javascript:alert(1)',
        image: { src: 'javascript:alert(2)', alt: 'x' },
        outcomes: 'lots',
        quote: 'Not an object',
      };
      let el!: NhsCaseStudy;
      const said = await warningsDuring(async () => {
        el = await fixture(html`<nhs-case-study .item=${item}></nhs-case-study>`);
      });
      expect(text($(el, '[part="heading"]'))).to.equal(study.heading);
      expect(text($(el, '[part="card"] > p:not(.meta)'))).to.equal(study.summary);
      expect(el.shadowRoot!.querySelectorAll('a, img, ul, figure')).to.have.length(0);
      expect(el.shadowRoot!.innerHTML).not.to.contain('javascript:');
      for (const field of ['href', 'image.src', 'outcomes', 'quote']) {
        expect(said.some((m) => m.includes(`<nhs-case-study>.item.${field}:`))).to.equal(true, field);
      }
      await expect(el).to.be.accessible();
    });

    it('shows the attributes and children instead of a broken item, and says why', async () => {
      let el!: NhsCaseStudy;
      const said = await warningsDuring(async () => {
        el = await fixture(
          html`<nhs-case-study heading="From the page" .item=${{ summary: 'No heading' }}><p>The page's summary.</p></nhs-case-study>`,
        );
      });
      expect(text($(el, '[part="heading"]'))).to.equal('From the page');
      expect(
        el
          .shadowRoot!.querySelector<HTMLSlotElement>('slot:not([name])')!
          .assignedElements()
          .map((p) => p.textContent),
      ).to.deep.equal(["The page's summary."]);
      expect(said.some((m) => m.includes('<nhs-case-study>.item.heading: this is required but is missing'))).to.be.true;
    });

    it('never throws into the page on an item that throws when read', async () => {
      const item = {
        get heading(): string {
          throw new Error('not today');
        },
      };
      let el!: NhsCaseStudy;
      let said: string[] = [];
      const thrown = await uncaughtDuring(async () => {
        said = await warningsDuring(async () => {
          el = await fixture(html`<nhs-case-study heading="From the page" .item=${item}></nhs-case-study>`);
        });
      });
      expect(said.some((m) => m.includes('<nhs-case-study>.item: could not be read (it threw Error: not today)'))).to.be
        .true;
      expect(thrown).to.deep.equal([]);
      expect(text($(el, '[part="heading"]'))).to.equal('From the page');
    });
  });

  describe('Bad input', () => {
    it('treats an image without image-alt as decorative and tells the author', async () => {
      let el!: NhsCaseStudy;
      const said = await warningsDuring(async () => {
        el = await fixture(html`<nhs-case-study heading="H" image-src="a.jpg"></nhs-case-study>`);
      });
      expect(($(el, 'img') as HTMLImageElement).getAttribute('alt')).to.equal('');
      expect(said.some((m) => m.includes('image-alt'))).to.be.true;
      await expect(el).to.be.accessible();
    });

    it('accepts image-alt="" for a decorative image without a warning', async () => {
      const said = await warningsDuring(() =>
        fixture(html`<nhs-case-study heading="H" image-src="a.jpg" image-alt=""></nhs-case-study>`),
      );
      expect(said).to.deep.equal([]);
    });

    it('drops an unsafe link and says so', async () => {
      let el!: NhsCaseStudy;
      const said = await warningsDuring(async () => {
        el = await fixture(html`<nhs-case-study heading="H" href="javascript:alert(1)"></nhs-case-study>`);
      });
      expect($(el, 'a')).to.equal(null);
      expect(said.some((m) => m.includes('javascript:alert(1)'))).to.be.true;
    });

    it('warns when the heading is missing, and renders no empty heading', async () => {
      let el!: NhsCaseStudy;
      const said = await warningsDuring(async () => {
        el = await fixture(html`<nhs-case-study><p>Text</p></nhs-case-study>`);
      });
      expect(said.some((m) => m.includes('heading'))).to.be.true;
      expect($(el, 'h3')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('wraps long words at 320px instead of overflowing', async () => {
      const card = await fixture<NhsCaseStudy>(html`<nhs-case-study
        style="width: 320px"
        heading=${'Averyveryveryverylongwordwithoutanyspaces'.repeat(3)}
      ></nhs-case-study>`);
      expect(card.scrollWidth).to.be.at.most(320);
      expect(card.shadowRoot!.querySelector('[part="card"]')!.scrollWidth).to.be.at.most(320);
    });
  });
});
