/**
 * Loaded before every test file (web-test-runner.config.mjs, testRunnerHtml).
 *
 * When an assertion about a DOM node fails (`expect(el.querySelector('a')).to.equal(null)`),
 * chai keeps the node itself on the error as `actual` or `expected`, and
 * web-test-runner then tries to copy the whole node graph out of the page: the
 * page hangs and the run ends minutes later with "browser disconnected" instead
 * of the failure. This plugin swaps such nodes for their markup (the same text
 * chai's message shows), so a failing test fails at once, with its message.
 */
// The side-effect-free entry: '@open-wc/testing' itself, imported before mocha is set
// up, would never register its fixture clean-up (fixtures would pile up across tests).
// (Its type declarations leave `chai` out, though the module exports it.)
import * as pure from '@open-wc/testing/pure';

const { chai } = pure as unknown as { chai: Chai.ChaiStatic };

const describeNode = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.some((item) => item instanceof Node) ? value.map(describeNode) : value;
  if (!(value instanceof Node)) return value;
  if (value instanceof Element)
    return value.outerHTML.length > 500 ? `${value.outerHTML.slice(0, 500)}…` : value.outerHTML;
  return value.nodeName;
};

chai.use(({ Assertion, AssertionError }: Chai.ChaiStatic) => {
  const assert = Assertion.prototype.assert;
  Assertion.prototype.assert = function (this: unknown, ...args: Parameters<typeof assert>) {
    try {
      return assert.apply(this, args);
    } catch (error) {
      if (error instanceof AssertionError) {
        const e = error as { actual?: unknown; expected?: unknown };
        e.actual = describeNode(e.actual);
        e.expected = describeNode(e.expected);
      }
      throw error;
    }
  };
});
