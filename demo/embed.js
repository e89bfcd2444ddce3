// The embed-code builder: reads the Custom Elements Manifest (the same one
// Storybook's docs use), offers each element's attributes as form fields,
// and writes the code a comms officer pastes into a page. DOM APIs only.
const manifest = await (await fetch('../dist/custom-elements.json')).json();
const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.tagName && d.customElement)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

const $ = (id) => document.getElementById(id);
const select = $('element');
const fields = $('fields');
const code = $('code');
const preview = $('preview');

/** Sensible starting values, so the preview shows something real. */
const STARTERS = {
  src: 'content.json',
  label: 'Case studies',
  heading: 'Inclusive recruitment',
  question: 'Who in your area is missing out on NHS jobs, and why?',
  level: 'system',
  'prompt-id': 'who-is-missing',
  'set-id': 'inclusive-recruitment',
  name: 'Apprenticeships',
  organisation: 'Example NHS Trust',
};

/**
 * Starting heights for the iframe: a carousel of the example content fits in
 * an article column without scrolling; a long list scrolls inside the frame.
 * The comms officer can change it. Other elements start at 600.
 */
const SUGGESTED_HEIGHTS = {
  'nhs-case-study-carousel': 840,
  'nhs-initiative-list': 900,
  'nhs-prompt-set': 900,
  'nhs-briefing': 1200,
};

for (const el of elements) select.append(new Option(`<${el.tagName}>`, el.tagName));

function choices(type = '') {
  const literals = type
    .split('|')
    .map((t) => t.trim())
    .filter((t) => /^['"].*['"]$/.test(t));
  return literals.length > 1 ? literals.map((t) => t.slice(1, -1)) : undefined;
}

function buildFields() {
  const el = elements.find((e) => e.tagName === select.value);
  $('element-summary').textContent = el.summary ?? el.description ?? '';
  fields.replaceChildren();
  for (const attr of el.attributes ?? []) {
    const id = `attr-${attr.name}`;
    const row = document.createElement('p');
    const label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = attr.name;
    const type = attr.type?.text ?? 'string';
    let input;
    if (type.includes('boolean')) {
      input = Object.assign(document.createElement('input'), { type: 'checkbox' });
      row.className = 'checkbox';
    } else if (choices(type)) {
      input = document.createElement('select');
      input.append(new Option('(not set)', ''));
      for (const value of choices(type)) input.append(new Option(value, value));
      input.value = STARTERS[attr.name] ?? '';
    } else {
      input = Object.assign(document.createElement('input'), { type: 'text', value: STARTERS[attr.name] ?? '' });
    }
    input.id = id;
    input.dataset.attr = attr.name;
    if (attr.description) {
      const hint = document.createElement('span');
      hint.className = 'hint';
      hint.id = `${id}-hint`;
      hint.textContent = attr.description;
      input.setAttribute('aria-describedby', hint.id);
      label.append(document.createElement('br'), hint);
    }
    row.append(...(input.type === 'checkbox' ? [input, label] : [label, input]));
    fields.append(row);
  }
  $('frame-height').value = SUGGESTED_HEIGHTS[el.tagName] ?? 600;
  update();
}

function chosenAttributes() {
  return [...fields.querySelectorAll('[data-attr]')].flatMap((input) => {
    if (input.type === 'checkbox') return input.checked ? [[input.dataset.attr, '']] : [];
    const value = input.value.trim();
    return value ? [[input.dataset.attr, value]] : [];
  });
}

const escape = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function update() {
  const tag = select.value;
  const attrs = chosenAttributes();
  const byFrame = $('embed-iframe').checked;
  $('script-settings').hidden = byFrame;
  $('iframe-settings').hidden = !byFrame;
  if (byFrame) showFrame(tag, attrs);
  else showScript(tag, attrs);
}

function showScript(tag, attrs) {
  const attrText = attrs.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escape(value)}"`)).join('');
  // One element: its standalone file, the quickest to load (README, Load only the elements a page uses).
  // An address that names a file (the one-file bundle's, say) stands for the folder it is in.
  const folder = ($('script-src').value.trim() || '/assets/').replace(/[^/]*$/, '');
  const file = `standalone/${tag.replace(/^nhs-/, '')}.js`;
  const src = folder + file;
  $('embed-note').textContent =
    `${file} holds everything this element needs. A page with more than one kind of element ` +
    'loads nhs-briefing-widgets.js once instead' +
    (tag === 'nhs-briefing' ? '.' : ', or, for the whole briefing, standalone/briefing.js.');
  code.textContent = `<script type="module" src="${escape(src)}"></script>\n<${tag}${attrText}></${tag}>`;
  const live = document.createElement(tag);
  for (const [name, value] of attrs) live.setAttribute(name, value);
  preview.replaceChildren(live);
}

/**
 * The iframe snippet: the frame page (dist/frame.html) with the element and
 * its attributes as query parameters, which the frame checks against the
 * same manifest. Only elements that read a feed can be framed.
 */
function showFrame(tag, attrs) {
  const el = elements.find((e) => e.tagName === tag);
  if (!el.attributes?.some((a) => a.name === 'src')) {
    const framed = elements.filter((e) => e.attributes?.some((a) => a.name === 'src')).map((e) => `<${e.tagName}>`);
    $('embed-note').textContent =
      `An iframe shows only an element that reads a feed: ${framed.join(', ')}. ` +
      'Choose one of those, or use the script tag.';
    code.textContent = '';
    preview.replaceChildren();
    return;
  }
  $('embed-note').textContent = '';
  const query = [['element', tag], ...attrs]
    .map(([name, value]) => (value === '' ? name : `${name}=${encodeURIComponent(value)}`))
    .join('&');
  const named = Object.fromEntries(attrs);
  const fallbackTitle = named.label || named.heading || 'Inclusive recruitment briefing';
  $('frame-title').placeholder = fallbackTitle;
  const title = $('frame-title').value.trim() || fallbackTitle;
  const height = Number.parseInt($('frame-height').value, 10) || SUGGESTED_HEIGHTS[tag] || 600;
  const page = $('frame-src').value.trim() || '/assets/frame.html';
  const allow = tag === 'nhs-prompt-set' ? ' allow="clipboard-write"' : ''; // "Copy my notes"
  code.textContent =
    `<iframe src="${escape(`${page}?${query}`)}" title="${escape(title)}" ` +
    `width="100%" height="${height}" style="border: 0"${allow}></iframe>`;
  // The preview frames this build's frame page; a feed's address is read from the builder's page, as in
  // the element preview.
  const feed = named.src ? new URL(named.src, location.href).href : undefined;
  const previewQuery = query.replace(/(^|&)src=[^&]*/, feed ? `$1src=${encodeURIComponent(feed)}` : '');
  const src = new URL(`../dist/frame.html?${previewQuery}`, location.href).href;
  let frame = preview.querySelector('iframe');
  if (frame?.src !== src) {
    frame = Object.assign(document.createElement('iframe'), { src });
    preview.replaceChildren(frame);
  }
  Object.assign(frame, { title, height }); // a new title or height does not load the frame again
}

select.addEventListener('change', buildFields);
$('builder').addEventListener('input', (event) => {
  if (event.target !== select) update();
});
$('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(code.textContent);
    $('copy-status').textContent = 'Copied. Paste it into your page’s HTML.';
  } catch {
    $('copy-status').textContent = 'Your browser did not allow copying: select the code and copy it yourself.';
  }
});
buildFields();
