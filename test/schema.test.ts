import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import { contentSchema } from '../src/content/schema.js';
import { parseContentPack } from '../src/content/parse.js';

const validator = new Validator(contentSchema() as object, '2020-12', false);
const valid = (value: unknown) => validator.validate(value).valid;

describe('content.schema.json', () => {
  it('accepts the example content', async () => {
    const example = await (await fetch('demo/content.json')).json();
    const result = validator.validate(example);
    expect(result.errors.map((e) => `${e.instanceLocation}: ${e.error}`)).to.deep.equal([]);
  });

  it('accepts an empty pack and unknown fields, as the parser does', () => {
    expect(valid({})).to.be.true;
    expect(valid({ version: 1, extra: true, initiatives: [{ id: 'a', name: 'A', colour: 'red' }] })).to.be.true;
  });

  // Every kind of item the parser skips, and the schema must reject too.
  const rejected: Record<string, unknown> = {
    'a list instead of a pack': [],
    'a section that is not a list': { initiatives: {} },
    'an item that is not an object': { initiatives: [42] },
    'a missing required field': { initiatives: [{ id: 'a' }] },
    'a blank required field': { caseStudies: [{ id: 'c', heading: '  ' }] },
    'a required field of the wrong type': { prompts: [{ id: 'p', question: ['Q?'], level: 'system' }] },
    'an unknown choice in a required field': { prompts: [{ id: 'p', question: 'Q?', level: 'national' }] },
    'an image with no alt text': { caseStudies: [{ id: 'c', heading: 'H', image: { src: 'a.jpg' } }] },
    'an action with no text': { prompts: [{ id: 'p', question: 'Q?', level: 'system', actions: [{ href: '/x' }] }] },
  };
  for (const [what, pack] of Object.entries(rejected)) {
    it(`rejects ${what}, which the parser skips`, () => {
      const parsed = parseContentPack(pack);
      expect(
        parsed.problems.some((p) => p.severity === 'error'),
        'the parser skips it',
      ).to.be.true;
      expect(valid(pack), 'the schema rejects it').to.be.false;
    });
  }

  // Fields the parser ignores with a warning: editors flag them too.
  const flagged: Record<string, unknown> = {
    'a date written another way': { initiatives: [{ id: 'a', name: 'A', closes: '31/03/27' }] },
    'an unsafe link': { initiatives: [{ id: 'a', name: 'A', href: 'javascript:alert(1)' }] },
    'a data: image': {
      caseStudies: [{ id: 'c', heading: 'H', image: { src: 'data:image/png;base64,AAAA', alt: '' } }],
    },
    'an unknown kind': { initiatives: [{ id: 'a', name: 'A', kind: 'grant' }] },
    'another version': { version: 2 },
  };
  for (const [what, pack] of Object.entries(flagged)) {
    it(`flags ${what}, which the parser ignores with a warning`, () => {
      expect(parseContentPack(pack).problems.length, 'the parser warns').to.be.greaterThan(0);
      expect(valid(pack), 'the schema rejects it').to.be.false;
    });
  }

  it('accepts every safe kind of link and a decorative image', () => {
    for (const href of ['https://a.nhs.uk', 'http://a', 'mailto:a@b', 'tel:123', '/x', 'x.html', '#y']) {
      expect(valid({ initiatives: [{ id: 'a', name: 'A', href }] }), href).to.be.true;
    }
    expect(valid({ caseStudies: [{ id: 'c', heading: 'H', image: { src: 'a.jpg', alt: '' } }] })).to.be.true;
  });

  it('documents every field for editors', () => {
    const described: string[] = [];
    const walk = (schema: Record<string, unknown>, path: string) => {
      const properties = (schema.properties ?? (schema.items as Record<string, unknown>)?.properties) as
        Record<string, Record<string, unknown>> | undefined;
      for (const [key, field] of Object.entries(properties ?? {})) {
        if (key === '$schema') continue;
        expect(field.description, `${path}.${key}`).to.be.a('string').and.not.be.empty;
        described.push(`${path}.${key}`);
        walk(field, `${path}.${key}`);
      }
    };
    walk(contentSchema(), '');
    expect(described).to.include.members([
      '.initiatives.closes',
      '.caseStudies.image.alt',
      '.prompts.actions.href',
      '.about.chapters.title',
    ]);
  });
});
