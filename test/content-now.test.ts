// The one-file bundles' content.ts (src/controllers/content-now.ts): the feed
// loader and the parser are inside the file, so they are there at once.
import { expect } from '@open-wc/testing';
import * as lazy from '../src/controllers/content.js';
import * as now from '../src/controllers/content-now.js';
import { parseItems } from '../src/content/parse.js';
import { loadFeed } from '../src/content/feed.js';

// What content.ts offers, with the same types (checked by the compiler).
const twin: typeof lazy = now;

describe("the one-file bundles' content.ts", () => {
  it('has the same exports as the one that loads them when first needed', () => {
    expect(Object.keys(twin).sort()).to.deep.equal(Object.keys(lazy).sort());
  });

  it('has the feed loader and the parser at once, and nothing to wait for', async () => {
    const content = now.loadedContent();
    expect(Object.keys(content).sort()).to.deep.equal(['formatProblem', 'loadFeed', 'parseItem', 'parseItems']);
    expect(content.parseItems).to.equal(parseItems);
    expect(content.loadFeed).to.equal(loadFeed);
    expect(now.useContent()).to.equal(content);
    expect(await now.loadContent()).to.equal(content);
    expect(now.contentLoading()).to.equal(undefined);
  });
});
