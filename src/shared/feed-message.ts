import { html, nothing } from 'lit';
import { strings } from './strings.js';
import type { FeedStatus } from '../controllers/feed-controller.js';

/**
 * The reader's one line about a feed: loading, failed, or (when `empty`)
 * nothing to show. A polite status once there is news; while loading it is
 * only shown (and marked `data-loading`), not announced.
 */
export function feedMessage(status: FeedStatus, empty: boolean) {
  const text =
    status === 'loading' ? strings.loading : status === 'error' ? strings.feedError : empty ? strings.feedEmpty : '';
  return text
    ? status === 'loading'
      ? html`<p class="message" part="message" data-loading>${text}</p>`
      : html`<p class="message" part="message" role="status">${text}</p>`
    : nothing;
}
