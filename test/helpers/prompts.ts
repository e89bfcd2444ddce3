/** What the prompt tests share: notes kept apart per file, author warnings, a fake clock, the fixture feed. */
import sinon from 'sinon';
import { captureWarnings } from './console.js';
import type { ContentPack } from '../../src/content/types.js';

/** The tests' own content pack (a copy of the demo feed), as a page would name it in `src`. */
export const FEED = '/test/fixtures/content.json';

/** The fixture feed as data, to say what a test expects to see. */
export async function fixtureFeed(): Promise<ContentPack> {
  return (await fetch(FEED)).json();
}

/** Removes the notes whose keys start with `prefix` only: other test files share localStorage, in other tabs. */
export function forgetNotes(prefix: string): void {
  Object.keys(localStorage)
    .filter((key) => key.startsWith(prefix))
    .forEach((key) => localStorage.removeItem(key));
}

/**
 * Call inside a `describe`: each of its tests starts with no notes under
 * `prefix` and records the console's warnings; afterwards the notes are
 * removed, the console and any fake clock are restored.
 */
export function eachPromptTest(prefix: string): {
  /** The warnings given so far in the running test. */
  readonly warnings: string[];
  /** Fakes `setTimeout` and `clearTimeout` until the test ends (not animation frames: rendering and axe need them). */
  fakeTimeouts(): sinon.SinonFakeTimers;
} {
  let capture: ReturnType<typeof captureWarnings>;
  let clock: sinon.SinonFakeTimers | undefined;
  beforeEach(() => {
    forgetNotes(prefix);
    capture = captureWarnings();
  });
  afterEach(() => {
    clock?.restore();
    clock = undefined;
    capture.restore();
    forgetNotes(prefix);
  });
  return {
    get warnings() {
      return capture.messages;
    },
    fakeTimeouts: () => (clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })),
  };
}
