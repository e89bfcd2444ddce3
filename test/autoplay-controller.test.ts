import { fixture, expect, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import { LitElement } from 'lit';
import { AutoplayController } from '../src/case-studies/autoplay-controller.js';

/**
 * A host with two buttons, logging the controller's steps and its own
 * updates in the order they happen (as Lit's own controller tests do).
 */
class AutoplayProbe extends LitElement {
  autoplay = true;
  autoplayInterval = 2000;
  /** What `can()` answers: whether there is anything to rotate to. */
  can = true;
  log: string[] = [];
  rotation = new AutoplayController(
    this,
    () => this.log.push('step'),
    () => this.can,
  );

  override updated(): void {
    this.log.push('update');
  }

  override render() {
    return html`<button>Pause</button> <button>Next</button>`;
  }
}
customElements.define('autoplay-probe', AutoplayProbe);

type Props = Partial<Pick<AutoplayProbe, 'autoplay' | 'autoplayInterval' | 'can'>>;

/** A probe, its log emptied once it has rendered. */
async function probe({ autoplay = true, autoplayInterval = 2000, can = true }: Props = {}): Promise<AutoplayProbe> {
  const el = await fixture<AutoplayProbe>(
    html`<autoplay-probe .autoplay=${autoplay} .autoplayInterval=${autoplayInterval} .can=${can}></autoplay-probe>`,
  );
  el.log.length = 0;
  return el;
}

/** Shift+Tab, as a keyboard sends it. */
async function shiftTab(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

const buttons = (el: AutoplayProbe) => [...el.shadowRoot!.querySelectorAll('button')];
/** Lets pending updates run, and returns the log so far (emptying it). */
async function taken(el: AutoplayProbe): Promise<string[]> {
  await el.updateComplete;
  return el.log.splice(0);
}

describe('AutoplayController', () => {
  let clock: sinon.SinonFakeTimers;

  beforeEach(() => {
    clock = sinon.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  });

  afterEach(async () => {
    clock.restore();
    await resetMouse();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  describe('the timer', () => {
    it('steps every autoplayInterval milliseconds while it can', async () => {
      const el = await probe({ autoplayInterval: 2000 });
      expect(el.rotation.on).to.equal(true);
      expect(el.rotation.rotating).to.equal(true);
      await clock.tickAsync(1999);
      expect(await taken(el)).to.deep.equal([]);
      await clock.tickAsync(1);
      expect(await taken(el)).to.deep.equal(['step']);
      await clock.tickAsync(4000);
      expect(await taken(el)).to.deep.equal(['step', 'step']);
    });

    it('waits at least 1000 ms, and 6000 ms when the interval is not a number', async () => {
      const fast = await probe({ autoplayInterval: 200 });
      await clock.tickAsync(999);
      expect(await taken(fast)).to.deep.equal([]);
      await clock.tickAsync(1);
      expect(await taken(fast)).to.deep.equal(['step']);
      const unset = await probe({ autoplayInterval: NaN });
      await clock.tickAsync(5999);
      expect(await taken(unset)).to.deep.equal([]);
      await clock.tickAsync(1);
      expect(await taken(unset)).to.deep.equal(['step']);
    });

    it('starts afresh after every update of the host', async () => {
      const el = await probe();
      await clock.tickAsync(1500);
      el.requestUpdate();
      expect(await taken(el)).to.deep.equal(['update']);
      await clock.tickAsync(1500);
      expect(await taken(el)).to.deep.equal([]);
      await clock.tickAsync(500);
      expect(await taken(el)).to.deep.equal(['step']);
    });

    it('does nothing without autoplay', async () => {
      const el = await probe({ autoplay: false });
      expect(el.rotation.on).to.equal(false);
      expect(el.rotation.rotating).to.equal(false);
      await clock.tickAsync(10_000);
      expect(await taken(el)).to.deep.equal([]);
    });

    it('does not rotate when there is nothing to rotate to, but is still on', async () => {
      const el = await probe({ can: false });
      expect(el.rotation.on).to.equal(true);
      expect(el.rotation.rotating).to.equal(false);
      await clock.tickAsync(10_000);
      expect(await taken(el)).to.deep.equal([]);
    });
  });

  describe('play() and pause()', () => {
    it('pause() stops until play(), each updating the host once', async () => {
      const el = await probe();
      el.rotation.pause();
      expect(await taken(el)).to.deep.equal(['update']);
      expect(el.rotation.paused).to.equal(true);
      expect(el.rotation.rotating).to.equal(false);
      await clock.tickAsync(10_000);
      expect(await taken(el)).to.deep.equal([]);
      el.rotation.play();
      expect(await taken(el)).to.deep.equal(['update']);
      expect(el.rotation.paused).to.equal(false);
      await clock.tickAsync(2000);
      expect(await taken(el)).to.deep.equal(['step']);
    });
  });

  describe('its own listeners on the host', () => {
    it('waits while the pointer is over the host, and goes on when it leaves', async () => {
      const el = await probe();
      const box = el.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(box.x + 5), Math.round(box.y + 5)] });
      expect(await taken(el)).to.deep.equal(['update']);
      expect(el.rotation.rotating).to.equal(false);
      expect(el.rotation.paused, 'hovering only waits').to.equal(false);
      await clock.tickAsync(10_000);
      expect(await taken(el)).to.deep.equal([]);
      await resetMouse();
      expect(await taken(el)).to.deep.equal(['update']);
      await clock.tickAsync(2000);
      expect(await taken(el)).to.deep.equal(['step']);
    });

    it('stops when keyboard focus arrives, Play starts it with focus still inside, and leaving never restarts it', async () => {
      const el = await probe();
      const before = document.createElement('button');
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(buttons(el)[0]);
      expect(await taken(el)).to.deep.equal(['update']);
      expect(el.rotation.paused).to.equal(true);
      await clock.tickAsync(10_000);
      expect(await taken(el)).to.deep.equal([]);
      // Play, focus still on the button.
      el.rotation.play();
      expect(await taken(el)).to.deep.equal(['update']);
      await clock.tickAsync(2000);
      expect(await taken(el)).to.deep.equal(['step']);
      // Moving on within it is not arriving: rotation goes on.
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(buttons(el)[1]);
      expect(el.rotation.paused).to.equal(false);
      // Arriving again stops it, and leaving does not start it again.
      await shiftTab();
      await shiftTab();
      expect(document.activeElement).to.equal(before);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(buttons(el)[0]);
      expect(el.rotation.paused).to.equal(true);
      el.log.length = 0;
      await shiftTab();
      before.remove();
      expect(el.rotation.paused).to.equal(true);
      await clock.tickAsync(10_000);
      expect(await taken(el)).to.deep.equal([]);
    });

    it('leaves focus that follows a click to the click (a click on Pause/Play toggles once)', async () => {
      const el = await probe();
      const box = buttons(el)[1].getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.x + 5), Math.round(box.y + 5)] });
      expect(el.shadowRoot!.activeElement).to.equal(buttons(el)[1]);
      expect(el.rotation.paused).to.equal(false);
    });

    it('removes its listeners when the host leaves the page, stops its timer, and starts again when put back', async () => {
      const el = await probe();
      const parent = el.parentElement!;
      el.remove();
      el.dispatchEvent(new PointerEvent('pointerenter'));
      await clock.tickAsync(10_000);
      expect(await taken(el)).to.deep.equal([]);
      parent.append(el);
      expect(await taken(el)).to.deep.equal(['update']);
      expect(el.rotation.rotating, 'the pointer event while out of the page was not heard').to.equal(true);
      await clock.tickAsync(2000);
      expect(await taken(el)).to.deep.equal(['step']);
      el.dispatchEvent(new PointerEvent('pointerenter'));
      expect(await taken(el)).to.deep.equal(['update']);
      expect(el.rotation.rotating).to.equal(false);
    });
  });

  describe('prefers-reduced-motion', () => {
    it('never rotates, and is not on', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await probe();
      expect(el.rotation.on).to.equal(false);
      expect(el.rotation.rotating).to.equal(false);
      await clock.tickAsync(10_000);
      expect(await taken(el)).to.deep.equal([]);
    });

    it('updates the host when the reader turns it on, and stops', async () => {
      const el = await probe();
      const changed = new Promise((resolve) =>
        matchMedia('(prefers-reduced-motion: reduce)').addEventListener('change', resolve, { once: true }),
      );
      await emulateMedia({ reducedMotion: 'reduce' });
      await changed;
      expect(await taken(el)).to.deep.equal(['update']);
      expect(el.rotation.on).to.equal(false);
      await clock.tickAsync(10_000);
      expect(await taken(el)).to.deep.equal([]);
    });
  });
});
