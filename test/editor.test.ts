import { fixture, expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/prompts/briefing-prompt.js';
import '../src/initiatives/initiative-card.js';
import '../src/case-studies/case-study.js';
import { ContentEditor, STORAGE_KEY, type EditorOptions } from '../src/editor/editor.js';
import { editorStrings as t } from '../src/editor/strings.js';
import { fieldsOf, idOf } from '../src/editor/fields.js';
import { feedText, openWorkspace } from '../src/editor/workspace.js';
import { aboutSpec, caseStudySpec, sectionSpecs, AUDIENCES, type ObjectSpec } from '../src/content/spec.js';
import { docs } from '../src/content/docs.js';
import { parseItem } from '../src/content/parse.js';
import { strings } from '../src/shared/strings.js';
import type { SectionKey } from '../src/content/types.js';

const TODAY = '2026-12-03';
const fixtureText = await (await fetch('/test/fixtures/content.json')).text();
// The editor page's own stylesheet, so that layout and contrast are as the page has them.
const pageStyles = new CSSStyleSheet();
pageStyles.replaceSync(await (await fetch('/editor/editor.css')).text());
document.adoptedStyleSheets = [...document.adoptedStyleSheets, pageStyles];
const fixturePack = JSON.parse(fixtureText);
/** The fixture as the editor writes a feed (2-space JSON); the fixture's own file is laid out by hand. */
const savedText = `${JSON.stringify(fixturePack, null, 2)}\n`;

/** Storage that forgets when the test ends. */
class MemoryStorage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(n: number) {
    return [...this.items.keys()][n] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
}

const words = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

let editors: ContentEditor[] = [];
afterEach(() => {
  editors.forEach((editor) => editor.disconnect());
  editors = [];
  sinon.restore();
});

async function mount(options: EditorOptions = {}) {
  const root = await fixture<HTMLDivElement>(html`<div></div>`);
  const editor = new ContentEditor(root, {
    storage: new MemoryStorage() as Storage,
    today: TODAY,
    ask: () => true,
    location: new URL('/editor/index.html', location.href),
    ...options,
  });
  editors.push(editor);
  await editor.updateComplete;
  return { root, editor };
}

/** The one button named `name` (in `within`, or anywhere in the editor). */
function button(within: ParentNode, name: string): HTMLButtonElement {
  const found = [...within.querySelectorAll('button')].filter((b) => words(b) === name);
  expect(found, `buttons named "${name}"`).to.have.length(1);
  return found[0];
}

/** The one control labelled `name` ("(optional)" aside). */
function control<T extends HTMLElement = HTMLInputElement>(within: ParentNode, name: string): T {
  const labels = [...within.querySelectorAll('label')].filter(
    (label) => words(label).replace(/ \(optional\)$/, '') === name,
  );
  expect(labels, `controls labelled "${name}"`).to.have.length(1);
  return document.getElementById(labels[0].htmlFor) as T;
}

/** The one group whose legend is `name`. */
function group(within: ParentNode, name: string): HTMLFieldSetElement {
  const found = [...within.querySelectorAll('fieldset')].filter(
    (set) => words(set.querySelector(':scope > legend')).replace(/ \(optional\)$/, '') === name,
  );
  expect(found, `groups named "${name}"`).to.have.length(1);
  return found[0];
}

const status = (root: Element) => words(root.querySelector('[role=status]'));
const form = (root: Element) => root.querySelector('section[aria-labelledby=item-heading]')!;
const itemList = (root: Element, section: string) =>
  [...root.querySelectorAll('nav h2')].find((h) => words(h).startsWith(section))!.nextElementSibling!
    .nextElementSibling!;
const described = (el: Element) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => words(document.getElementById(id)))
    .join(' | ');

async function type(editor: ContentEditor, input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await editor.updateComplete;
}

async function press(editor: ContentEditor, el: HTMLElement) {
  el.click();
  await editor.updateComplete;
}

async function open(editor: ContentEditor, root: Element, content: unknown, name = 'content.json') {
  const input = root.querySelector<HTMLInputElement>(`input[type=file][aria-label="${t.openFileInput}"]`)!;
  const data = new DataTransfer();
  data.items.add(new File([typeof content === 'string' ? content : JSON.stringify(content)], name));
  input.files = data.files;
  const before = status(root);
  input.dispatchEvent(new Event('change'));
  await waitUntil(() => status(root) && status(root) !== before, 'the file was not read', { timeout: 5000 });
  await editor.updateComplete;
}

/** Presses "Download feed" and returns the file's name and text, or undefined if nothing was downloaded. */
async function download(editor: ContentEditor, root: Element) {
  let saved: { name: string; text: string } | undefined;
  const catcher = (event: Event) => {
    const link = event.target;
    if (link instanceof HTMLAnchorElement && link.download) {
      event.preventDefault();
      saved = { name: link.download, text: decodeURIComponent(link.href.replace(/^data:[^,]*,/, '')) };
    }
  };
  root.addEventListener('click', catcher, { capture: true });
  await press(editor, button(root, t.download));
  root.removeEventListener('click', catcher, { capture: true });
  return saved;
}

async function addItem(editor: ContentEditor, root: Element, section: SectionKey) {
  await press(editor, button(root, t.add[section]));
  return form(root);
}

describe('content editor', () => {
  describe('forms built from the spec', () => {
    /** Walks `spec` in the open form: every field has its control, label and the docs' words. */
    async function walk(editor: ContentEditor, root: Element, spec: ObjectSpec, parts: (string | number)[] = []) {
      let count = 0;
      for (const info of fieldsOf(spec)) {
        const here = [...parts, info.key];
        const id = idOf(here);
        const written = docs.get(spec)![info.key];
        // A date control writes the day itself, so the docs' format is left out of its hint.
        const hint = info.spec.type === 'date' ? written.replace(' (YYYY-MM-DD)', '') : written;
        expect(hint, `docs for ${info.key}`).to.be.a('string').and.not.equal('');
        if (info.spec.type === 'list') {
          const set = group(form(root), info.label);
          expect(described(set)).to.contain(hint);
          await press(editor, button(set, t.addRow(rowNamesFor(info.key, info.label))));
          count += 1 + (await walk(editor, root, info.spec.item, [...here, 0]));
        } else if (info.spec.type === 'object') {
          const set = document.getElementById(id) as HTMLFieldSetElement;
          expect(words(set.querySelector('legend'))).to.match(new RegExp(`^${info.label}`));
          expect(described(set)).to.contain(hint);
          count += 1 + (await walk(editor, root, info.spec.spec, here));
        } else if (info.key === 'alt') {
          const input = document.getElementById(id) as HTMLInputElement;
          expect(input.type).to.equal('text');
          expect(words(input.labels![0])).to.equal(t.altText);
          expect(described(input)).to.contain(hint);
          count++;
        } else {
          const el = document.getElementById(id)!;
          expect(el, `a control for ${id}`).to.exist;
          const label =
            el instanceof HTMLFieldSetElement ? el.querySelector('legend') : (el as HTMLInputElement).labels![0];
          expect(words(label)).to.equal(`${info.label}${info.spec.required ? '' : ` ${t.optional}`}`);
          expect(described(el)).to.contain(hint);
          const expected = { text: ['text', 'textarea'], url: ['text'], date: ['date'], enum: [], keys: [] }[
            info.spec.type
          ];
          if (el instanceof HTMLFieldSetElement) {
            expect(info.spec.type).to.be.oneOf(['enum', 'keys']);
            const inputs = el.querySelectorAll(
              info.spec.type === 'enum' ? 'input[type=radio]' : 'input[type=checkbox]',
            );
            expect(inputs.length).to.be.greaterThan(1);
          } else {
            expect(expected).to.include((el as HTMLInputElement).type);
          }
          count++;
        }
      }
      return count;
    }
    const rowNamesFor = (key: string, label: string) =>
      ({ actions: 'Step', outcomes: 'Outcome', chapters: 'Chapter' })[key] ?? label;
    const countFields = (spec: ObjectSpec): number =>
      Object.values(spec).reduce(
        (n, field) =>
          n +
          1 +
          (field.type === 'list' ? countFields(field.item) : field.type === 'object' ? countFields(field.spec) : 0),
        0,
      );

    for (const section of Object.keys(sectionSpecs) as SectionKey[]) {
      it(`gives every field of ${section} a labelled control with the docs' words, in the spec's order`, async () => {
        const { editor, root } = await mount();
        await addItem(editor, root, section);
        const spec = sectionSpecs[section];
        expect(await walk(editor, root, spec)).to.equal(countFields(spec));
        const order = [...form(root).querySelectorAll('[id^=field-]')]
          .map((el) => el.id.split('-')[1])
          .filter((key, i, all) => all.indexOf(key) === i);
        expect(order).to.deep.equal(Object.keys(spec));
      });
    }

    it('gives every field of about a labelled control too', async () => {
      const { editor, root } = await mount();
      await press(editor, button(root, t.about));
      expect(await walk(editor, root, aboutSpec)).to.equal(countFields(aboutSpec));
    });

    it('shows a field added to the spec at once, and saves it in the spec’s order', async () => {
      const spec = caseStudySpec as ObjectSpec;
      const words = docs.get(caseStudySpec)!;
      spec.fundedBy = { type: 'text', required: false };
      words.fundedBy = 'Who paid for it.';
      try {
        const { editor, root } = await mount();
        await addItem(editor, root, 'caseStudies');
        const input = control(form(root), 'Funded by');
        expect(described(input)).to.equal('Who paid for it.');
        await type(editor, control<HTMLTextAreaElement>(form(root), 'Heading'), 'Leeds');
        await type(editor, input, 'Leeds City Council');
        const saved = JSON.parse((await download(editor, root))!.text);
        expect(Object.keys(saved.caseStudies[0])).to.deep.equal(['id', 'heading', 'fundedBy']);
      } finally {
        delete spec.fundedBy;
        delete words.fundedBy;
      }
    });
  });

  describe('controls', () => {
    it('uses date controls, and says what the status tag will show for the dates', async () => {
      const { editor, root } = await mount();
      const item = await addItem(editor, root, 'initiatives');
      const opens = control(item, 'Opens');
      const closes = control(item, 'Closes');
      expect(opens.type).to.equal('date');
      expect(closes.type).to.equal('date');
      const help = () => words(form(root).querySelector('#dates-help'));
      expect(help()).to.contain('“Opens” is the first day it is open and “Closes” the last');
      expect(help()).to.contain(`Today (3 December 2026) readers see: “${strings.statusOpen}”.`);
      await type(editor, opens, '2027-01-05');
      expect(help()).to.contain('readers see: “Opens 5 January 2027”.');
      await type(editor, opens, '');
      await type(editor, closes, '2026-12-15');
      expect(help()).to.contain('readers see: “Closes in 12 days”.');
      await type(editor, closes, '2026-11-30');
      expect(help()).to.contain('readers see: “Closed on 30 November 2026”.');
    });

    it('offers the audiences as checkboxes with their labels, plus your own', async () => {
      const { editor, root } = await mount();
      await addItem(editor, root, 'initiatives');
      const set = group(form(root), 'Who it is for');
      const boxes = [...set.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
      expect(boxes).to.have.length(AUDIENCES.length);
      expect(boxes.map((box) => words(box.labels![0]))).to.deep.equal(AUDIENCES.map((key) => strings.audiences[key]));
      await type(editor, control<HTMLTextAreaElement>(form(root), 'Name'), 'Step into Health');
      await press(editor, control(set, 'Veterans'));
      await type(editor, control(set, t.ownAudiences), 'armed-forces-families, night workers');
      await press(editor, control(group(form(root), 'Who it is for'), 'Carers'));
      const saved = JSON.parse((await download(editor, root))!.text);
      expect(saved.initiatives[0].audiences).to.deep.equal([
        'veterans',
        'carers',
        'armed-forces-families',
        'night workers',
      ]);
      await press(editor, control(group(form(root), 'Who it is for'), 'Veterans'));
      expect(control<HTMLInputElement>(group(form(root), 'Who it is for'), 'Veterans').checked).to.be.false;
      expect(control<HTMLInputElement>(form(root), t.ownAudiences).value).to.equal(
        'armed-forces-families, night workers',
      );
    });

    it('offers a choice by its readers’ words, and kind can be left unset', async () => {
      const { editor, root } = await mount();
      await addItem(editor, root, 'prompts');
      const level = group(form(root), 'Level');
      expect([...level.querySelectorAll('label')].map(words)).to.deep.equal(['Organisation', 'System']);
      await addItem(editor, root, 'initiatives');
      const kind = group(form(root), 'Type');
      expect([...kind.querySelectorAll('label')].map(words)).to.deep.equal([
        'Programme',
        'Funding',
        'Guidance',
        t.nothingChosen,
      ]);
    });

    it('adds and removes repeatable rows, with focus in the new row', async () => {
      const { editor, root } = await mount();
      await addItem(editor, root, 'caseStudies');
      await press(editor, button(form(root), 'Add another outcome'));
      expect(document.activeElement).to.equal(control(group(form(root), 'Outcome 1'), 'Figure'));
      await type(editor, control(group(form(root), 'Outcome 1'), 'Figure'), '75');
      await type(editor, control(group(form(root), 'Outcome 1'), 'What it counts'), 'young people employed');
      await press(editor, button(form(root), 'Add another outcome'));
      await type(editor, control(group(form(root), 'Outcome 2'), 'Figure'), '90%');
      await type(editor, control(group(form(root), 'Outcome 2'), 'What it counts'), 'still in work after a year');
      await press(editor, button(form(root), 'Remove outcome 1'));
      expect(document.activeElement).to.equal(button(form(root), 'Add another outcome'));
      expect(control<HTMLInputElement>(group(form(root), 'Outcome 1'), 'Figure').value).to.equal('90%');
      expect(form(root).querySelectorAll('fieldset legend')).to.satisfy((legends: NodeListOf<Element>) =>
        [...legends].every((legend) => words(legend) !== 'Outcome 2'),
      );
    });

    it('asks for alt text, or a stated choice that the image is decorative', async () => {
      const { editor, root } = await mount();
      await addItem(editor, root, 'caseStudies');
      await type(editor, control<HTMLTextAreaElement>(form(root), 'Heading'), 'Into work in Leeds');
      await type(editor, control(form(root), 'Image address'), 'https://example.org/leeds.jpg');
      const alt = control(form(root), t.altText);
      expect(words(document.getElementById(`${alt.id}-error`))).to.equal(`${t.error} ${t.altRequired}`);
      expect(alt.getAttribute('aria-invalid')).to.equal('true');
      await press(editor, control(form(root), t.altDecorative));
      expect(form(root).querySelector(`#${alt.id}`)).to.equal(null);
      let saved = JSON.parse((await download(editor, root))!.text);
      expect(saved.caseStudies[0].image).to.deep.equal({ src: 'https://example.org/leeds.jpg', alt: '' });
      await press(editor, control(form(root), t.altDescribe));
      expect(document.activeElement).to.equal(control(form(root), t.altText));
      await type(editor, control(form(root), t.altText), 'Apprentices on a ward');
      saved = JSON.parse((await download(editor, root))!.text);
      expect(saved.caseStudies[0].image).to.deep.equal({
        src: 'https://example.org/leeds.jpg',
        alt: 'Apprentices on a ward',
      });
    });

    it('fills in the id from the title until the author writes one', async () => {
      const { editor, root } = await mount();
      await addItem(editor, root, 'caseStudies');
      const id = control(form(root), 'Short name (id)');
      expect(described(id)).to.contain('Filled in from the heading until you change it.');
      await type(editor, control<HTMLTextAreaElement>(form(root), 'Heading'), 'Into work in Leeds!');
      expect(control<HTMLInputElement>(form(root), 'Short name (id)').value).to.equal('into-work-in-leeds');
      await type(editor, control(form(root), 'Short name (id)'), 'leeds');
      await type(editor, control<HTMLTextAreaElement>(form(root), 'Heading'), 'Into work in Leeds and Bradford');
      expect(control<HTMLInputElement>(form(root), 'Short name (id)').value).to.equal('leeds');
    });
  });

  describe('problems', () => {
    it('shows a problem next to its field as the author types, in plain words', async () => {
      const { editor, root } = await mount();
      await addItem(editor, root, 'caseStudies');
      expect(form(root).querySelectorAll('[aria-invalid=true]'), 'nothing is wrong before typing').to.have.length(0);
      const heading = control<HTMLTextAreaElement>(form(root), 'Heading');
      await type(editor, heading, 'Leeds');
      await type(editor, control<HTMLTextAreaElement>(form(root), 'Heading'), '   ');
      const now = control<HTMLTextAreaElement>(form(root), 'Heading');
      expect(now.getAttribute('aria-invalid')).to.equal('true');
      expect(described(now)).to.contain(`${t.error} Enter heading`);
      await type(editor, control<HTMLTextAreaElement>(form(root), 'Heading'), 'Into work in Leeds');
      await type(editor, control(form(root), 'Link'), 'http://example.org/leeds');
      const link = control(form(root), 'Link');
      expect(link.hasAttribute('aria-invalid')).to.be.false;
      expect(described(link)).to.contain('is not secure: change http:// to https://');
      await type(editor, control(form(root), 'Link'), 'javascript:alert(1)');
      expect(described(control(form(root), 'Link'))).to.contain(
        'Use a web address that starts with https://, a path on this site such as /careers',
      );
    });

    it('shows every problem of a file it opens, and the warnings a careful editor gives', async () => {
      const { editor, root } = await mount();
      const pack = structuredClone(fixturePack);
      pack.initiatives[0].closes = '31/03/27';
      pack.initiatives[1].closes = '2026-11-30';
      pack.initiatives[2].reviewed = '2024-01-31';
      pack.initiatives[3].id = pack.initiatives[0].id;
      await open(editor, root, pack, 'inclusive.json');
      expect(status(root)).to.equal('Opened inclusive.json: 24 items.');
      const initiatives = itemList(root, 'Initiatives');
      const items = [...initiatives.querySelectorAll('button')];
      expect(items).to.have.length(10);
      expect(words(items[0])).to.match(/1 problem$/);
      expect(words(items[1])).to.match(/1 to check$/);
      await press(editor, items[0]);
      const closes = control(form(root), 'Closes');
      expect(closes.getAttribute('aria-invalid')).to.equal('true');
      expect(described(closes)).to.contain(
        'Write the date as year-month-day, for example 2027-03-31. The file has “31/03/27”: choose the day with the date control.',
      );
      await press(editor, [...itemList(root, 'Initiatives').querySelectorAll('button')][1]);
      expect(described(control(form(root), 'Closes'))).to.contain('this closed on 30 November 2026');
      await press(editor, [...itemList(root, 'Initiatives').querySelectorAll('button')][2]);
      expect(described(control(form(root), 'Last reviewed'))).to.contain('last reviewed on 31 January 2024');
      await press(editor, [...itemList(root, 'Initiatives').querySelectorAll('button')][3]);
      expect(described(control(form(root), 'Short name (id)'))).to.contain('Give this item an id of its own');
    });

    it('refuses to download a feed the elements would reject: an error summary with links to the fields', async () => {
      const { editor, root } = await mount();
      const pack = structuredClone(fixturePack);
      pack.initiatives[4].opens = '2027-04-01';
      pack.initiatives[4].closes = '2027-03-31';
      await open(editor, root, pack);
      await addItem(editor, root, 'caseStudies');
      expect(await download(editor, root)).to.equal(undefined);
      const summary = root.querySelector('[role=alert]')!;
      expect(words(summary.querySelector('h2'))).to.equal(t.summaryTitle);
      expect(document.activeElement).to.equal(summary);
      const links = [...summary.querySelectorAll('a')];
      expect(links.map(words)).to.deep.equal([
        'Initiative 5 of 10 (Step into Health): Check the dates: it closes on 31 March 2027, before it opens on 1 April 2027.',
        'Case study 7 of 7 (Untitled case study): Enter short name',
        'Case study 7 of 7 (Untitled case study): Enter heading',
      ]);
      // The new item's problems show now that a save was tried.
      expect(control(form(root), 'Short name (id)').getAttribute('aria-invalid')).to.equal('true');
      expect(links[0].getAttribute('href')).to.equal('#field-closes');
      await press(editor, links[0]);
      expect(words(form(root).querySelector('h2'))).to.match(/^Initiative 5 of 10/);
      expect(document.activeElement).to.equal(control(form(root), 'Closes'));
      expect(words(document.getElementById('field-closes-error'))).to.contain('before it opens on 1 April 2027');
    });

    it('keeps an invalid item as a draft: marked, kept on the device, left out of the feed', async () => {
      const storage = new MemoryStorage() as Storage;
      const { editor, root } = await mount({ storage });
      await open(editor, root, fixturePack);
      await addItem(editor, root, 'caseStudies');
      await type(editor, control(form(root), 'Place'), 'Leeds');
      await press(editor, control(form(root), t.draft));
      const list = [...itemList(root, 'Case studies').querySelectorAll('button')];
      expect(list).to.have.length(7);
      expect(words(list[6])).to.equal('Untitled case study Draft 2 problems');
      const saved = await download(editor, root);
      expect(saved).to.not.equal(undefined);
      expect(saved!.text).to.equal(savedText);
      expect(status(root)).to.equal(`Downloaded content.json. ${t.draftsKept(1)}`);
      const kept = JSON.parse(storage.getItem(STORAGE_KEY)!);
      expect(kept.workspace.sections.caseStudies[6]).to.include({ draft: true });
      expect(kept.workspace.sections.caseStudies[6].value).to.deep.equal({ place: 'Leeds' });
    });
  });

  describe('items', () => {
    it('moves an item up and down with the keyboard, announcing the move and keeping focus', async () => {
      const { editor, root } = await mount();
      await open(editor, root, fixturePack);
      const titles = () => [...itemList(root, 'Case studies').querySelectorAll('.item-title-text')].map(words);
      const first = fixturePack.caseStudies.map((c: { heading: string }) => c.heading);
      await press(editor, [...itemList(root, 'Case studies').querySelectorAll('button')][4]);
      const down = button(form(root), t.moveDown);
      down.focus();
      await sendKeys({ press: 'Enter' });
      await editor.updateComplete;
      expect(titles()).to.deep.equal([...first.slice(0, 4), first[5], first[4]]);
      expect(status(root)).to.equal(`Moved “${first[4]}” to position 6 of 6.`);
      // At the bottom, Move down is off: focus goes to Move up.
      expect(button(form(root), t.moveDown).disabled).to.be.true;
      expect(document.activeElement).to.equal(button(form(root), t.moveUp));
      await sendKeys({ press: 'Space' });
      await editor.updateComplete;
      expect(titles()).to.deep.equal(first);
      expect(status(root)).to.equal(`Moved “${first[4]}” to position 5 of 6.`);
      expect(document.activeElement).to.equal(button(form(root), t.moveUp));
      const saved = JSON.parse((await download(editor, root))!.text);
      expect(saved.caseStudies.map((c: { heading: string }) => c.heading)).to.deep.equal(first);
    });

    it('duplicates an item with an id of its own, and deletes after asking', async () => {
      const ask = sinon.stub().returns(true);
      const { editor, root } = await mount({ ask });
      await open(editor, root, fixturePack);
      await press(editor, [...itemList(root, 'Prompts').querySelectorAll('button')][0]);
      await press(editor, button(form(root), t.duplicate));
      expect(status(root)).to.equal(t.duplicated(fixturePack.prompts[0].question));
      expect(words(form(root).querySelector('h2'))).to.match(/^Prompt 2 of 9/);
      expect(document.activeElement).to.equal(form(root).querySelector('h2'));
      expect(control<HTMLInputElement>(form(root), 'Short name (id)').value).to.equal(
        `${fixturePack.prompts[0].id}-copy`,
      );
      await press(editor, button(form(root), t.delete));
      expect(ask).to.have.been.calledOnceWith(t.deleteAsk(fixturePack.prompts[0].question));
      expect(status(root)).to.equal(t.deleted(fixturePack.prompts[0].question));
      expect((await download(editor, root))!.text).to.equal(savedText);
    });

    it('adds every kind of item, and edits about', async () => {
      const { editor, root } = await mount();
      const prompt = await addItem(editor, root, 'prompts');
      expect(document.activeElement).to.equal(control(prompt, 'Question'));
      await type(editor, control<HTMLTextAreaElement>(prompt, 'Question'), 'Who is missing out?');
      await press(editor, control(form(root), 'System'));
      await addItem(editor, root, 'initiatives');
      await type(editor, control<HTMLTextAreaElement>(form(root), 'Name'), 'Access to Work');
      await addItem(editor, root, 'caseStudies');
      await type(editor, control<HTMLTextAreaElement>(form(root), 'Heading'), 'Into work in Leeds');
      await press(editor, button(root, t.about));
      await type(editor, control<HTMLTextAreaElement>(form(root), 'Title'), 'Inclusive recruitment');
      const saved = JSON.parse((await download(editor, root))!.text);
      expect(saved).to.deep.equal({
        $schema: 'https://unpkg.com/nhs-briefing-widgets/dist/content.schema.json',
        version: 1,
        about: { title: 'Inclusive recruitment' },
        prompts: [{ id: 'who-is-missing-out', question: 'Who is missing out?', level: 'system' }],
        initiatives: [{ id: 'access-to-work', name: 'Access to Work' }],
        caseStudies: [{ id: 'into-work-in-leeds', heading: 'Into work in Leeds' }],
      });
    });
  });

  describe('saving', () => {
    it('writes the feed stably: saved again unchanged it is the same, and one change is one line of the diff', async () => {
      const { editor, root } = await mount();
      await open(editor, root, fixtureText, 'content.json');
      const saved = await download(editor, root);
      expect(saved).to.deep.equal({ name: 'content.json', text: savedText });
      await open(editor, root, saved!.text, 'content.json');
      expect((await download(editor, root))!.text).to.equal(savedText);
      await press(editor, [...itemList(root, 'Initiatives').querySelectorAll('button')][2]);
      await type(editor, control(form(root), 'Last reviewed'), '2026-12-01');
      const before = savedText.split('\n');
      const after = (await download(editor, root))!.text.split('\n');
      expect(after).to.have.length(before.length);
      const changed = after.flatMap((line, i) => (line === before[i] ? [] : [[before[i], line]]));
      expect(changed).to.deep.equal([['      "reviewed": "2026-11-28",', '      "reviewed": "2026-12-01",']]);
    });

    it("puts keys in the spec's order and keeps fields it does not know", () => {
      const { workspace } = openWorkspace({
        extra: { kept: true },
        caseStudies: [
          { summary: 'S', heading: 'H', id: 'x', note: 'internal', outcomes: [{ label: 'L', value: '1' }] },
        ],
        version: 1,
      });
      expect(feedText(workspace)).to.equal(
        JSON.stringify(
          {
            version: 1,
            caseStudies: [
              { id: 'x', heading: 'H', summary: 'S', outcomes: [{ value: '1', label: 'L' }], note: 'internal' },
            ],
            extra: { kept: true },
          },
          null,
          2,
        ) + '\n',
      );
    });

    it('saves back to the file it was opened from, where the browser can', async () => {
      let written = '';
      const handle = {
        name: 'inclusive.json',
        getFile: async () => new File([fixtureText], 'inclusive.json'),
        createWritable: async () => ({
          write: async (text: string) => void (written = text),
          close: async () => undefined,
        }),
      };
      const { editor, root } = await mount({ pickFile: async () => handle });
      await press(editor, button(root, t.openFile));
      await waitUntil(() => status(root).startsWith('Opened'), 'the file did not open', { timeout: 5000 });
      await editor.updateComplete;
      await type(editor, control<HTMLTextAreaElement>(form(root), 'Question'), 'Who is missing out?');
      expect(editor.dirty).to.be.true;
      await press(editor, button(root, t.saveBack('inclusive.json')));
      await waitUntil(() => status(root) === t.saved('inclusive.json'), 'the file was not saved', { timeout: 5000 });
      const expected = structuredClone(fixturePack);
      expected.prompts[0].question = 'Who is missing out?';
      expect(written).to.equal(`${JSON.stringify(expected, null, 2)}\n`);
      expect(editor.dirty).to.be.false;
    });
  });

  describe('nothing is lost', () => {
    it('keeps work in progress on the device and brings it back', async () => {
      const storage = new MemoryStorage() as Storage;
      const first = await mount({ storage });
      await open(first.editor, first.root, fixturePack);
      await type(first.editor, control<HTMLTextAreaElement>(form(first.root), 'Question'), 'Who is missing out?');
      first.editor.disconnect();
      const { editor, root } = await mount({ storage });
      expect(status(root)).to.match(/^Your work from .* was kept on this device and is back\.$/);
      expect(control<HTMLTextAreaElement>(form(root), 'Question').value).to.equal('Who is missing out?');
      expect(editor.dirty).to.be.true;
      expect(words(root.querySelector('#save-heading + p'))).to.equal(t.statusUnsaved('content.json'));
    });

    it('asks before the page is left with unsaved changes, and not after saving', async () => {
      const { editor, root } = await mount();
      const leave = () => {
        const event = new Event('beforeunload', { cancelable: true });
        dispatchEvent(event);
        return event.defaultPrevented;
      };
      expect(leave()).to.be.false;
      await addItem(editor, root, 'initiatives');
      await type(editor, control<HTMLTextAreaElement>(form(root), 'Name'), 'Access to Work');
      expect(leave()).to.be.true;
      await download(editor, root);
      expect(leave()).to.be.false;
    });

    it('asks before another pack replaces unsaved work', async () => {
      const ask = sinon.stub().returns(false);
      const { editor, root } = await mount({ ask });
      await addItem(editor, root, 'initiatives');
      await type(editor, control<HTMLTextAreaElement>(form(root), 'Name'), 'Access to Work');
      await press(editor, button(root, t.startEmpty));
      expect(ask).to.have.been.calledOnceWith(t.replaceAsk);
      expect([...itemList(root, 'Initiatives').querySelectorAll('button')]).to.have.length(1);
    });

    it('says where a broken file breaks, and keeps the work in hand', async () => {
      const { editor, root } = await mount();
      await addItem(editor, root, 'initiatives');
      await type(editor, control<HTMLTextAreaElement>(form(root), 'Name'), 'Access to Work');
      await open(
        editor,
        root,
        '{\n  "version": 1,\n  "initiatives": [\n    { "id": "a" "name": "A" }\n  ]\n}',
        'broken.json',
      );
      expect(status(root)).to.equal(
        'broken.json could not be opened. Look near line 4, column 17 for a missing or extra comma, a missing double quote, or a bracket that is not closed.',
      );
      expect(control<HTMLTextAreaElement>(form(root), 'Name').value).to.equal('Access to Work');
    });
  });

  describe('opening from an address', () => {
    it('opens a pack on its own site at once', async () => {
      const { editor, root } = await mount();
      await type(editor, control(root, t.openUrlLabel), '/test/fixtures/content.json');
      root.querySelector('form')!.requestSubmit();
      await waitUntil(() => status(root).startsWith('Opened'), 'the file did not open', { timeout: 5000 });
      expect(status(root)).to.equal('Opened content.json: 24 items.');
    });

    it('asks before it sends a request to another website', async () => {
      const fetchStub = sinon.stub(window, 'fetch').resolves(new Response(JSON.stringify(fixturePack)));
      const { editor, root } = await mount();
      await type(editor, control(root, t.openUrlLabel), 'https://feeds.example.org/pack.json');
      root.querySelector('form')!.requestSubmit();
      await editor.updateComplete;
      expect(fetchStub).to.not.have.been.called;
      const yes = button(root, t.foreignYes);
      expect(document.activeElement).to.equal(yes);
      expect(described(yes)).to.equal(t.foreignAsk('feeds.example.org'));
      await press(editor, yes);
      await waitUntil(() => status(root).startsWith('Opened'), 'the file did not open', { timeout: 5000 });
      expect(fetchStub).to.have.been.calledOnce;
      const [url, init] = fetchStub.firstCall.args as [URL, RequestInit];
      expect(String(url)).to.equal('https://feeds.example.org/pack.json');
      expect(init.credentials).to.equal('omit');
      expect(status(root)).to.equal('Opened pack.json: 24 items.');
    });

    it('says so when the address does not answer with a pack', async () => {
      const { editor, root } = await mount();
      await type(editor, control(root, t.openUrlLabel), '/test/fixtures/missing.json');
      root.querySelector('form')!.requestSubmit();
      await waitUntil(
        () => status(root).includes('could not be opened'),
        'no message that the file could not be opened',
        { timeout: 5000 },
      );
      expect(status(root)).to.match(/^missing\.json could not be opened\. The website answered 404/);
    });
  });

  describe('preview', () => {
    it('shows the item being edited in the real element, given as `item`, at the width chosen', async () => {
      const { editor, root } = await mount();
      await open(editor, root, fixturePack);
      const preview = root.querySelector('section[aria-labelledby=preview-heading]')!;
      const sections: [SectionKey, string][] = [
        ['prompts', 'nhs-briefing-prompt'],
        ['initiatives', 'nhs-initiative-card'],
        ['caseStudies', 'nhs-case-study'],
      ];
      for (const [section, tag] of sections) {
        const name = { prompts: 'Prompts', initiatives: 'Initiatives', caseStudies: 'Case studies' }[section];
        await press(editor, [...itemList(root, name).querySelectorAll('button')][1]);
        const shown = preview.querySelectorAll(tag);
        expect(shown).to.have.length(1);
        const expected = parseItem(section, fixturePack[section][1], 'x').value;
        expect((shown[0] as unknown as { item: unknown }).item).to.deep.equal(expected);
      }
      await press(editor, [...itemList(root, 'Initiatives').querySelectorAll('button')][1]);
      expect(preview.querySelector('nhs-initiative-card')!.getAttribute('today')).to.equal(TODAY);
      const frame = preview.querySelector<HTMLElement>('nhs-initiative-card')!.parentElement!;
      for (const [label, width] of [
        [t.widths.sidebar, 320],
        [t.widths.article, 700],
        [t.widths.full, 1100],
      ] as const) {
        await press(editor, control(preview, label));
        expect(frame.offsetWidth).to.equal(width);
        const shownWidth = frame.getBoundingClientRect().width;
        expect(shownWidth).to.be.at.most(preview.querySelector<HTMLElement>('#preview-stage')!.clientWidth + 0.5);
      }
    });

    it('says when the item cannot be previewed yet', async () => {
      const { editor, root } = await mount();
      await addItem(editor, root, 'caseStudies');
      const preview = root.querySelector('section[aria-labelledby=preview-heading]')!;
      expect(preview.querySelector('nhs-case-study')).to.equal(null);
      expect(words(preview)).to.contain(t.previewNone);
    });
  });

  describe('accessibility', () => {
    it('is accessible with a pack open and problems showing', async () => {
      const { editor, root } = await mount();
      const pack = structuredClone(fixturePack);
      pack.initiatives[0].closes = '31/03/27';
      await open(editor, root, pack);
      await press(editor, [...itemList(root, 'Initiatives').querySelectorAll('button')][0]);
      await download(editor, root);
      expect(root.querySelector('[role=alert]')).to.exist;
      await expect(root).to.be.accessible();
    });

    it('is accessible with a case study, its rows and image showing', async () => {
      const { editor, root } = await mount();
      await open(editor, root, fixturePack);
      await press(editor, [...itemList(root, 'Case studies').querySelectorAll('button')][3]);
      await type(editor, control(form(root), 'Image address'), '/leeds.jpg');
      await expect(root).to.be.accessible();
    });
  });
});
