import { html, type TemplateResult } from 'lit';

/**
 * Turns a `heading-level` attribute into 2–6, the levels a widget may use.
 * (The property is never reflected, so it needs no way back to an attribute.)
 */
export const headingLevelConverter = {
  fromAttribute(value: string | null): number {
    const level = Number.parseInt(value ?? '', 10);
    return Number.isNaN(level) ? 3 : Math.min(6, Math.max(2, level));
  },
};

/**
 * A heading at the level the host page asks for: the page owns its outline.
 * `part` and `id` go on the heading element itself.
 */
export function heading(level: number, content: unknown, part = 'heading', id = 'heading'): TemplateResult {
  switch (Math.min(6, Math.max(2, Math.round(level) || 3))) {
    case 2:
      return html`<h2 part=${part} id=${id} class="heading">${content}</h2>`;
    case 4:
      return html`<h4 part=${part} id=${id} class="heading">${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${id} class="heading">${content}</h5>`;
    case 6:
      return html`<h6 part=${part} id=${id} class="heading">${content}</h6>`;
    default:
      return html`<h3 part=${part} id=${id} class="heading">${content}</h3>`;
  }
}
