// What both carousel benchmarks show: 12 made-up case studies as a carousel,
// and the same words as a plain HTML list, with the page styles the list needs;
// and, for comparison, the same words in three popular carousel libraries.

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

/**
 * The first case study's summary, on every page, carries `elementtiming`: the
 * browser reports when it is first painted (the Element Timing API), which
 * `bench:carousel` takes for the moment the reader sees the case studies.
 */
const timed = (i) => (i ? '' : ' elementtiming="summary"');

/** The page's own styles: a body like a trust's page, and the plain list laid out as a row of cards. */
export const STYLE = `<style>
  body { margin: 0 auto; max-width: 1200px; padding: 16px; font-family: Arial, sans-serif; color: #212b32; background: #f0f4f5; }
  .plain { display: flex; gap: 16px; overflow-x: auto; scroll-snap-type: x mandatory; list-style: none; padding: 0; }
  .plain li { flex: 0 0 calc((100% - 32px) / 3); scroll-snap-align: start; }
  .plain li, .card { background: #fff; border: 1px solid #d8dde0; padding: 24px; }
  .card { box-sizing: border-box; height: 100%; }
  .plain h3, .card h3 { margin: 0 0 16px; font-size: 1.375em; }
</style>`;

/** Each case study's words, as the plain list and the libraries' slides show them. */
const cards = studies.map(
  (s, i) => `<h3>${s.heading}</h3><p>${s.organisation}, ${s.place}</p><p${timed(i)}>${s.summary}</p>
    <p><a href="${s.href}">Read the full case study</a></p>`,
);

/** The first `slides` case studies as a carousel. */
export const carouselMarkup = (slides = SLIDES) => `<nhs-case-study-carousel label="Case studies">
${studies
  .slice(0, slides)
  .map(
    (
      s,
      i,
    ) => `  <nhs-case-study heading="${s.heading}" organisation="${s.organisation}" place="${s.place}" href="${s.href}">
    <p${timed(i)}>${s.summary}</p>
  </nhs-case-study>`,
  )
  .join('\n')}
</nhs-case-study-carousel>`;

export const plainMarkup = `<ul class="plain" aria-label="Case studies">
${cards.map((card) => `  <li>${card}</li>`).join('\n')}
</ul>`;

const slides = (tag, className) =>
  cards.map((card) => `  <${tag} class="${className}"><div class="card">${card}</div></${tag}>`).join('\n');

/**
 * The same case studies in three popular carousel libraries (dev dependencies,
 * served from node_modules), each set up as its documentation shows, with
 * Previous, Next and a slide picker, and 1, 2 or 3 slides in view as ours:
 * the file names of each one's style sheet and script, the script that sets it
 * up once they have loaded, and its markup.
 */
export const LIBRARIES = [
  {
    name: 'Swiper',
    css: 'swiper/swiper-bundle.min.css',
    js: 'swiper/swiper-bundle.min.js',
    init: `new Swiper('.swiper', {
      slidesPerView: 1, spaceBetween: 16, breakpoints: { 600: { slidesPerView: 2 }, 1000: { slidesPerView: 3 } },
      navigation: { nextEl: '.swiper-button-next', prevEl: '.swiper-button-prev' },
      pagination: { el: '.swiper-pagination', clickable: true }, a11y: { enabled: true },
    });`,
    markup: `<div class="swiper" aria-label="Case studies"><div class="swiper-wrapper">
${slides('div', 'swiper-slide')}
</div><div class="swiper-pagination"></div><div class="swiper-button-prev"></div><div class="swiper-button-next"></div></div>`,
  },
  {
    name: 'Splide',
    css: '@splidejs/splide/dist/css/splide.min.css',
    js: '@splidejs/splide/dist/js/splide.min.js',
    init: `new Splide('.splide', { perPage: 3, gap: 16, breakpoints: { 999: { perPage: 2 }, 599: { perPage: 1 } } }).mount();`,
    markup: `<section class="splide" aria-label="Case studies"><div class="splide__track"><ul class="splide__list">
${slides('li', 'splide__slide')}
</ul></div></section>`,
  },
  {
    name: 'Glide',
    css: '@glidejs/glide/dist/css/glide.core.min.css',
    js: '@glidejs/glide/dist/glide.min.js',
    init: `new Glide('.glide', { perView: 3, gap: 16, breakpoints: { 999: { perView: 2 }, 599: { perView: 1 } } }).mount();`,
    markup: `<div class="glide" aria-label="Case studies"><div class="glide__track" data-glide-el="track"><ul class="glide__slides">
${slides('li', 'glide__slide')}
</ul></div>
<div data-glide-el="controls"><button data-glide-dir="<">Previous</button><button data-glide-dir=">">Next</button></div>
<div data-glide-el="controls[nav]">${studies.map((_, i) => `<button data-glide-dir="=${i}" aria-label="Slide ${i + 1}"></button>`).join('')}</div>
</div>`,
  },
];
