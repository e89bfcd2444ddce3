import { expect, fixture, html } from '@open-wc/testing';

/** What a failed assertion carries out of the page (test/helpers/setup.ts). */
function failure(assertion: () => void): { actual?: unknown; expected?: unknown; message: string } {
  try {
    assertion();
  } catch (error) {
    return error as { actual?: unknown; expected?: unknown; message: string };
  }
  throw new Error('the assertion passed');
}

describe('test setup: failed assertions about DOM nodes', () => {
  it('carry the node as markup, not the node, so the page does not hang', async () => {
    const el = await fixture(html`<p class="x">Hello <b>there</b></p>`);
    const error = failure(() => expect(el).to.equal(null));
    // Checked as a type first: without the setup this very assertion would carry a node.
    expect(typeof error.actual).to.equal('string');
    expect(error.actual).to.equal('<p class="x">Hello <b>there</b></p>');
    expect(error.message).to.include('to equal null');
  });

  it('do so for an expected node and for lists of nodes too', async () => {
    const el = await fixture(html`<p><i>a</i><i>b</i></p>`);
    expect(typeof failure(() => expect(null).to.equal(el)).expected).to.equal('string');
    expect(failure(() => expect(null).to.equal(el)).expected).to.equal('<p><i>a</i><i>b</i></p>');
    expect(failure(() => expect([...el.children]).to.deep.equal([])).actual).to.deep.equal(['<i>a</i>', '<i>b</i>']);
  });

  it('leave other values alone', () => {
    expect(failure(() => expect({ a: 1 }).to.deep.equal({ a: 2 })).actual).to.deep.equal({ a: 1 });
  });
});
