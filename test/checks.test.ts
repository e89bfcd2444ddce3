import { expect } from '@open-wc/testing';
import {
  plainProblem,
  editorialWarnings,
  checkContentPack,
  checkContentPackText,
  REVIEW_MONTHS,
} from '../src/content/checks.js';
import { parseContentPack } from '../src/content/parse.js';
import type { About, ContentPack, Problem } from '../src/content/types.js';

const TODAY = '2026-06-15';

/** The one problem the parser finds in `pack`, in plain words, by path. */
function plain(pack: unknown): Record<string, string> {
  const { problems } = parseContentPack(pack);
  expect(problems.length, JSON.stringify(problems)).to.be.greaterThan(0);
  return Object.fromEntries(problems.map((p) => [p.path, plainProblem(p)]));
}

const initiative = (fields: Record<string, unknown> = {}) => ({ id: 'i1', name: 'Apprenticeships', ...fields });
const study = (fields: Record<string, unknown> = {}) => ({ id: 'c1', heading: 'Into work', ...fields });
const pack = (fields: Partial<ContentPack> & { about?: About } = {}): ContentPack => ({
  version: 1,
  prompts: [],
  initiatives: [],
  caseStudies: [],
  ...fields,
});
const paths = (problems: Problem[]) => problems.map((p) => p.path);

describe('plainProblem', () => {
  // Each message is made by the parser itself, so a change to its words shows up here.
  it('says how to write a date', () => {
    expect(plain({ initiatives: [initiative({ closes: '31/03/27' })] })).to.deep.equal({
      'initiatives[0].closes': 'Write the date as year-month-day, for example 2027-03-31.',
    });
  });

  it('writes out a British date with a four-figure year the ISO way', () => {
    expect(plain({ initiatives: [initiative({ opens: '5/1/2027' })] })).to.deep.equal({
      'initiatives[0].opens': 'Write the date as year-month-day: 2027-01-05.',
    });
  });

  it('says when a day does not exist', () => {
    expect(plain({ initiatives: [initiative({ closes: '2027-02-30' })] })['initiatives[0].closes']).to.equal(
      'There is no such day: check the date, written as year-month-day, for example 2027-03-31.',
    );
  });

  it('names a required field that is missing or blank', () => {
    expect(plain({ initiatives: [{ id: 'i1' }], caseStudies: [study({ heading: '  ' })] })).to.deep.equal({
      'initiatives[0].name': 'Fill in "name": it cannot be left out or blank.',
      'caseStudies[0].heading': 'Fill in "heading": it cannot be left out or blank.',
    });
  });

  it('asks for alt text, or for the image to be marked decorative', () => {
    expect(plain({ caseStudies: [study({ image: { src: 'a.jpg' } })] })['caseStudies[0].image.alt']).to.equal(
      'Describe the image for someone who cannot see it, or write "alt": "" if it is only decoration.',
    );
  });

  it('names the choices for a field that takes one of a few words', () => {
    expect(
      plain({
        prompts: [{ id: 'p1', question: 'Q?', level: 'national' }],
        initiatives: [initiative({ kind: 'grant' })],
      }),
    ).to.deep.equal({
      'prompts[0].level': 'Choose "organisation" or "system".',
      'initiatives[0].kind': 'Choose "programme", "funding" or "guidance".',
    });
  });

  it('says which links are allowed', () => {
    expect(plain({ initiatives: [initiative({ href: 'javascript:alert(1)' })] })['initiatives[0].href']).to.equal(
      'Use a web address that starts with https://, a path on this site such as /careers, ' +
        'mailto: for an email address or tel: for a phone number.',
    );
  });

  it('says how to write text, links, lists and objects', () => {
    expect(
      plain({
        prompts: [{ id: 'p1', question: ['Q?'], level: 'system' }],
        initiatives: [initiative({ href: 42, audiences: 7 }), initiative({ id: 'i2', audiences: ['carers', 3] })],
        caseStudies: [study({ outcomes: 'many' }), 'a case study'],
      }),
    ).to.deep.equal({
      'prompts[0].question': 'Write this as text in double quotes, for example "Apprenticeships".',
      'initiatives[0].href': 'Write the link as text in double quotes, for example "https://www.nhs.uk/".',
      'initiatives[0].audiences': 'Write this as a list in square brackets, for example ["young-people", "carers"].',
      'initiatives[1].audiences[1]':
        'Write each entry as a word in double quotes, such as "young-people", or remove it.',
      'caseStudies[0].outcomes': 'Write "outcomes" as a list in square brackets: [ { … }, { … } ].',
      'caseStudies[1]': 'Write this in curly brackets, with its fields inside: { "name": "…", … }.',
    });
  });

  it('shows how a section is written', () => {
    expect(plain({ initiatives: { id: 'i1' } })).to.deep.equal({
      initiatives: 'Write "initiatives" as a list of items in square brackets: "initiatives": [ { … }, { … } ].',
    });
  });

  it('explains a duplicate id and dates in the wrong order', () => {
    expect(
      plain({
        initiatives: [
          initiative(),
          initiative({ name: 'Again' }),
          initiative({ id: 'i3', opens: '2027-02-01', closes: '2027-01-01' }),
        ],
      }),
    ).to.deep.equal({
      'initiatives[1].id': 'Give this item an id of its own: "i1" is already used by initiatives[0].',
      'initiatives[2].closes': 'Check the dates: it closes on 1 January 2027, before it opens on 1 February 2027.',
    });
  });

  it('explains what a feed must be, and its version', () => {
    expect(plain([])).to.deep.equal({
      '(feed)':
        'The file must hold one JSON object with "prompts", "initiatives" or "caseStudies" lists, ' +
        'for example { "version": 1, "initiatives": [ … ] }.',
    });
    expect(plain({ version: 2 })).to.deep.equal({
      version: 'Set "version" to 1, or check the feed was written for this library.',
    });
  });

  it('keeps words that already read plainly', () => {
    const problem: Problem = { path: 'x', message: 'something new went wrong', severity: 'error' };
    expect(plainProblem(problem)).to.equal('something new went wrong');
    for (const warning of checkContentPack({ initiatives: [initiative({ closes: '2026-01-01' })] }, TODAY).problems) {
      expect(plainProblem(warning)).to.equal(warning.message);
    }
  });
});

describe('editorialWarnings', () => {
  it('finds nothing wrong with a current, secure pack', () => {
    const current = pack({
      prompts: [{ id: 'p1', question: 'Q?', level: 'system', actions: [{ text: 'Call', href: 'tel:0800' }] }],
      initiatives: [
        { id: 'i1', name: 'A', closes: TODAY, reviewed: '2025-06-15', href: 'https://example.org/' },
        { id: 'i2', name: 'B', href: 'mailto:team@example.org' },
        { id: 'i3', name: 'C', href: '/careers' },
      ],
      caseStudies: [{ id: 'c1', heading: 'H', reviewed: '2026-01-01', image: { src: 'a.jpg', alt: '' } }],
    });
    expect(editorialWarnings(current, TODAY)).to.deep.equal([]);
  });

  it(`warns about a review more than ${REVIEW_MONTHS} months old, from the day after`, () => {
    const warnings = editorialWarnings(
      pack({
        initiatives: [
          { id: 'i1', name: 'A', reviewed: '2025-06-15' },
          { id: 'i2', name: 'B', reviewed: '2025-06-14' },
        ],
        caseStudies: [{ id: 'c1', heading: 'H', reviewed: '2024-01-31' }],
      }),
      TODAY,
    );
    expect(warnings).to.deep.equal([
      {
        path: 'initiatives[1].reviewed',
        message: 'last reviewed on 14 June 2025, over 12 months ago: check it against its source, then update the date',
        severity: 'warning',
      },
      {
        path: 'caseStudies[0].reviewed',
        message:
          'last reviewed on 31 January 2024, over 12 months ago: check it against its source, then update the date',
        severity: 'warning',
      },
    ]);
  });

  it("checks the briefing's own review date and link too", () => {
    const about = { title: 'The briefing', reviewed: '2025-01-01', href: 'http://example.org/briefing' };
    expect(paths(editorialWarnings(pack({ about }), TODAY))).to.deep.equal(['about.reviewed', 'about.href']);
    expect(editorialWarnings(pack({ about: { title: 'The briefing', reviewed: TODAY } }), TODAY)).to.deep.equal([]);
  });

  it('warns about an initiative that has closed, from the day after its closing day', () => {
    const warnings = editorialWarnings(
      pack({
        initiatives: [
          { id: 'i1', name: 'A', closes: TODAY },
          { id: 'i2', name: 'B', closes: '2026-06-14' },
        ],
      }),
      TODAY,
    );
    expect(warnings).to.deep.equal([
      {
        path: 'initiatives[1].closes',
        message:
          'this closed on 14 June 2026: lists hide it unless the reader asks for closed ones. ' +
          'Update its dates if it has opened again, or remove it',
        severity: 'warning',
      },
    ]);
  });

  it('warns about every link that is http, and only those', () => {
    const warnings = editorialWarnings(
      pack({
        prompts: [
          {
            id: 'p1',
            question: 'Q?',
            level: 'system',
            actions: [
              { text: 'A', href: 'https://a.example/' },
              { text: 'B', href: 'http://b.example/' },
            ],
          },
        ],
        initiatives: [{ id: 'i1', name: 'A', href: 'HTTP://c.example/' }],
        caseStudies: [
          { id: 'c1', heading: 'H', href: 'http://d.example/', image: { src: 'http://e.example/a.jpg', alt: '' } },
        ],
      }),
      TODAY,
    );
    expect(paths(warnings)).to.deep.equal([
      'prompts[0].actions[1].href',
      'initiatives[0].href',
      'caseStudies[0].href',
      'caseStudies[0].image.src',
    ]);
    expect(warnings[0].message).to.equal(
      'the link http://b.example/ is not secure: change http:// to https:// if the site offers it',
    );
    expect(warnings.every((w) => w.severity === 'warning')).to.be.true;
  });
});

describe('checkContentPack', () => {
  it('gives the parsed pack, the parser problems, then the warnings', () => {
    const { pack: parsed, problems } = checkContentPack(
      { initiatives: [initiative({ closes: '2026-01-01', kind: 'grant' })] },
      TODAY,
    );
    expect(parsed.initiatives.map((i) => i.id)).to.deep.equal(['i1']);
    expect(problems.map((p) => `${p.severity} ${p.path}`)).to.deep.equal([
      'warning initiatives[0].kind',
      'warning initiatives[0].closes',
    ]);
  });

  it('points warnings at items as the feed has them, after skipped ones', () => {
    const { problems } = checkContentPack(
      {
        initiatives: [
          { id: 'no-name' },
          initiative({ href: 'http://a.example/' }),
          initiative({ name: 'Duplicate', href: 'http://b.example/' }),
          initiative({ id: 'i2', opens: '2026-03-01', closes: '2026-02-01' }),
          initiative({ id: 'i3', closes: '2026-01-01' }),
        ],
        caseStudies: 'not a list',
      },
      TODAY,
    );
    expect(problems.map((p) => `${p.severity} ${p.path}`)).to.deep.equal([
      'error initiatives[0].name',
      'error initiatives[2].id',
      'error initiatives[3].closes',
      'error caseStudies',
      'warning initiatives[1].href',
      'warning initiatives[4].closes',
    ]);
  });

  it('never throws, whatever it is given', () => {
    for (const value of [undefined, null, 42, 'text', [], { prompts: [null] }, { initiatives: [[]] }]) {
      expect(() => checkContentPack(value, TODAY), JSON.stringify(value)).not.to.throw();
    }
  });
});

describe('checkContentPackText', () => {
  it('checks the JSON in a file, with or without a byte order mark', () => {
    const text = JSON.stringify({ initiatives: [initiative({ href: 'http://a.example/' })] });
    for (const written of [text, `\uFEFF${text}`]) {
      const { pack: parsed, problems } = checkContentPackText(written, TODAY);
      expect(parsed.initiatives.length).to.equal(1);
      expect(paths(problems)).to.deep.equal(['initiatives[0].href']);
    }
  });

  it('says where the JSON breaks, by line and column', () => {
    const { pack: parsed, problems } = checkContentPackText('{\n  "version": 1,\n  "prompts": []\n  "x": 1\n}', TODAY);
    expect(parsed.initiatives).to.deep.equal([]);
    expect(problems.length).to.equal(1);
    expect(problems[0].path).to.equal('(feed)');
    expect(problems[0].severity).to.equal('error');
    expect(problems[0].message).to.match(/^this is not JSON near line 4, column 3 \(.+\)$/);
    expect(plainProblem(problems[0])).to.equal(
      'Look near line 4, column 3 for a missing or extra comma, a missing double quote, or a bracket that is not closed.',
    );
  });

  it('says when the JSON stops short, or the file is empty', () => {
    const [cut] = checkContentPackText('{ "prompts": [', TODAY).problems;
    expect(cut.message).to.match(/^this is not JSON/);
    expect(plainProblem(cut)).to.match(/a bracket that is not closed\.$/);
    const [empty] = checkContentPackText(' \n', TODAY).problems;
    expect(empty).to.deep.equal({ path: '(feed)', message: 'the file is empty', severity: 'error' });
    expect(plainProblem(empty)).to.equal('Write the content pack in the file: { "version": 1, "initiatives": [ … ] }.');
  });
});
