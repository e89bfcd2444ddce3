// What both carousel benchmarks show: 12 made-up case studies as a carousel,
// and the same words as a plain HTML list, with the page styles the list needs.

export const SLIDES = 12;

const studies = Array.from({ length: SLIDES }, (_, i) => ({
  heading: `Case study ${i + 1}: a trust and its partners open local jobs to young people`,
  organisation: `Example NHS Foundation Trust ${i + 1} with a local college and Jobcentre Plus`,
  place: ['Manchester', 'Somerset', 'East London', 'Norwich'][i % 4],
  summary:
    'A pre-employment programme of training, placements and guaranteed interviews, with checks started on day one ' +
    'so that people can start work as soon as the programme ends.',
  href: `https://example.org/case-studies/${i + 1}`,
}));

/** The page's own styles: a body like a trust's page, and the plain list laid out as a row of cards. */
export const STYLE = `<style>
  body { margin: 0 auto; max-width: 1200px; padding: 16px; font-family: Arial, sans-serif; color: #212b32; background: #f0f4f5; }
  .plain { display: flex; gap: 16px; overflow-x: auto; scroll-snap-type: x mandatory; list-style: none; padding: 0; }
  .plain li { flex: 0 0 calc((100% - 32px) / 3); scroll-snap-align: start; background: #fff; border: 1px solid #d8dde0; padding: 24px; }
  .plain h3 { margin: 0 0 16px; font-size: 1.375em; }
</style>`;

/** The first `slides` case studies as a carousel. */
export const carouselMarkup = (slides = SLIDES) => `<nhs-case-study-carousel label="Case studies">
${studies
  .slice(0, slides)
  .map(
    (s) => `  <nhs-case-study heading="${s.heading}" organisation="${s.organisation}" place="${s.place}" href="${s.href}">
    <p>${s.summary}</p>
  </nhs-case-study>`,
  )
  .join('\n')}
</nhs-case-study-carousel>`;

export const plainMarkup = `<ul class="plain" aria-label="Case studies">
${studies
  .map(
    (s) => `  <li><h3>${s.heading}</h3><p>${s.organisation}, ${s.place}</p><p>${s.summary}</p>
    <p><a href="${s.href}">Read the full case study</a></p></li>`,
  )
  .join('\n')}
</ul>`;
