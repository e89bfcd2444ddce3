import { expect } from '@open-wc/testing';
import {
  parseContentPack,
  parseItems,
  parseItem,
  formatProblem,
  describe as describeValue,
} from '../src/content/parse.js';

const messages = (value: unknown) => parseContentPack(value).problems.map(formatProblem);

const initiative = (fields: Record<string, unknown> = {}) => ({ id: 'i1', name: 'Apprenticeships', ...fields });

describe('parseContentPack', () => {
  describe('a valid pack', () => {
    it('keeps every section and field', () => {
      const { value, problems } = parseContentPack({
        version: 1,
        prompts: [
          { id: 'p1', question: 'Who is missing?', level: 'system', actions: [{ text: 'Map it', href: '/map' }] },
        ],
        initiatives: [
          initiative({
            audiences: ['young-people', 'new-audience'],
            kind: 'funding',
            opens: '2026-01-05',
            closes: '2027-03-31',
          }),
        ],
        caseStudies: [
          {
            id: 'c1',
            heading: 'Into work',
            outcomes: [{ value: 75, label: 'people employed' }],
            image: { src: 'a.jpg', alt: '' },
          },
        ],
      });
      expect(problems).to.deep.equal([]);
      expect(value.prompts[0].actions).to.deep.equal([{ text: 'Map it', href: '/map' }]);
      expect(value.initiatives[0].audiences).to.deep.equal(['young-people', 'new-audience']);
      expect(value.initiatives[0].closes).to.equal('2027-03-31');
      expect(value.caseStudies[0].outcomes).to.deep.equal([{ value: '75', label: 'people employed' }]);
      expect(value.caseStudies[0].image).to.deep.equal({ src: 'a.jpg', alt: '' });
    });

    it('treats missing sections as empty', () => {
      const { value, problems } = parseContentPack({ prompts: [] });
      expect(problems).to.deep.equal([]);
      expect(value.initiatives).to.deep.equal([]);
      expect(value.caseStudies).to.deep.equal([]);
    });

    it('ignores unknown fields, in the pack and in items', () => {
      const { value, problems } = parseContentPack({
        $schema: 'x',
        colour: 'red',
        initiatives: [initiative({ colour: 'red' })],
      });
      expect(problems).to.deep.equal([]);
      expect(value.initiatives[0]).to.deep.equal({ id: 'i1', name: 'Apprenticeships' });
    });

    it('trims text', () => {
      expect(
        parseContentPack({ initiatives: [initiative({ name: '  Apprenticeships \n' })] }).value.initiatives[0].name,
      ).to.equal('Apprenticeships');
    });
  });

  describe('the about section', () => {
    const about = {
      title: 'Inclusive recruitment',
      publisher: 'NHS Employers',
      summary: 'Why it matters.',
      audience: 'ICS leaders.',
      chapters: [{ title: 'Introduction', summary: 'The framing.' }, { title: 'Case studies' }],
      partners: [{ name: "The King's Trust", note: "as The Prince's Trust" }, { name: 'NHS Confederation' }],
      quote: { text: 'We can open those doors.', cite: 'Kath Evans' },
      href: 'https://example.org/briefing',
      reviewed: '2026-11-28',
      notice: 'Example content.',
    };

    it('keeps every field', () => {
      const { value, problems } = parseContentPack({ about });
      expect(problems).to.deep.equal([]);
      expect(value.about).to.deep.equal(about);
    });

    it('is absent when the pack has none', () => {
      expect(parseContentPack({ prompts: [] }).value).not.to.have.property('about');
    });

    it('is skipped without a title, naming the field, and the sections still stand', () => {
      const { value, problems } = parseContentPack({ about: { summary: 'S' }, initiatives: [initiative()] });
      expect(value.about).to.equal(undefined);
      expect(value.initiatives).to.have.length(1);
      expect(problems.map(formatProblem)).to.deep.equal([
        'about.title: this is required but is missing — this item was skipped',
      ]);
    });

    it('keeps the rest when a chapter, a partner or a link is broken', () => {
      const { value, problems } = parseContentPack({
        about: {
          ...about,
          chapters: [{ summary: 'No title' }, { title: 'Kept' }],
          partners: [{ note: 'x' }],
          href: 'javascript:x',
        },
      });
      expect(value.about?.chapters).to.deep.equal([{ title: 'Kept' }]);
      expect(value.about?.partners).to.deep.equal([]);
      expect(value.about?.href).to.equal(undefined);
      expect(problems.map((p) => p.path)).to.deep.equal([
        'about.chapters[0].title',
        'about.partners[0].name',
        'about.href',
      ]);
    });

    it('skips an about that is not an object', () => {
      const { value, problems } = parseContentPack({ about: 'Inclusive recruitment' });
      expect(value.about).to.equal(undefined);
      expect(problems.map(formatProblem)).to.deep.equal([
        'about: expected an object, got "Inclusive recruitment" — this item was skipped',
      ]);
    });
  });

  describe('Bad input', () => {
    it('never throws, whatever it is given', () => {
      const cycle: Record<string, unknown> = {};
      cycle.self = cycle;
      const weird = [
        undefined,
        null,
        0,
        NaN,
        'text',
        true,
        [],
        [1, 2],
        () => 1,
        Symbol('s'),
        cycle,
        { prompts: cycle },
        { initiatives: [cycle, null, [], 'x'] },
        Object.create(null),
      ];
      for (const value of weird) expect(() => parseContentPack(value)).not.to.throw();
    });

    it('never throws on a value from script that throws when read, and says which one could not be read', () => {
      const throwing = {
        get heading(): string {
          throw new Error('no heading today');
        },
        id: 'c1',
      };
      const trap = new Proxy(
        {},
        {
          get: () => {
            throw new TypeError('revoked');
          },
          ownKeys: () => {
            throw new TypeError('revoked');
          },
        },
      );
      const revoked = Proxy.revocable([], {});
      revoked.revoke();
      // An exception that cannot be turned into text either.
      const unnamed = {
        get id(): string {
          throw Object.create(null);
        },
      };
      for (const [value, path] of [
        [{ caseStudies: [throwing] }, '(feed)'],
        [trap, '(feed)'],
        [{ prompts: revoked.proxy }, '(feed)'],
      ] as const) {
        const { value: pack, problems } = parseContentPack(value);
        expect(pack).to.deep.equal({ version: 1, prompts: [], initiatives: [], caseStudies: [] });
        expect(problems.at(-1)).to.include({ path, severity: 'error' });
      }
      expect(parseContentPack({ caseStudies: [throwing] }).problems.map(formatProblem)).to.deep.equal([
        '(feed): could not be read (it threw Error: no heading today) — nothing from it is shown',
      ]);
      expect(parseItems('caseStudies', [throwing], '<nhs-case-study-carousel>.items')).to.deep.equal({
        value: [],
        problems: [
          {
            path: '<nhs-case-study-carousel>.items',
            message: 'could not be read (it threw Error: no heading today) — nothing from it is shown',
            severity: 'error',
          },
        ],
      });
      expect(parseItem('caseStudies', unnamed, 'item').problems.map(formatProblem)).to.deep.equal([
        'item: could not be read (it threw) — nothing from it is shown',
      ]);
      expect(parseItem('caseStudies', trap, 'item', { id: 'x' }).value).to.equal(undefined);
    });

    it('rejects something that is not a pack, saying what it got', () => {
      expect(messages([])).to.deep.equal([
        '(feed): expected a content pack (an object with "about", "prompts", "initiatives" or "caseStudies"), got a list',
      ]);
      expect(messages('hello')[0]).to.contain('got "hello"');
    });

    it('skips a section that is not a list', () => {
      const { value, problems } = parseContentPack({
        initiatives: { id: 'x' },
        prompts: [{ id: 'p', question: 'Q?', level: 'system' }],
      });
      expect(value.initiatives).to.deep.equal([]);
      expect(value.prompts).to.have.length(1);
      expect(problems.map(formatProblem)).to.deep.equal([
        'initiatives: expected a list, got an object — this section was skipped',
      ]);
    });

    it('skips an item that is not an object', () => {
      const { value, problems } = parseContentPack({ initiatives: [42, initiative()] });
      expect(value.initiatives.map((i) => i.id)).to.deep.equal(['i1']);
      expect(problems.map(formatProblem)).to.deep.equal([
        'initiatives[0]: expected an object, got a number (42) — this item was skipped',
      ]);
    });

    it('skips an item with a missing required field, naming the item and field', () => {
      const { value, problems } = parseContentPack({ initiatives: [initiative(), { id: 'i2' }] });
      expect(value.initiatives).to.have.length(1);
      expect(problems.map(formatProblem)).to.deep.equal([
        'initiatives[1].name: this is required but is missing — this item was skipped',
      ]);
      expect(problems[0].severity).to.equal('error');
    });

    it('counts blank text as missing', () => {
      expect(messages({ caseStudies: [{ id: 'c', heading: '   ' }] })).to.deep.equal([
        'caseStudies[0].heading: this is required but is empty text — this item was skipped',
      ]);
    });

    it('skips an item whose required field has the wrong type', () => {
      const { value, problems } = parseContentPack({ prompts: [{ id: 'p', question: ['Q?'], level: 'system' }] });
      expect(value.prompts).to.deep.equal([]);
      expect(problems.map(formatProblem)).to.deep.equal([
        'prompts[0].question: expected text, got a list — this item was skipped',
      ]);
    });

    it('skips an item with an unknown required choice', () => {
      expect(messages({ prompts: [{ id: 'p', question: 'Q?', level: 'national' }] })).to.deep.equal([
        'prompts[0].level: expected one of "organisation", "system", got "national" — this item was skipped',
      ]);
    });

    it('keeps an item but ignores an optional field with the wrong type', () => {
      const { value, problems } = parseContentPack({
        initiatives: [initiative({ kind: 'grant', provider: { name: 'DWP' } })],
      });
      expect(value.initiatives[0]).to.deep.equal({ id: 'i1', name: 'Apprenticeships' });
      expect(problems.map(formatProblem)).to.deep.equal([
        'initiatives[0].provider: expected text, got an object — this field was ignored',
        'initiatives[0].kind: expected one of "programme", "funding", "guidance", got "grant" — this field was ignored',
      ]);
      expect(problems.every((p) => p.severity === 'warning')).to.be.true;
    });

    it('explains a bad date', () => {
      const { value, problems } = parseContentPack({ initiatives: [initiative({ closes: '31/03/27' })] });
      expect(value.initiatives[0].closes).to.equal(undefined);
      expect(problems.map(formatProblem)).to.deep.equal([
        'initiatives[0].closes: expected a date like 2027-03-31, got "31/03/27" — this field was ignored',
      ]);
    });

    it('rejects a date that is not on the calendar', () => {
      expect(messages({ initiatives: [initiative({ opens: '2027-02-30' })] })).to.have.length(1);
      expect(messages({ initiatives: [initiative({ opens: 20270101 })] })[0]).to.contain('got a number (20270101)');
    });

    it('skips an initiative that closes before it opens', () => {
      const { value, problems } = parseContentPack({
        initiatives: [initiative({ opens: '2027-02-01', closes: '2027-01-01' })],
      });
      expect(value.initiatives).to.deep.equal([]);
      expect(problems.map(formatProblem)).to.deep.equal([
        'initiatives[0].closes: 2027-01-01 is before the opening date 2027-02-01 — this item was skipped',
      ]);
    });

    it('drops an unsafe link with a warning and keeps the item', () => {
      const { value, problems } = parseContentPack({ initiatives: [initiative({ href: 'javascript:alert(1)' })] });
      expect(value.initiatives[0]).to.deep.equal({ id: 'i1', name: 'Apprenticeships' });
      expect(problems.map(formatProblem)).to.deep.equal([
        'initiatives[0].href: the link "javascript:alert(1)" is not allowed: only http, https, mailto, tel and relative links are — this field was ignored',
      ]);
    });

    it('skips an image with an unsafe source, keeping the case study', () => {
      const { value, problems } = parseContentPack({
        caseStudies: [{ id: 'c', heading: 'H', image: { src: 'data:image/svg+xml,<svg onload=alert(1)>', alt: 'x' } }],
      });
      expect(value.caseStudies[0]).to.deep.equal({ id: 'c', heading: 'H' });
      expect(problems.map((p) => p.path)).to.deep.equal(['caseStudies[0].image.src']);
    });

    it('flags an image with no alt text', () => {
      const { problems } = parseContentPack({ caseStudies: [{ id: 'c', heading: 'H', image: { src: 'a.jpg' } }] });
      expect(problems.map(formatProblem)).to.deep.equal([
        'caseStudies[0].image.alt: this is required but is missing — this item was skipped',
      ]);
    });

    it('skips a later item that reuses an id', () => {
      const { value, problems } = parseContentPack({ initiatives: [initiative(), initiative({ name: 'Other' })] });
      expect(value.initiatives.map((i) => i.name)).to.deep.equal(['Apprenticeships']);
      expect(problems.map(formatProblem)).to.deep.equal([
        'initiatives[1].id: "i1" is already used by initiatives[0] — this item was skipped',
      ]);
    });

    it('skips bad entries inside a list field and keeps the good ones', () => {
      const { value, problems } = parseContentPack({
        prompts: [{ id: 'p', question: 'Q?', level: 'system', actions: [{ text: 'Go' }, { href: '/x' }, 'Call'] }],
      });
      expect(value.prompts[0].actions).to.deep.equal([{ text: 'Go' }]);
      expect(problems.map((p) => p.path)).to.deep.equal(['prompts[0].actions[1].text', 'prompts[0].actions[2]']);
    });

    it('warns about a feed version it does not know, and still reads it', () => {
      const { value, problems } = parseContentPack({ version: 2, initiatives: [initiative()] });
      expect(value.initiatives).to.have.length(1);
      expect(problems.map(formatProblem)).to.deep.equal([
        'version: this library reads version 1 feeds, got a number (2) — some content may be missed',
      ]);
    });

    it('accepts audiences written as a comma list', () => {
      expect(
        parseContentPack({ initiatives: [initiative({ audiences: 'veterans, carers' })] }).value.initiatives[0]
          .audiences,
      ).to.deep.equal(['veterans', 'carers']);
    });
  });
});

describe('parseItems and parseItem', () => {
  it('parse one section, naming the source in problems', () => {
    const { value, problems } = parseItems('initiatives', [initiative(), {}], 'items');
    expect(value).to.have.length(1);
    expect(problems[0].path).to.equal('items[1].id');
  });

  it('parse one item', () => {
    expect(parseItem('caseStudies', { id: 'c', heading: 'H', place: 'Leeds' }, 'attrs').value).to.deep.equal({
      id: 'c',
      heading: 'H',
      place: 'Leeds',
    });
    expect(parseItem('caseStudies', { id: 'c' }, 'attrs').value).to.equal(undefined);
  });

  it('parse one item with defaults for the fields it leaves out, never over those it has', () => {
    expect(parseItem('caseStudies', { heading: 'H' }, 'item', { id: 'case-study' })).to.deep.equal({
      value: { id: 'case-study', heading: 'H' },
      problems: [],
    });
    expect(parseItem('caseStudies', { id: 'c', heading: 'H' }, 'item', { id: 'case-study' }).value?.id).to.equal('c');
    // Something that is not an object is reported as it is, not spread into one.
    expect(parseItem('caseStudies', 'H', 'item', { id: 'case-study' }).problems.map(formatProblem)).to.deep.equal([
      'item: expected an object, got "H" — this item was skipped',
    ]);
  });
});

describe('describe', () => {
  it('shortens long text', () => {
    expect(describeValue('x'.repeat(100))).to.have.length.below(70);
  });
});
