import { fixture, html, aTimeout } from '@open-wc/testing';
import '../src/case-studies/case-study-carousel.js';
import type { NhsCaseStudyCarousel } from '../src/case-studies/case-study-carousel.js';
it('sweep', async function () {
  this.timeout(120000);
  const out: string[] = [];
  for (let ms = 0; ms <= 80; ms += 4) {
    const el = await fixture<NhsCaseStudyCarousel>(html`<div style="width:400px"><nhs-case-study-carousel label="x" autoplay autoplay-interval="60000">
      ${[1,2,3,4,5].map((i) => html`<nhs-case-study id="s${i}" heading="Study ${i}" summary="x"></nhs-case-study>`)}</nhs-case-study-carousel></div>`);
    const c = el.querySelector('nhs-case-study-carousel')!;
    await c.updateComplete; await aTimeout(50);
    const scroller = c.shadowRoot!.querySelector<HTMLElement>('[part="scroller"]')!;
    const g = [...c.shadowRoot!.querySelectorAll<HTMLElement>('[role="group"]')];
    const stride = g[1].offsetLeft - g[0].offsetLeft;
    const arrived = new Promise<void>((resolve) => { const check = () => Math.abs(scroller.scrollLeft - stride) < 1 && resolve(); scroller.addEventListener('scroll', check); });
    c.next(); await arrived; await aTimeout(ms); c.next(); await aTimeout(800);
    out.push(`${ms}:${c.index}`);
  }
  console.log(out.join(' '));
});
