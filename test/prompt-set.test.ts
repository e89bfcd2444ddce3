import { fixture, expect, html, waitUntil, oneEvent } from '@open-wc/testing';
import { sendKeys, emulateMedia, setViewport } from '@web/test-runner-commands';
import '../src/prompts/prompt-set.js';
import { notesMarkdown, type NhsPromptSet } from '../src/prompts/prompt-set.js';
import type { NhsBriefingPrompt } from '../src/prompts/briefing-prompt.js';
import { notesKey } from '../src/prompts/notes-controller.js';
import { formatDate, todayInLondon } from '../src/content/dates.js';
import { eachPromptTest, FEED, fixtureFeed } from './helpers/prompts.js';
import type { ContentPack } from '../src/content/types.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const buttons = (el: Element) => [...el.shadowRoot!.querySelectorAll('button')];
const button = (el: Element, name: string) => buttons(el).find((b) => b.textContent!.trim() === name)!;
const progress = (el: Element) => $(el, '[part="progress"]')!.textContent!.trim();
const status = (el: Element) => $(el, '[part="status"]')!.textContent!.trim();
const focused = (el: Element) => el.shadowRoot!.activeElement;
const questions = (el: NhsPromptSet) => el.prompts.map((p) => p.question);

/** Two prompts written as children, in a set with notes. */
const boardSet = (notes = true) =>
  fixture<NhsPromptSet>(html`
  <nhs-prompt-set set-id="ps-board" heading="Questions for our board" heading-level="2" ?notes=${notes}>
    <nhs-briefing-prompt prompt-id="missing" question="Who is missing from our workforce?" level="organisation">
      <p>Compare postcodes with deprivation data.</p>
    </nhs-briefing-prompt>
    <nhs-briefing-prompt prompt-id="barriers" question="What in our process screens people out?" level="organisation" heading-level="4">
    </nhs-briefing-prompt>
  </nhs-prompt-set>
`);

async function typeInto(prompt: NhsBriefingPrompt, text: string) {
  prompt.shadowRoot!.querySelector('textarea')!.focus();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Tab' }); // leaving the box saves at once
}

/** Presses "Clear all notes" from the keyboard, as a reader would, and waits for the question. */
async function openClear(el: NhsPromptSet) {
  button(el, 'Clear all notes').focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

const feedSet = (attrs: { level?: string; ids?: string } = {}) =>
  fixture<NhsPromptSet>(html`
  <nhs-prompt-set src=${FEED} level=${attrs.level ?? ''} ids=${attrs.ids ?? ''} set-id="ps-feed" notes></nhs-prompt-set>
`);
const loaded = async (el: NhsPromptSet) => {
  await waitUntil(() => !$(el, '[data-loading]'), 'the feed did not load', { timeout: 4000 });
  await el.updateComplete;
  await Promise.all(el.prompts.map((p) => p.updateComplete));
  await el.updateComplete;
};

describe('<nhs-prompt-set>', () => {
  const t = eachPromptTest('nhs-briefing-widgets:notes:ps-');
  /** The fixture feed, to say what the set should show. */
  let pack: ContentPack;
  const feedPrompts = () => pack.prompts!;

  before(async () => {
    pack = await fixtureFeed();
  });

  describe('with prompts as children', () => {
    it('shows the heading at its level and the prompts one level below, unless they say otherwise', async () => {
      const el = await boardSet();
      expect($(el, '[part="heading"]')!.localName).to.equal('h2');
      expect($(el, '[part="heading"]')!.textContent).to.equal('Questions for our board');
      expect(getComputedStyle($(el, '[part="heading"]')!).fontWeight).to.equal('700');
      expect(el.prompts).to.have.length(2);
      expect(el.prompts.map((p) => p.shadowRoot!.querySelector('[part="heading"]')!.localName)).to.deep.equal([
        'h3',
        'h4',
      ]);
    });

    it("gives every prompt a notes box kept under the set's id", async () => {
      const el = await boardSet();
      const [first] = el.prompts;
      expect(el.prompts.map((p) => [p.notes, p.setId])).to.deep.equal([
        [true, 'ps-board'],
        [true, 'ps-board'],
      ]);
      await typeInto(first, 'Bands 1 to 4');
      expect(localStorage.getItem(notesKey('ps-board', 'missing'))).to.equal('Bands 1 to 4');
    });

    it('shows progress, and keeps it up to date as notes are written', async () => {
      localStorage.setItem(notesKey('ps-board', 'barriers'), 'Long criteria lists');
      const el = await boardSet();
      expect(progress(el)).to.equal('1 of 2 prompts has notes');
      await typeInto(el.prompts[0], 'Postcodes');
      await waitUntil(() => progress(el) === '2 of 2 prompts have notes', 'progress did not follow');
    });

    it('follows another tab in its progress', async () => {
      const el = await boardSet();
      expect(progress(el)).to.equal('0 of 2 prompts have notes');
      const changed = oneEvent(el, 'nhs-note-change');
      window.dispatchEvent(
        new StorageEvent('storage', {
          key: notesKey('ps-board', 'missing'),
          newValue: 'From my laptop',
          storageArea: localStorage,
        }),
      );
      await changed;
      await waitUntil(() => progress(el) === '1 of 2 prompts has notes', `progress stayed "${progress(el)}"`);
    });

    it('is a plain reading list without `notes`', async () => {
      const el = await boardSet(false);
      expect($(el, '[part="progress"]')).to.equal(null);
      expect(buttons(el)).to.have.length(0);
      expect(el.prompts.map((p) => p.shadowRoot!.querySelector('textarea'))).to.deep.equal([null, null]);
    });
  });

  describe('from a feed (`src`)', () => {
    it('says it is loading, then shows every prompt in the pack', async () => {
      const el = await feedSet();
      expect($(el, '[data-loading]')!.textContent).to.equal('Loading…');
      await loaded(el);
      expect(questions(el)).to.deep.equal(feedPrompts().map((p) => p.question));
      expect(progress(el)).to.equal(`0 of ${feedPrompts().length} prompts have notes`);
      const [item] = feedPrompts();
      const first = el.prompts[0].shadowRoot!;
      expect(first.querySelector('[part="level-tag"]')!.textContent).to.equal('Organisation');
      expect(first.querySelector('[part="why"]')!.textContent).to.equal(item.context);
      const steps = [...first.querySelectorAll('[part="steps"] li')];
      expect(steps.map((li) => li.textContent)).to.deep.equal(item.actions!.map((a) => a.text));
      expect(steps.map((li) => li.querySelector('a')?.href)).to.deep.equal(item.actions!.map((a) => a.href));
    });

    it('filters by level', async () => {
      const el = await feedSet({ level: 'system' });
      await loaded(el);
      const system = feedPrompts().filter((p) => p.level === 'system');
      expect(system.length).to.be.greaterThan(0);
      expect(system.length).to.be.lessThan(feedPrompts().length);
      expect(el.prompts.map((p) => p.promptId)).to.deep.equal(system.map((p) => p.id));
      expect(el.prompts.map((p) => p.level)).to.deep.equal(system.map(() => 'system'));
    });

    it('shows the prompts named by ids, separated by spaces or commas, in the order written, and tells the author about unknown ones once', async () => {
      const el = await feedSet({ ids: 'pool-effort, open-entry-routes no-such-prompt,,know-your-local-workforce' });
      await loaded(el);
      expect(el.prompts.map((p) => p.promptId)).to.deep.equal([
        'pool-effort',
        'open-entry-routes',
        'know-your-local-workforce',
      ]);
      el.heading = 'Re-rendered';
      await el.updateComplete;
      expect(t.warnings).to.deep.equal(['[nhs-briefing-widgets] <nhs-prompt-set>: ids: no prompt "no-such-prompt"']);
    });

    it('combines ids with level: an id at another level is left out, and the author is told', async () => {
      const el = await feedSet({ level: 'system', ids: 'pool-effort open-entry-routes shared-system-plan' });
      await loaded(el);
      expect(el.prompts.map((p) => p.promptId)).to.deep.equal(['pool-effort', 'shared-system-plan']);
      expect(t.warnings).to.deep.equal([
        '[nhs-briefing-widgets] <nhs-prompt-set>: ids: no prompt "open-entry-routes" at level system',
      ]);
    });

    it('follows a change of ids', async () => {
      const el = await feedSet({ ids: 'pool-effort' });
      await loaded(el);
      el.ids = 'measure-what-matters,pool-effort';
      await el.updateComplete;
      expect(el.prompts.map((p) => p.promptId)).to.deep.equal(['measure-what-matters', 'pool-effort']);
    });

    it('shows a polite message and keeps its children when the feed fails', async () => {
      const el = await fixture<NhsPromptSet>(html`
        <nhs-prompt-set src="test/fixtures/no-such-feed.json" set-id="ps-error" notes>
          <nhs-briefing-prompt prompt-id="kept" question="Still here?" level="system"></nhs-briefing-prompt>
        </nhs-prompt-set>
      `);
      await waitUntil(() => $(el, '[part="message"][role="status"]'), 'no error message', { timeout: 4000 });
      expect($(el, '[part="message"]')!.textContent).to.equal(
        'Sorry, this content is not available at the moment. Please try again later.',
      );
      expect(questions(el)).to.deep.equal(['Still here?']);
      expect($<HTMLSlotElement>(el, 'slot')!.assignedElements()).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  });

  describe('from `items`', () => {
    it('shows valid items, skips broken ones and tells the author', async () => {
      const el = await fixture<NhsPromptSet>(html`<nhs-prompt-set
        .items=${
          [
            { id: 'a', question: 'First?', level: 'system' },
            { id: 'b', question: 'Second?', level: 'everywhere' },
          ] as never
        }
      ></nhs-prompt-set>`);
      await el.updateComplete;
      expect(questions(el)).to.deep.equal(['First?']);
      expect(t.warnings).to.deep.equal([
        '[nhs-briefing-widgets] <nhs-prompt-set>.items[1].level: expected one of "organisation", "system", got "everywhere" — this item was skipped',
      ]);
    });

    it("offers every part of each prompt it draws with the item- prefix, apart from the set's own", async () => {
      const [item] = feedPrompts();
      const el = await fixture<NhsPromptSet>(
        html`<nhs-prompt-set heading="Questions" set-id="ps-parts" notes .items=${[item]}></nhs-prompt-set>`,
      );
      const [prompt] = el.prompts;
      await prompt.updateComplete;
      // Every part the prompt draws (with notes and steps, it draws them all).
      const drawn = [...prompt.shadowRoot!.querySelectorAll('[part]')].flatMap((e) =>
        e.getAttribute('part')!.split(' '),
      );
      expect(drawn).to.have.length(10);
      const exported = prompt
        .getAttribute('exportparts')!
        .split(',')
        .map((pair) => pair.trim().split(':'));
      expect(exported).to.deep.equal(drawn.map((part) => [part, `item-${part}`]));

      const style = document.createElement('style');
      style.textContent =
        'nhs-prompt-set::part(heading) { color: rgb(1, 2, 3); } nhs-prompt-set::part(item-heading) { color: rgb(4, 5, 6); }';
      document.head.append(style);
      try {
        expect(getComputedStyle($(el, '[part="heading"]')!).color).to.equal('rgb(1, 2, 3)');
        expect(getComputedStyle(prompt.shadowRoot!.querySelector('[part="heading"]')!).color).to.equal('rgb(4, 5, 6)');
      } finally {
        style.remove();
      }
    });

    it('says so when there is nothing to show', async () => {
      const el = await fixture<NhsPromptSet>(html`<nhs-prompt-set .items=${[]}></nhs-prompt-set>`);
      expect($(el, '[part="message"]')!.textContent).to.equal('There is nothing to show here yet.');
    });
  });

  describe('Download my notes', () => {
    const originalClick = HTMLAnchorElement.prototype.click;
    afterEach(() => {
      HTMLAnchorElement.prototype.click = originalClick;
    });

    it('downloads a Markdown file: the heading, the date, each question with its notes', async () => {
      localStorage.setItem(notesKey('ps-board', 'missing'), 'Map postcodes.\nShare with the board.');
      const el = await boardSet();
      let clicked: { href: string; download: string; connected: boolean } | undefined;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        clicked = { href: this.href, download: this.download, connected: this.isConnected };
      };
      button(el, 'Download my notes').click();
      const { href, ...link } = clicked!;
      expect(link).to.deep.equal({ download: 'questions-for-our-board.md', connected: true });
      expect($(el, 'a[download]')).to.equal(null);
      // What the browser saves: the link's media type and its text.
      const response = await fetch(href);
      expect(response.headers.get('content-type')).to.equal('text/markdown;charset=utf-8');
      expect(await response.text()).to.equal(
        '# Questions for our board\n\n' +
          `${formatDate(todayInLondon())}\n\n` +
          '## Who is missing from our workforce?\n\n' +
          'Map postcodes.\nShare with the board.\n\n' +
          '## What in our process screens people out?\n\n' +
          '_No notes._\n',
      );
    });
  });

  describe('notesMarkdown', () => {
    it('titles the document, flattens questions to one line and trims notes (a text box gives only \\n line endings)', () => {
      expect(
        notesMarkdown('  My   notes ', '1 December 2026', [
          { question: 'Two\nlines?', note: '  Two\nlines\n' },
          { question: 'Empty?', note: '   ' },
        ]),
      ).to.equal('# My notes\n\n1 December 2026\n\n## Two lines?\n\nTwo\nlines\n\n## Empty?\n\n_No notes._\n');
    });
  });

  describe('Copy my notes', () => {
    afterEach(() => {
      delete (navigator.clipboard as unknown as Record<string, unknown>).writeText;
    });

    it('copies the same Markdown and says so politely', async () => {
      const el = await boardSet();
      let copied = '';
      navigator.clipboard.writeText = async (text: string) => {
        copied = text;
      };
      button(el, 'Copy my notes').click();
      await waitUntil(() => status(el) !== '');
      expect(copied).to.equal(el.markdown());
      expect(copied).to.contain('## Who is missing from our workforce?\n\n_No notes._');
      expect(status(el)).to.equal('Your notes have been copied.');
      expect($(el, '[part="status"]')!.getAttribute('role')).to.equal('status');
    });

    it('offers the download instead when there is no clipboard (a page not served over https)', async () => {
      const el = await boardSet();
      Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
      try {
        button(el, 'Copy my notes').click();
        await waitUntil(() => status(el) !== '');
        expect(status(el)).to.equal('Your browser did not allow copying. Use "Download my notes" instead.');
      } finally {
        delete (navigator as unknown as Record<string, unknown>).clipboard;
      }
    });

    it('offers the download instead when the browser refuses', async () => {
      const el = await boardSet();
      navigator.clipboard.writeText = () =>
        Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
      button(el, 'Copy my notes').click();
      await waitUntil(() => status(el) !== '');
      expect(status(el)).to.equal('Your browser did not allow copying. Use "Download my notes" instead.');
    });
  });

  describe('Print my notes', () => {
    const originalPrint = window.print;
    afterEach(async () => {
      window.print = originalPrint;
      await emulateMedia({ media: 'screen' });
    });

    it("opens the browser's print dialog", async () => {
      const el = await boardSet();
      let printed = 0;
      window.print = () => void printed++;
      button(el, 'Print my notes').click();
      expect(printed).to.equal(1);
    });

    it('prints the questions and notes, without buttons or progress', async () => {
      localStorage.setItem(notesKey('ps-board', 'missing'), 'Printed note');
      const el = await boardSet();
      await emulateMedia({ media: 'print' });
      expect(buttons(el)).to.have.length(4);
      for (const b of buttons(el)) expect(getComputedStyle(b).display).to.equal('none');
      expect(getComputedStyle($(el, '[part="progress"]')!).display).to.equal('none');
      const first = el.prompts[0].shadowRoot!;
      expect(getComputedStyle(first.querySelector('[part="heading"]')!).display).to.equal('block');
      const note = first.querySelector<HTMLElement>('[part="print-note"]')!;
      expect(getComputedStyle(note).display).to.equal('block');
      expect(note.innerText).to.equal('Printed note');
      expect(getComputedStyle(first.querySelector('textarea')!).display).to.equal('none');
    });
  });

  describe('Clear all notes', () => {
    it('asks first, with focus on Cancel; Enter there cancels and puts focus back on the button', async () => {
      localStorage.setItem(notesKey('ps-board', 'missing'), 'Keep me');
      const el = await boardSet();
      await openClear(el);
      const confirm = $(el, '[part="confirm"]')!;
      expect(confirm.getAttribute('role')).to.equal('group');
      expect($(el, '#ask')!.textContent).to.equal('Clear all your notes on these prompts? You cannot undo this.');
      expect(confirm.getAttribute('aria-labelledby')).to.equal('ask');
      expect(focused(el)?.textContent!.trim()).to.equal('Cancel');
      expect(buttons(el).map((b) => b.textContent!.trim())).to.deep.equal(['Yes, clear my notes', 'Cancel']);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect($(el, '[part="confirm"]')).to.equal(null);
      expect(focused(el)?.textContent!.trim()).to.equal('Clear all notes');
      expect(localStorage.getItem(notesKey('ps-board', 'missing'))).to.equal('Keep me');
    });

    it('Escape cancels the question and puts focus back on the button', async () => {
      localStorage.setItem(notesKey('ps-board', 'missing'), 'Keep me');
      const el = await boardSet();
      await openClear(el);
      expect($(el, '[part="confirm"]') !== null, 'the question is asked').to.be.true;
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      // A boolean, not the element: a failing chai assertion on an element can hang the page.
      expect($(el, '[part="confirm"]') === null, 'the question is gone').to.be.true;
      expect(focused(el)?.textContent!.trim()).to.equal('Clear all notes');
      expect(localStorage.getItem(notesKey('ps-board', 'missing'))).to.equal('Keep me');
    });

    it('Cancel keeps the notes and puts focus back', async () => {
      localStorage.setItem(notesKey('ps-board', 'missing'), 'Keep me');
      const el = await boardSet();
      button(el, 'Clear all notes').click();
      await el.updateComplete;
      button(el, 'Cancel').click();
      await el.updateComplete;
      expect(focused(el)?.textContent!.trim()).to.equal('Clear all notes');
      expect(el.prompts[0].note).to.equal('Keep me');
    });

    it('clears every note from the boxes and the device when confirmed with the keyboard, then says so', async () => {
      localStorage.setItem(notesKey('ps-board', 'missing'), 'One');
      localStorage.setItem(notesKey('ps-board', 'barriers'), 'Two');
      localStorage.setItem(notesKey('ps-other', 'missing'), 'Another set');
      const el = await boardSet();
      expect(progress(el)).to.equal('2 of 2 prompts have notes');
      await openClear(el);
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(focused(el)?.textContent!.trim()).to.equal('Yes, clear my notes');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => status(el) !== '');
      expect(status(el)).to.equal('Your notes have been cleared.');
      expect(focused(el)?.textContent!.trim()).to.equal('Clear all notes');
      expect(el.prompts.map((p) => p.shadowRoot!.querySelector('textarea')!.value)).to.deep.equal(['', '']);
      // One announcement, not one "Saved on this device" per prompt as well.
      expect(
        el.prompts.map((p) => p.shadowRoot!.querySelector('[part="notes-status"]')!.textContent!.trim()),
      ).to.deep.equal(['', '']);
      expect(localStorage.getItem(notesKey('ps-board', 'missing'))).to.equal(null);
      expect(localStorage.getItem(notesKey('ps-board', 'barriers'))).to.equal(null);
      expect(localStorage.getItem(notesKey('ps-other', 'missing'))).to.equal('Another set');
      await waitUntil(() => progress(el) === '0 of 2 prompts have notes', 'progress did not follow');
    });
  });

  describe('Accessibility', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('passes axe as a reading list', async () => {
      await expect(await boardSet(false)).to.be.accessible();
    });

    it('passes axe with notes, and while asking to clear', async () => {
      const el = await boardSet();
      await expect(el).to.be.accessible();
      button(el, 'Clear all notes').click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('passes axe with the whole feed', async () => {
      const el = await feedSet();
      await loaded(el);
      await expect(el).to.be.accessible();
    });

    it('fits 320 px without scrolling sideways', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await boardSet();
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      expect(buttons(el)).to.have.length(4);
      for (const b of buttons(el)) expect(b.getBoundingClientRect().right).to.be.at.most(320);
    });
  });

  describe('Bad input', () => {
    it('shows every level when `level` is unknown, and tells the author', async () => {
      const el = await feedSet({ level: 'national' });
      await loaded(el);
      expect(el.prompts).to.have.length(feedPrompts().length);
      expect(t.warnings).to.include(
        '[nhs-briefing-widgets] <nhs-prompt-set>: level should be "organisation" or "system", got "national"; showing every level',
      );
    });

    it('copes with items that are not a list', async () => {
      const el = await fixture<NhsPromptSet>(html`<nhs-prompt-set .items=${'nonsense' as never}></nhs-prompt-set>`);
      expect(el.prompts).to.have.length(0);
      expect(t.warnings[0]).to.contain('<nhs-prompt-set>.items: expected a list');
    });
  });
});
