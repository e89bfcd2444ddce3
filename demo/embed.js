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
  const attrText = attrs.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escape(value)}"`)).join('');
  const src = $('script-src').value.trim() || '/assets/nhs-briefing-widgets.js';
  code.textContent = `<script type="module" src="${escape(src)}"></script>\n<${tag}${attrText}></${tag}>`;
  const live = document.createElement(tag);
  for (const [name, value] of attrs) live.setAttribute(name, value);
  preview.replaceChildren(live);
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
