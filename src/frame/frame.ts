/**
 * The frame page's script (`dist/frame.js`, loaded by `dist/frame.html`
 * beside the script-tag bundle). It reads the page's address, checks it
 * against the rules in `frame-rules.ts`, then either puts the one element on
 * the page, its attributes set with `setAttribute`, or a short message for
 * the reader and a precise one in the console for the author. Either way it
 * tells the page around the frame how tall its content is.
 *
 * The build calls `startFrame` with the allow-list it makes from the Custom
 * Elements Manifest (scripts/build/frame.config.ts).
 */
import { checkRequest, feedOrigins, type FrameElements } from './frame-rules.js';
import { frameStrings } from './strings.js';
import { warn } from '../shared/log.js';

/** The message a frame posts to its parent whenever its content's height changes. */
export interface FrameHeightMessage {
  type: 'nhs-frame-height';
  /** In CSS pixels, rounded up: the height the iframe needs to show everything without scrolling. */
  height: number;
  /** The frame's `id` parameter, or null. */
  id: string | null;
}

/** Render what the frame page's address asks for (or refuse), then report its height. */
export function startFrame(elements: FrameElements, { root = document.body } = {}): void {
  const feeds = feedOrigins(document.querySelector('meta[name="nhs-frame-feeds"]')?.getAttribute('content') ?? '');
  const { request, problems } = checkRequest(new URLSearchParams(location.search), {
    elements,
    feeds: feeds.origins,
    origin: location.origin,
    base: location.href,
  });
  for (const problem of [...feeds.problems, ...problems]) warn(`frame.html: ${problem}`);

  if (request) {
    const el = document.createElement(request.tag);
    for (const [name, value] of request.attributes) el.setAttribute(name, value);
    const name = el.getAttribute('label') || el.getAttribute('heading');
    document.title = name || frameStrings.frameTitle;
    root.replaceChildren(el);
  } else {
    const message = document.createElement('p');
    message.className = 'message';
    message.textContent = frameStrings.frameRefused;
    document.title = frameStrings.frameTitle;
    root.replaceChildren(message);
  }
  reportHeight(root, new URLSearchParams(location.search).get('id'));
}

/**
 * Posts the height of `content` to the parent page now and whenever it
 * changes (a feed arriving, a filter, a narrower frame). Any page may hear
 * it: a height is no secret, and the host's resizer checks who sent it.
 */
function reportHeight(content: HTMLElement, id: string | null): void {
  if (window.parent === window) return;
  let last = -1;
  new ResizeObserver(() => {
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'nhs-frame-height', height, id } satisfies FrameHeightMessage, '*');
  }).observe(content);
}
