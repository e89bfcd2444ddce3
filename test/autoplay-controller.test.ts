import { expect, fixture, html, aTimeout } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { AutoplayController } from '../src/case-study/autoplay-controller.js';

class AutoplayHost extends LitElement {
  ticks = 0;
  renders = 0;
  autoplay = new AutoplayController(
    this,
    () => this.ticks++,
    'button',
  );
  override render() {
    this.renders++;
    return html`<button>Pause</button><a href="#x">link</a>`;
  }
}
customElements.define('autoplay-host', AutoplayHost);

async function host(enabled = true): Promise<AutoplayHost> {
  const el = await fixture<AutoplayHost>(html`<autoplay-host></autoplay-host>`);
  el.autoplay.interval = 50;
  el.autoplay.enabled = enabled;
  el.requestUpdate();
  await el.updateComplete;
  return el;
}

describe('AutoplayController', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('does nothing unless enabled', async () => {
    const el = await host(false);
    await aTimeout(180);
    expect(el.autoplay.rotating).to.be.false;
    expect(el.ticks).to.equal(0);
  });

  it('ticks every interval while enabled, and tells the host when rotating starts', async () => {
    const el = await host();
    expect(el.autoplay.rotating).to.be.true;
    await aTimeout(180);
    expect(el.ticks).to.be.within(2, 4);
    expect(el.renders).to.be.at.least(2);
  });

  it('pauses on pointer over the host and resumes when it leaves', async () => {
    const el = await host();
    el.dispatchEvent(new PointerEvent('pointerenter'));
    expect(el.autoplay.rotating).to.be.false;
    const ticks = el.ticks;
    await aTimeout(150);
    expect(el.ticks).to.equal(ticks);
    el.dispatchEvent(new PointerEvent('pointerleave'));
    await aTimeout(150);
    expect(el.ticks).to.be.greaterThan(ticks);
  });

  it('pauses while focus is inside, even moving within the shadow root, but not on the exempt element', async () => {
    const el = await host();
    const link = el.shadowRoot!.querySelector('a')!;
    const button = el.shadowRoot!.querySelector('button')!;
    link.focus();
    expect(el.autoplay.rotating).to.be.false;
    button.focus();
    expect(el.autoplay.rotating).to.be.true;
    link.focus();
    expect(el.autoplay.rotating).to.be.false;
    link.blur();
    expect(el.autoplay.rotating).to.be.true;
  });

  it('stays stopped after stop() until play(), whatever the pointer does', async () => {
    const el = await host();
    el.autoplay.stop();
    el.dispatchEvent(new PointerEvent('pointerenter'));
    el.dispatchEvent(new PointerEvent('pointerleave'));
    const ticks = el.ticks;
    await aTimeout(150);
    expect(el.ticks).to.equal(ticks);
    el.autoplay.play();
    await aTimeout(150);
    expect(el.ticks).to.be.greaterThan(ticks);
  });

  it('never rotates under prefers-reduced-motion, and notices the setting change', async () => {
    const el = await host();
    await emulateMedia({ reducedMotion: 'reduce' });
    await aTimeout(20);
    expect(el.autoplay.reducedMotion).to.be.true;
    expect(el.autoplay.rotating).to.be.false;
    const ticks = el.ticks;
    await aTimeout(150);
    expect(el.ticks).to.equal(ticks);
  });

  it('stops its timer when the host leaves the page', async () => {
    const el = await host();
    el.remove();
    const ticks = el.ticks;
    await aTimeout(150);
    expect(el.ticks).to.equal(ticks);
    expect(el.autoplay.rotating).to.be.true; // still wanted; resumes on reconnection
    document.body.append(el);
    await aTimeout(150);
    expect(el.ticks).to.be.greaterThan(ticks);
    el.remove();
  });

  it('restarts the timer when the interval changes', async () => {
    const el = await host();
    el.autoplay.interval = 1000;
    el.requestUpdate();
    await el.updateComplete;
    const ticks = el.ticks;
    await aTimeout(200);
    expect(el.ticks).to.equal(ticks);
  });
});
