import { expect, fixture, html } from '@open-wc/testing';
import { uncaughtDuring } from './helpers/console.js';
import { define } from '../src/shared/define.js';
import { NhsElement } from '../src/shared/element.js';
import { strings, setStrings, resetStrings, defaultStrings, addStrings } from '../src/shared/strings.js';
// The audiences' names are the initiatives' words, which join `strings` when that family loads.
import '../src/initiatives/strings.js';
import { VERSION } from '../src/shared/version.js';

class StringsProbe extends NhsElement {
  override render() {
    return html`<p>${strings.feedError}</p><p>${strings.audiences.veterans}</p>`;
  }
}
define('strings-probe', StringsProbe);

describe('strings', () => {
  afterEach(() => resetStrings());

  it('ships English for everything', () => {
    expect(strings.feedError).to.equal(defaultStrings.feedError);
    expect(strings.audiences['young-people']).to.equal('Young people');
  });

  it('lets the page override a string, and every element updates', async () => {
    const el = await fixture<StringsProbe>(html`<strings-probe></strings-probe>`);
    setStrings({ feedError: 'Not available' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('Not available');
  });

  it('merges nested groups, keeping the rest', async () => {
    const el = await fixture<StringsProbe>(html`<strings-probe></strings-probe>`);
    setStrings({ audiences: { veterans: 'Armed forces veterans' } });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('p')[1].textContent).to.equal('Armed forces veterans');
    expect(strings.audiences.carers).to.equal('Carers');
  });

  it("keeps what the page set when a family's own words join later", () => {
    const shipped = { notesLabel: defaultStrings.notesLabel, promptLevels: defaultStrings.promptLevels };
    try {
      setStrings({ notesLabel: 'My thoughts', promptLevels: { system: 'Whole system' } });
      addStrings({ notesLabel: 'Notes', promptLevels: { organisation: 'Trust', system: 'System' } });
      expect(strings.notesLabel).to.equal('My thoughts');
      expect(strings.promptLevels).to.deep.equal({ organisation: 'Trust', system: 'Whole system' });
      expect(defaultStrings.notesLabel).to.equal('Notes');
      resetStrings();
      expect(strings.notesLabel).to.equal('Notes');
    } finally {
      addStrings(shipped);
    }
  });

  it('can be put back', () => {
    setStrings({ loading: 'Wait' });
    resetStrings();
    expect(strings.loading).to.equal(defaultStrings.loading);
  });
});

describe('registration', () => {
  it('does not throw when a tag is registered twice', () => {
    class Again extends NhsElement {}
    expect(() => define('strings-probe', Again)).not.to.throw();
    expect(customElements.get('strings-probe')).to.equal(StringsProbe);
  });

  it('keeps the version equal to package.json', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });
});

describe('NhsElement', () => {
  for (const step of ['willUpdate', 'render', 'updated'] as const) {
    it(`keeps an error in ${step} out of the host page, and tells the author`, async () => {
      const tag = `broken-${step.toLowerCase()}-probe`;
      class BrokenProbe extends NhsElement {
        protected override willUpdate(): void {
          if (step === 'willUpdate') throw new Error('boom');
        }
        override render(): unknown {
          if (step === 'render') throw new Error('boom');
          return 'rendered';
        }
        protected override updated(): void {
          if (step === 'updated') throw new Error('boom');
        }
      }
      define(tag, BrokenProbe);
      const errors: unknown[][] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => errors.push(args);
      try {
        let el!: BrokenProbe;
        const thrown = await uncaughtDuring(async () => {
          el = await fixture<BrokenProbe>(`<${tag}></${tag}>`);
          expect(await el.updateComplete).to.equal(true);
          // A later update runs as usual.
          el.requestUpdate();
          await el.updateComplete;
        });
        expect(String(errors[0]?.[0])).to.contain(`<${tag}> could not render`);
        expect(thrown).to.deep.equal([]);
        expect(el.shadowRoot!.textContent).to.equal(step === 'updated' ? 'rendered' : '');
      } finally {
        console.error = original;
      }
    });
  }
});
