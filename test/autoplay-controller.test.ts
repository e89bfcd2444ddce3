import { fixture, expect, html, aTimeout, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendMouse, resetMouse } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { AutoplayController } from '../src/case-studies/autoplay-controller.js';

/** A host with a Pause/Play button (`.rotation`) and another control, counting the controller's steps and its own updates. */
class AutoplayProbe extends LitElement {
  autoplay = true;
  interval = 1;
  /** What `can()` answers: whether there is anything to rotate to. */
  can = true;
  steps = 0;
  updates = 0;
  rotation = new AutoplayController(
    this,
    () => this.steps++,
    () => this.can,
  );

  override updated(): void {
    this.updates++;
  }

  override render() {
    return html`<button class="rotation">Pause</button> <button class="other">Next</button>`;
  }
}
customElements.define('autoplay-probe', AutoplayProbe);

const probe = (props: Partial<Pick<AutoplayProbe, 'autoplay' | 'interval' | 'can'>> = {}) =>
  fixture<AutoplayProbe>(
    html`<autoplay-probe .autoplay=${props.autoplay ?? true} .interval=${props.interval ?? 1} .can=${props.can ?? true}></autoplay-probe>`,
  );
const button = (el: AutoplayProbe, name: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`.${name}`)!;

describe('AutoplayController', () => {
  afterEach(async () => {
    await resetMouse();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('steps every `interval` seconds, at least 1, while it can', async () => {
    const el = await probe({ interval: 0.2 });
    expect(el.rotation.on).to.equal(true);
    expect(el.rotation.rotating).to.equal(true);
    // Timers may fire late on a busy machine, never early.
    await aTimeout(900);
    expect(el.steps).to.equal(0);
    await waitUntil(() => el.steps === 1, 'never stepped', { timeout: 3000 });
  });

  it('does nothing without `autoplay`', async () => {
    const el = await probe({ autoplay: false });
    expect(el.rotation.on).to.equal(false);
    expect(el.rotation.rotating).to.equal(false);
    await aTimeout(1300);
    expect(el.steps).to.equal(0);
  });

  it('does not rotate when there is nothing to rotate to, but still offers Pause/Play', async () => {
    const el = await probe({ can: false });
    expect(el.rotation.on).to.equal(true);
    expect(el.rotation.rotating).to.equal(false);
    await aTimeout(1300);
    expect(el.steps).to.equal(0);
  });

  it('pauses while focus is inside the host, except on its Pause/Play button', async () => {
    const el = await probe();
    button(el, 'other').focus();
    el.rotation.refresh();
    await el.updateComplete;
    expect(el.rotation.rotating).to.equal(false);
    await aTimeout(1300);
    expect(el.steps).to.equal(0);
    button(el, 'rotation').focus();
    el.rotation.refresh();
    await el.updateComplete;
    expect(el.rotation.rotating).to.equal(true);
    await waitUntil(() => el.steps === 1, 'never stepped with focus on Pause/Play', { timeout: 3000 });
  });

  it('pauses while the pointer is over the host', async () => {
    const el = await probe();
    const box = el.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + 5), Math.round(box.y + 5)] });
    el.rotation.refresh();
    await el.updateComplete;
    expect(el.rotation.rotating).to.equal(false);
    await aTimeout(1300);
    expect(el.steps).to.equal(0);
    await resetMouse();
    el.rotation.refresh();
    await el.updateComplete;
    expect(el.rotation.rotating).to.equal(true);
  });

  it('stop() stops for good and updates the host; stop(false) starts again', async () => {
    const el = await probe();
    const updates = el.updates;
    el.rotation.stop();
    await el.updateComplete;
    expect(el.updates).to.equal(updates + 1);
    expect(el.rotation.stopped).to.equal(true);
    expect(el.rotation.rotating).to.equal(false);
    await aTimeout(1300);
    expect(el.steps).to.equal(0);
    el.rotation.stop(false);
    await el.updateComplete;
    expect(el.rotation.stopped).to.equal(false);
    await waitUntil(() => el.steps === 1, 'never stepped after stop(false)', { timeout: 3000 });
  });

  it('never rotates under prefers-reduced-motion, and is not on', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await probe();
    expect(el.rotation.on).to.equal(false);
    expect(el.rotation.rotating).to.equal(false);
    await aTimeout(1300);
    expect(el.steps).to.equal(0);
  });

  it('updates the host when the reader turns on reduced motion, and stops', async () => {
    const el = await probe();
    const updates = el.updates;
    await emulateMedia({ reducedMotion: 'reduce' });
    // The media change reaches the page as an event some time later.
    await waitUntil(() => el.updates > updates, 'the host was never updated', { timeout: 3000 });
    expect(el.rotation.on).to.equal(false);
    const steps = el.steps;
    await aTimeout(1300);
    expect(el.steps).to.equal(steps);
  });

  it('stops its timer when the host leaves the page, and starts again when it is put back', async () => {
    const el = await probe();
    const parent = el.parentElement!;
    el.remove();
    await aTimeout(1300);
    expect(el.steps).to.equal(0);
    parent.append(el);
    await waitUntil(() => el.steps === 1, 'never stepped once back in the page', { timeout: 3000 });
  });
});
