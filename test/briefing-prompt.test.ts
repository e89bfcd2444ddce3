import { fixture, expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys, emulateMedia, setViewport } from '@web/test-runner-commands';
import '../src/prompts/briefing-prompt.js';
import type { NhsBriefingPrompt } from '../src/prompts/briefing-prompt.js';
import { notesKey } from '../src/prompts/notes-controller.js';
import { eachPromptTest } from './helpers/prompts.js';
import { setStrings, resetStrings } from '../src/shared/strings.js';

const QUESTION = 'Where does our own recruitment process screen out the people we most want to reach?';
const KEY = notesKey('bp', 'barriers');
/** The element saves this long after typing stops. */
const SAVE_DELAY = 500;

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const textarea = (el: Element) => $<HTMLTextAreaElement>(el, 'textarea')!;
const statusText = (el: Element) => $(el, '[part="notes-status"]')!.textContent!.trim();
/** The accessible name aria-labelledby gives an element. */
const labelledBy = (el: Element, target: Element) =>
  target
    .getAttribute('aria-labelledby')!
    .split(' ')
    .map((id) => el.shadowRoot!.getElementById(id)!.textContent!.trim())
    .join(' ');

const prompt = (notes = false) =>
  fixture<NhsBriefingPrompt>(html`
  <nhs-briefing-prompt prompt-id="barriers" set-id="bp" question=${QUESTION} level="organisation" ?notes=${notes}>
    <p>Long lists of essential criteria cost candidates.</p>
    <ul slot="actions">
      <li><a href="https://www.nhsemployers.org/inspire-attract-and-recruit">Review job descriptions</a></li>
    </ul>
  </nhs-briefing-prompt>
`);

async function type(el: NhsBriefingPrompt, text: string) {
  textarea(el).focus();
  await sendKeys({ type: text });
}

describe('<nhs-briefing-prompt>', () => {
  const t = eachPromptTest('nhs-briefing-widgets:notes:bp:');
  const originalSetItem = Storage.prototype.setItem;

  afterEach(() => {
    Storage.prototype.setItem = originalSetItem;
    resetStrings();
  });

  describe('as a card', () => {
    it('shows the question as a level-3 heading, the level as a tag, the context and the steps', async () => {
      const el = await prompt();
      const headings = el.shadowRoot!.querySelectorAll('h3, h4');
      expect([...headings].map((h) => [h.localName, h.textContent!.trim()])).to.deep.equal([
        ['h3', QUESTION],
        ['h4', 'Get started'],
      ]);
      expect($(el, '[part="level-tag"]')!.textContent).to.equal('Organisation');
      const slots = [...el.shadowRoot!.querySelectorAll('slot')];
      expect(slots.map((s) => s.assignedElements().map((e) => e.textContent!.trim()))).to.deep.equal([
        ['Long lists of essential criteria cost candidates.'],
        ['Review job descriptions'],
      ]);
      expect($(el, '[part="steps"]')!.hidden).to.equal(false);
      expect($(el, 'article')!.getAttribute('aria-labelledby')).to.equal('heading');
    });

    it('follows heading-level, within 2 to 6', async () => {
      const el = await fixture<NhsBriefingPrompt>(
        html`<nhs-briefing-prompt question="Q?" heading-level="2"></nhs-briefing-prompt>`,
      );
      expect($(el, '[part="heading"]')!.localName).to.equal('h2');
      el.setAttribute('heading-level', '9');
      await el.updateComplete;
      expect($(el, '[part="heading"]')!.localName).to.equal('h6');
      expect($(el, '[part="steps-heading"]')!.localName).to.equal('h6');
    });

    it('shows "System" for the system level', async () => {
      const el = await fixture<NhsBriefingPrompt>(
        html`<nhs-briefing-prompt question="Q?" level="system"></nhs-briefing-prompt>`,
      );
      expect($(el, '[part="level-tag"]')!.textContent).to.equal('System');
    });

    it('hides "Get started" when there are no steps', async () => {
      const el = await fixture<NhsBriefingPrompt>(
        html`<nhs-briefing-prompt question="Q?"><p>Context</p></nhs-briefing-prompt>`,
      );
      expect($(el, '[part="steps"]')!.hidden).to.equal(true);
      expect(getComputedStyle($(el, '[part="steps"]')!).display).to.equal('none');
    });

    it('takes a whole feed item as `item`, rendering its text as text and keeping only safe links', async () => {
      const el = await fixture<NhsBriefingPrompt>(html`<nhs-briefing-prompt
        question="Replaced"
        .item=${{
          id: 'from-data',
          question: 'From data?',
          level: 'system',
          context: '<b>Not bold</b>',
          actions: [
            { text: 'Read the guide', href: 'https://example.org/guide' },
            { text: 'Ask your board' },
            { text: 'Bad link', href: 'javascript:alert(1)' },
          ],
        }}
      ><p>Slotted context, not shown</p></nhs-briefing-prompt>`);
      expect([el.promptId, el.question, el.level]).to.deep.equal(['from-data', 'From data?', 'system']);
      expect($(el, '[part="heading"]')!.textContent).to.equal('From data?');
      expect($(el, '[part="level-tag"]')!.textContent).to.equal('System');
      expect($(el, '[part="why"]')!.textContent!.trim()).to.equal('<b>Not bold</b>');
      expect($(el, '[part="why"] b')).to.equal(null);
      expect($(el, '[part="why"] slot')).to.equal(null);
      const items = [...el.shadowRoot!.querySelectorAll('[part="steps"] li')];
      expect(items.map((li) => li.textContent!.trim())).to.deep.equal(['Read the guide', 'Ask your board', 'Bad link']);
      expect(items.map((li) => li.querySelector('a')?.getAttribute('href') ?? null)).to.deep.equal([
        'https://example.org/guide',
        null,
        null,
      ]);
      expect(t.warnings).to.deep.equal([
        '[nhs-briefing-widgets] <nhs-briefing-prompt>.item.actions[2].href: the link "javascript:alert(1)" is not allowed: only http, https, mailto, tel and relative links are — this field was ignored',
      ]);
    });

    it('hides "Get started" for an `item` without actions', async () => {
      const el = await fixture<NhsBriefingPrompt>(html`<nhs-briefing-prompt
        .item=${{ id: 'a', question: 'Q?', level: 'system' }}
      ><ul slot="actions"><li>Not shown</li></ul></nhs-briefing-prompt>`);
      expect($(el, '[part="steps"]')!.hidden).to.equal(true);
      expect($(el, '[part="why"]')!.textContent!.trim()).to.equal('');
    });

    it("uses the page's strings", async () => {
      const el = await prompt();
      setStrings({ getStarted: 'First steps', promptLevels: { organisation: 'Trust' } });
      await el.updateComplete;
      expect($(el, '[part="steps-heading"]')!.textContent!.trim()).to.equal('First steps');
      expect($(el, '[part="level-tag"]')!.textContent).to.equal('Trust');
    });

    it('has no notes box without `notes`', async () => {
      const el = await prompt();
      expect($(el, 'textarea')).to.equal(null);
    });
  });

  describe('when `notes` is set', () => {
    it('shows a box labelled with "Your notes" and the question, and a line saying notes stay on the device', async () => {
      const el = await prompt(true);
      const box = textarea(el);
      expect(labelledBy(el, box)).to.equal(`Your notes ${QUESTION}`);
      expect($<HTMLLabelElement>(el, 'label')!.htmlFor).to.equal('notes');
      const hint = $(el, '#notes-hint')!;
      expect(hint.textContent).to.equal('Your notes are kept on this device only. They are never sent anywhere.');
      expect(hint.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(box.getAttribute('aria-describedby')).to.equal('notes-hint notes-status');
      expect(statusText(el)).to.equal('');
    });

    it('saves typing on the device once typing pauses, says so politely, and fires nhs-note-change once', async () => {
      const el = await prompt(true);
      const clock = t.fakeTimeouts();
      const events: Array<{ promptId: string; text: string }> = [];
      el.addEventListener('nhs-note-change', (e) => events.push(e.detail));
      await type(el, 'Criteria lists');
      await clock.tickAsync(SAVE_DELAY - 1);
      expect(localStorage.getItem(KEY)).to.equal(null);
      expect(events).to.deep.equal([]);
      await clock.tickAsync(1);
      await el.updateComplete;
      expect(localStorage.getItem(KEY)).to.equal('Criteria lists');
      expect(statusText(el)).to.equal('Saved on this device');
      expect($(el, '[part="notes-status"]')!.getAttribute('role')).to.equal('status');
      expect(events).to.deep.equal([{ promptId: 'barriers', text: 'Criteria lists' }]);
      expect(el.note).to.equal('Criteria lists');
    });

    it('waits for typing to pause: each key starts the wait again', async () => {
      const el = await prompt(true);
      const clock = t.fakeTimeouts();
      await type(el, 'A');
      await clock.tickAsync(SAVE_DELAY - 100);
      await type(el, 'B');
      await clock.tickAsync(SAVE_DELAY - 100);
      expect(localStorage.getItem(KEY)).to.equal(null);
      await clock.tickAsync(100);
      expect(localStorage.getItem(KEY)).to.equal('AB');
    });

    it('fires a composed, bubbling event', async () => {
      const el = await prompt(true);
      const clock = t.fakeTimeouts();
      const heard = oneEvent(document, 'nhs-note-change');
      await type(el, 'x');
      await clock.tickAsync(SAVE_DELAY);
      const event = await heard;
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('saves at once when the box loses focus', async () => {
      const el = await prompt(true);
      await type(el, 'Tab away');
      await sendKeys({ press: 'Tab' });
      expect(localStorage.getItem(KEY)).to.equal('Tab away');
    });

    it('saves at once when the page is hidden', async () => {
      const el = await prompt(true);
      await type(el, 'Closing the tab');
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      expect(localStorage.getItem(KEY)).to.equal('Closing the tab');
    });

    it('restores a saved note, without firing an event', async () => {
      localStorage.setItem(KEY, 'From yesterday');
      const clock = t.fakeTimeouts();
      let fired = 0;
      const count = () => fired++;
      document.addEventListener('nhs-note-change', count);
      try {
        const el = await prompt(true);
        expect(textarea(el).value).to.equal('From yesterday');
        await clock.tickAsync(SAVE_DELAY * 2);
        expect(fired).to.equal(0);
        expect(statusText(el)).to.equal('');
      } finally {
        document.removeEventListener('nhs-note-change', count);
      }
    });

    it('keeps notes apart by set-id', async () => {
      localStorage.setItem(notesKey('bp-workshop', 'barriers'), 'Workshop note');
      const el = await prompt(true);
      expect(textarea(el).value).to.equal('');
      el.setId = 'bp-workshop';
      await el.updateComplete;
      expect(textarea(el).value).to.equal('Workshop note');
    });

    it('stays in step with another tab', async () => {
      const el = await prompt(true);
      const heard = oneEvent(el, 'nhs-note-change');
      window.dispatchEvent(
        new StorageEvent('storage', { key: KEY, newValue: 'From the other tab', storageArea: localStorage }),
      );
      expect((await heard).detail).to.deep.equal({ promptId: 'barriers', text: 'From the other tab' });
      await el.updateComplete;
      expect(textarea(el).value).to.equal('From the other tab');
    });

    it('can be cleared', async () => {
      localStorage.setItem(KEY, 'Old');
      const el = await prompt(true);
      el.clearNote();
      await el.updateComplete;
      expect(textarea(el).value).to.equal('');
      expect(localStorage.getItem(KEY)).to.equal(null);
    });
  });

  describe('when the device will not keep notes', () => {
    it('keeps what was typed and says it will be lost, when setItem throws', async () => {
      Storage.prototype.setItem = () => {
        throw new DOMException('denied', 'SecurityError');
      };
      const el = await prompt(true);
      await type(el, 'Do not lose me');
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(textarea(el).value).to.equal('Do not lose me');
      expect(statusText(el)).to.equal(
        'This device cannot keep your notes, so they will be lost when you close this page.',
      );
      expect(t.warnings.some((w) => w.includes('notes cannot be kept on this device (SecurityError: '))).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('keeps what was typed when the quota is full', async () => {
      const el = await prompt(true);
      const clock = t.fakeTimeouts();
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      await type(el, 'A long reflection');
      await clock.tickAsync(SAVE_DELAY);
      await el.updateComplete;
      expect(textarea(el).value).to.equal('A long reflection');
      expect(statusText(el)).to.contain('will be lost');
      // Typing on does not lose anything either.
      await type(el, ', continued');
      expect(textarea(el).value).to.equal('A long reflection, continued');
      expect(el.note).to.equal('A long reflection, continued');
      expect(
        t.warnings.some((w) => w.includes('notes cannot be kept on this device (QuotaExceededError: full)')),
      ).to.equal(true);
    });
  });

  describe('Keyboard', () => {
    it("reaches the steps' links and then the notes box with Tab", async () => {
      const el = await prompt(true);
      const before = document.createElement('button');
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.textContent).to.equal('Review job descriptions');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(textarea(el));
      // The NHS.UK focus style: a yellow outline with a dark inner edge.
      const style = getComputedStyle(textarea(el));
      expect([style.outlineStyle, style.outlineWidth, style.outlineColor]).to.deep.equal([
        'solid',
        '4px',
        'rgb(255, 235, 59)',
      ]);
      expect(style.boxShadow).to.equal('rgb(33, 43, 50) 0px 0px 0px 2px inset');
      before.remove();
    });
  });

  describe('Print', () => {
    afterEach(() => emulateMedia({ media: 'screen' }));

    it('prints the note as text instead of the box, hint and status', async () => {
      localStorage.setItem(KEY, 'Line one\nLine two');
      const el = await prompt(true);
      const printed = $(el, '[part="print-note"]')!;
      expect(getComputedStyle(printed).display).to.equal('none');
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(printed).display).to.equal('block');
      expect(printed.innerText).to.equal('Line one\nLine two');
      for (const hidden of ['textarea', '#notes-hint', '#notes-status']) {
        expect(getComputedStyle($(el, hidden)!).display, hidden).to.equal('none');
      }
    });
  });

  describe('Accessibility', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('passes axe without notes', async () => {
      await expect(await prompt()).to.be.accessible();
    });

    it('passes axe with notes, saved', async () => {
      const el = await prompt(true);
      await type(el, 'Saved');
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(statusText(el)).to.equal('Saved on this device');
      await expect(el).to.be.accessible();
    });

    it('fits 320 px without scrolling sideways', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await prompt(true);
      const card = $(el, '[part="card"]')!;
      expect(card.scrollWidth).to.be.at.most(card.clientWidth);
      expect(el.getBoundingClientRect().right).to.be.at.most(320);
    });
  });

  describe('Bad input', () => {
    it('shows no tag for an unknown level and tells the author', async () => {
      const el = await fixture<NhsBriefingPrompt>(
        html`<nhs-briefing-prompt prompt-id="p" question="Q?" level="national"></nhs-briefing-prompt>`,
      );
      expect($(el, '[part="level-tag"]')).to.equal(null);
      expect(t.warnings).to.deep.equal([
        '[nhs-briefing-widgets] <nhs-briefing-prompt prompt-id="p">: level should be "organisation" or "system", got "national"; no level is shown',
      ]);
    });

    it('tells the author when the question is missing, keeping the slotted content', async () => {
      const el = await fixture<NhsBriefingPrompt>(
        html`<nhs-briefing-prompt prompt-id="p"><p>Context</p></nhs-briefing-prompt>`,
      );
      expect(t.warnings).to.deep.equal([
        '[nhs-briefing-widgets] <nhs-briefing-prompt prompt-id="p">: it needs a question',
      ]);
      expect($<HTMLSlotElement>(el, 'slot')!.assignedElements()[0].textContent).to.equal('Context');
    });

    it('without a prompt-id, keeps notes in the page only and says so', async () => {
      const el = await fixture<NhsBriefingPrompt>(
        html`<nhs-briefing-prompt question="Q?" notes></nhs-briefing-prompt>`,
      );
      expect(statusText(el)).to.contain('will be lost');
      expect(t.warnings).to.deep.equal([
        '[nhs-briefing-widgets] <nhs-briefing-prompt prompt-id="">: notes need a prompt-id to be kept on the device',
      ]);
      await type(el, 'Still works');
      expect(el.note).to.equal('Still works');
      expect(localStorage.getItem(notesKey('default', ''))).to.equal(null);
    });

    it('reports a broken `item` and keeps its attributes and slots', async () => {
      const el = await fixture<NhsBriefingPrompt>(html`<nhs-briefing-prompt
        prompt-id="kept"
        question="Kept?"
        .item=${{ question: ['a list'], level: 'system' } as never}
      ><p>Kept context</p></nhs-briefing-prompt>`);
      expect($(el, '[part="heading"]')!.textContent).to.equal('Kept?');
      expect($<HTMLSlotElement>(el, 'slot')!.assignedElements()[0].textContent).to.equal('Kept context');
      expect(t.warnings).to.deep.equal([
        '[nhs-briefing-widgets] <nhs-briefing-prompt>.item.id: this is required but is missing — this item was skipped',
        '[nhs-briefing-widgets] <nhs-briefing-prompt>.item.question: expected text, got a list — this item was skipped',
      ]);
    });

    it('takes `item = null` as no item, with nothing to report', async () => {
      const el = await fixture<NhsBriefingPrompt>(html`<nhs-briefing-prompt
        prompt-id="kept"
        question="Kept?"
        .item=${null as never}
      ><p>Kept context</p></nhs-briefing-prompt>`);
      expect($(el, '[part="heading"]')!.textContent).to.equal('Kept?');
      expect($<HTMLSlotElement>(el, 'slot')!.assignedElements()[0].textContent).to.equal('Kept context');
      expect(t.warnings).to.deep.equal([]);
    });
  });
});
