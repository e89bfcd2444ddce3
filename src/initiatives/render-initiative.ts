/**
 * An initiative card's inside, shared by `<nhs-initiative-card>` and
 * `<nhs-initiative-list>` (which draws its cards straight into its own
 * shadow root). Not part of the public API.
 * @internal
 */
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../shared/heading.js';
import { strings } from '../shared/strings.js';
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

/** What a card takes from the element that draws it. @internal */
export interface CardHost {
  closingSoonDays?: number;
  reviewMonths?: number;
}

/**
 * A card's inside, shared by `<nhs-initiative-card>` and the list (which
 * renders cards straight into its own shadow root: far cheaper than one
 * element each when a search shows new ones). `id` and `part` are the
 * heading's; `summary` is the item's own unless given. `data` has been
 * through the parser, so its `href` is safe. @internal
 */
export function renderInitiative(
  data: Initiative,
  today: string,
  host: CardHost,
  level: number,
  id: string,
  part: string,
  summary: unknown = data.summary,
): TemplateResult {
  const { state, days } = initiativeStatus(data, today, host.closingSoonDays);
  const months = host.reviewMonths ?? 12;
  const closes = data.closes && formatDate(data.closes);
  const [colour, words] =
    state == 'open'
      ? ['green', strings.statusOpen]
      : state == 'closing'
        ? ['yellow', strings.statusCloses(days!)]
        : ['grey', state == 'closed' ? strings.statusClosed(closes!) : strings.statusOpens(formatDate(data.opens!))];
  const stale = isStale(data.reviewed, today, months);
  if (stale) {
    warn(`"${data.name}" was last reviewed on ${data.reviewed}, over ${months} months ago`);
  }
  const facts = [
    [strings.initiativeKind, data.kind && strings.initiativeKinds[data.kind]],
    [strings.initiativeAudiences, data.audiences?.map((key) => strings.audiences[key] ?? key).join(', ')],
    [strings.initiativeOffer, data.offer],
    [strings.initiativeCloses, state == 'open' && closes],
  ].filter(([, value]) => value);
  return html`<article class="card" part="card" aria-labelledby=${id}>
    ${heading(level, data.href ? html`<a part="link" href=${data.href}>${data.name}</a>` : data.name, part, id)}
    ${data.provider ? html`<p class="provider">${data.provider}</p>` : nothing}
    <p><strong class="tag tag-${colour}" part="status">${words}</strong></p>
    ${summary ? html`<div part="summary">${summary}</div>` : nothing}
    ${
      facts.length
        ? html`<dl class="facts" part="facts">
            ${facts.map(
              ([label, value]) =>
                html`<dt>${label}</dt>
                  <dd>${value}</dd>`,
            )}
          </dl>`
        : nothing
    }
    ${stale ? html`<p class="review" part="review">${strings.lastReviewed(formatMonth(data.reviewed!))}</p>` : nothing}
  </article>`;
}
