/**
 * An initiative card's inside, shared by `<nhs-initiative-card>` and
 * `<nhs-initiative-list>` (which draws its cards straight into its own
 * shadow root). Not part of the public API.
 * @internal
 */
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../shared/heading.js';
import { strings } from './strings.js';
import { warn } from '../shared/log.js';
import { formatDate, formatMonth } from '../content/dates.js';
import type { Initiative } from '../content/types.js';
import { initiativeStatus, isStale } from './initiative-status.js';

/**
 * The initiative an `<nhs-initiative-card>` describes with its attributes
 * (the parser reads only the fields it knows) and text. @internal
 */
export function fromAttributes(el: Element, id: string | number = 'card'): Record<string, unknown> {
  return {
    ...Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
    id,
    summary: el.textContent!,
  };
}

/** How to draw a card, from the element that draws it. @internal */
export interface CardOptions {
  /** The day to work the status out for (YYYY-MM-DD). */
  today: string;
  /** The heading's level, 2 to 6. */
  level: number;
  /** The heading's id, unique in the shadow root (the card is labelled by it). */
  id: string;
  /**
   * Put before every part name: none on `<nhs-initiative-card>` (`card`,
   * `heading`, `link`…), `item-` in the list (`item-card`, `item-heading`…).
   */
  prefix?: string;
  /** The summary to show; the item's own when not given. */
  summary?: unknown;
  closingSoonDays?: number;
  reviewMonths?: number;
}

/**
 * A card's inside, shared by `<nhs-initiative-card>` and the list (which
 * renders cards straight into its own shadow root: far cheaper than one
 * element each when a search shows new ones). `item` has been through the
 * parser, so its `href` is safe. @internal
 */
export function renderInitiative(
  item: Initiative,
  { today, level, id, prefix = '', summary = item.summary, closingSoonDays, reviewMonths = 12 }: CardOptions,
): TemplateResult {
  const { state, days } = initiativeStatus(item, today, closingSoonDays);
  const closes = item.closes && formatDate(item.closes);
  const [colour, words] =
    state == 'open'
      ? ['green', strings.statusOpen]
      : state == 'closing'
        ? ['yellow', strings.statusCloses(days!)]
        : ['grey', state == 'closed' ? strings.statusClosed(closes!) : strings.statusOpens(formatDate(item.opens!))];
  const stale = isStale(item.reviewed, today, reviewMonths);
  if (stale) {
    warn(`"${item.name}" was last reviewed on ${item.reviewed}, over ${reviewMonths} months ago`);
  }
  const facts = [
    [strings.initiativeKind, item.kind && strings.initiativeKinds[item.kind]],
    [strings.initiativeAudiences, item.audiences?.map((key) => strings.audiences[key] ?? key).join(', ')],
    [strings.initiativeOffer, item.offer],
    [strings.initiativeCloses, state == 'open' && closes],
  ].filter(([, value]) => value);
  return html`<article class="card" part="${prefix}card" aria-labelledby=${id}>
    ${heading(level, item.href ? html`<a part="${prefix}link" href=${item.href}>${item.name}</a>` : item.name, `${prefix}heading`, id)}
    ${item.provider ? html`<p class="provider">${item.provider}</p>` : nothing}
    <p><strong class="tag tag-${colour}" part="${prefix}status">${words}</strong></p>
    ${summary ? html`<div part="${prefix}summary">${summary}</div>` : nothing}
    ${
      facts.length
        ? html`<dl class="facts" part="${prefix}facts">
            ${facts.map(
              ([label, value]) =>
                html`<dt>${label}</dt>
                  <dd>${value}</dd>`,
            )}
          </dl>`
        : nothing
    }
    ${stale ? html`<p class="review" part="${prefix}review">${strings.lastReviewed(formatMonth(item.reviewed!))}</p>` : nothing}
  </article>`;
}
