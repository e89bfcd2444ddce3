import { expect } from '@open-wc/testing';
import { checkRequest, feedOrigins, frameElements, type FrameElements } from '../src/frame/frame-rules.js';

const ORIGIN = 'https://www.example-trust.nhs.uk';
const BASE = `${ORIGIN}/assets/frame.html?whatever`;

/** A manifest as the analyzer writes it: modules, declarations, attributes with types. */
const manifest = {
  modules: [
    {
      declarations: [
        {
          customElement: true,
          tagName: 'nhs-case-study-carousel',
          attributes: [
            { name: 'label', type: { text: 'string' } },
            { name: 'src', type: { text: 'string' } },
            { name: 'loop', type: { text: 'boolean' } },
          ],
        },
        { customElement: true, tagName: 'nhs-case-study', attributes: [{ name: 'heading', type: { text: 'string' } }] },
        {
          customElement: true,
          tagName: 'nhs-initiative-list',
          attributes: [
            { name: 'src', type: { text: 'string | undefined' } },
            { name: 'no-search', type: { text: 'boolean | undefined' } },
            { name: 'url-state', type: { text: 'string | undefined' } },
          ],
        },
        { kind: 'class', name: 'NhsElement' },
        { kind: 'function', name: 'safeUrl' },
      ],
    },
    { path: 'src/content/urls.ts' },
  ],
};

const elements: FrameElements = frameElements(manifest);
const check = (query: string, feeds = new Set<string>()) =>
  checkRequest(new URLSearchParams(query), { elements, feeds, origin: ORIGIN, base: BASE });

describe('frameElements', () => {
  it('lists every custom element in the manifest with its attributes, marking the boolean ones', () => {
    expect(elements).to.deep.equal({
      'nhs-case-study-carousel': { label: 'text', src: 'text', loop: 'boolean' },
      'nhs-case-study': { heading: 'text' },
      'nhs-initiative-list': { src: 'text', 'no-search': 'boolean', 'url-state': 'text' },
    });
  });
});

describe('feedOrigins', () => {
  it('reads origins separated by commas or spaces', () => {
    const { origins, problems } = feedOrigins(' https://a.example.nhs.uk, https://b.example:8443/\nhttp://c.example ');
    expect([...origins]).to.deep.equal(['https://a.example.nhs.uk', 'https://b.example:8443', 'http://c.example']);
    expect(problems).to.deep.equal([]);
  });

  it('is empty when the web team lists nothing', () => {
    expect(feedOrigins('').origins.size).to.equal(0);
  });

  it('refuses an entry that is not an origin, and says how to write it', () => {
    const { origins, problems } = feedOrigins('https://a.example/feeds, a.example, *.nhs.uk, ftp://f.example');
    expect(origins.size).to.equal(0);
    expect(problems).to.have.length(4);
    expect(problems[0]).to.equal(
      '<meta name="nhs-frame-feeds">: "https://a.example/feeds" is not a site\'s origin ' +
        '(write it as https://feeds.example.nhs.uk, with no path); feeds from it are refused',
    );
  });
});

describe('checkRequest', () => {
  describe('when the address asks for an element that reads a feed on the same site', () => {
    it('gives the element and its attributes in the order written, and the frame id', () => {
      const { request, problems } = check(
        'element=nhs-case-study-carousel&label=Case+studies&src=content.json&loop&id=f1',
      );
      expect(problems).to.deep.equal([]);
      expect(request).to.deep.equal({
        tag: 'nhs-case-study-carousel',
        attributes: [
          ['label', 'Case studies'],
          ['src', 'content.json'],
          ['loop', ''],
        ],
        id: 'f1',
      });
    });

    it('takes an absolute feed address on its own site, and a boolean written with its own name', () => {
      const { request } = check(`element=nhs-case-study-carousel&src=${ORIGIN}/feeds/a.json&loop=loop`);
      expect(request?.attributes).to.deep.equal([
        ['src', `${ORIGIN}/feeds/a.json`],
        ['loop', 'loop'],
      ]);
      expect(request?.id).to.equal(null);
    });

    it('keeps values exactly as written: they become attributes, never markup', () => {
      const label = '<img src=x onerror=alert(1)>';
      const { request } = check(`element=nhs-case-study-carousel&src=a.json&label=${encodeURIComponent(label)}`);
      expect(request?.attributes[1]).to.deep.equal(['label', label]);
    });
  });

  describe('feeds', () => {
    it('refuses a feed on another site, naming it and the one place to allow it', () => {
      const { request, problems } = check('element=nhs-case-study-carousel&src=https://evil.example/feed.json');
      expect(request).to.equal(undefined);
      expect(problems).to.deep.equal([
        `the feed https://evil.example/feed.json is on another site (https://evil.example); the frame shows feeds ` +
          `from its own site (${ORIGIN}). To allow it, add https://evil.example to <meta name="nhs-frame-feeds"> ` +
          'in frame.html',
      ]);
    });

    it('refuses addresses that only look local: protocol-relative, another port, another scheme', () => {
      const sources = [
        '//evil.example/feed.json',
        'https://www.example-trust.nhs.uk:8443/feed.json',
        'http://www.example-trust.nhs.uk/feed.json',
        'https://www.example-trust.nhs.uk.evil.example/feed.json',
        'https://www.example-trust.nhs.uk@evil.example/feed.json',
      ];
      expect(sources).to.have.length(5);
      for (const src of sources) {
        const { request, problems } = check(`element=nhs-case-study-carousel&src=${encodeURIComponent(src)}`);
        expect(request, src).to.equal(undefined);
        expect(problems[0], src).to.match(/^the feed .* is on another site/);
      }
    });

    it('refuses a feed address that is not http(s)', () => {
      const sources = ['javascript:alert(1)', 'data:application/json,{}', 'blob:https://evil.example/x'];
      expect(sources).to.have.length(3);
      for (const src of sources) {
        const { problems } = check(`element=nhs-case-study-carousel&src=${encodeURIComponent(src)}`);
        expect(problems, src).to.deep.equal([`src "${src}" is not an http or https address`]);
      }
    });

    it('shows a feed from a site the web team lists, and names the list when refusing another', () => {
      const feeds = new Set(['https://feeds.example.nhs.uk']);
      expect(check('element=nhs-case-study-carousel&src=https://feeds.example.nhs.uk/a.json', feeds).request).to.exist;
      expect(check('element=nhs-case-study-carousel&src=https://evil.example/a.json', feeds).problems[0]).to.contain(
        `from its own site (${ORIGIN}) and https://feeds.example.nhs.uk.`,
      );
    });

    it('needs a feed', () => {
      expect(check('element=nhs-case-study-carousel&label=x').problems).to.deep.equal([
        '<nhs-case-study-carousel> needs src, the address of its feed',
      ]);
      expect(check('element=nhs-case-study-carousel&src=').problems).to.deep.equal([
        '<nhs-case-study-carousel> needs src, the address of its feed',
      ]);
    });
  });

  describe('elements', () => {
    it('needs one', () => {
      expect(check('src=a.json').problems).to.deep.equal([
        'no element given: add ?element= and one of nhs-case-study-carousel, nhs-initiative-list',
      ]);
    });

    it('refuses an element the manifest does not list, including names of built-in objects', () => {
      const tags = ['nhs-evil', 'script', 'iframe', 'constructor', '__proto__', 'NHS-CASE-STUDY-CAROUSEL'];
      expect(tags).to.have.length(6);
      for (const tag of tags) {
        const { request, problems } = check(`element=${tag}&src=a.json`);
        expect(request, tag).to.equal(undefined);
        expect(problems, tag).to.deep.equal([
          `unknown element "${tag}": the frame shows nhs-case-study-carousel, nhs-initiative-list`,
        ]);
      }
    });

    it('refuses an element that takes its words from its attributes', () => {
      const { request, problems } = check('element=nhs-case-study&heading=Pay+rise+withdrawn');
      expect(request).to.equal(undefined);
      expect(problems).to.deep.equal([
        '<nhs-case-study> takes its words from its attributes, so a link could make it say anything; the frame ' +
          'shows only elements that read a feed (nhs-case-study-carousel, nhs-initiative-list)',
      ]);
    });
  });

  describe('attributes', () => {
    it('refuses one the element does not have, and lists those it has', () => {
      const names = ['onclick', 'style', 'id-', 'constructor', 'Label'];
      expect(names).to.have.length(5);
      for (const name of names) {
        const { request, problems } = check(`element=nhs-case-study-carousel&src=a.json&${name}=x`);
        expect(request, name).to.equal(undefined);
        expect(problems, name).to.deep.equal([
          `<nhs-case-study-carousel> has no attribute "${name}"; it takes label, loop, src`,
        ]);
      }
    });

    it('refuses one that makes no sense in a frame, and leaves it out of the list', () => {
      const { problems } = check('element=nhs-initiative-list&src=a.json&url-state&colour=red');
      expect(problems).to.deep.equal([
        "<nhs-initiative-list> url-state cannot be used in the frame: it keeps filters in the frame's own address, " +
          'which the reader never sees',
        '<nhs-initiative-list> has no attribute "colour"; it takes no-search, src',
      ]);
    });

    it('refuses a boolean given a value, as "false" would turn it on', () => {
      const { problems } = check('element=nhs-initiative-list&src=a.json&no-search=false');
      expect(problems).to.deep.equal([
        '<nhs-initiative-list> no-search is on when present: write "&no-search" alone, or leave it out (got "false")',
      ]);
    });

    it('refuses a parameter given twice', () => {
      const { request, problems } = check('element=nhs-case-study-carousel&src=a.json&src=https://evil.example/b.json');
      expect(request).to.equal(undefined);
      expect(problems[0]).to.equal('the parameter "src" is given more than once; give it once');
    });

    it('reports every problem at once', () => {
      const { problems } = check('element=nhs-case-study-carousel&src=https://evil.example/a.json&onclick=x&loop=no');
      expect(problems).to.have.length(3);
    });
  });
});
