import { css } from 'lit';

/** The briefing's own rules: the introduction, the contents list and the space between sections. */
export const briefingStyles = css`
  :host,
  section,
  figure {
    display: grid;
    gap: var(--_space-3);
  }
  :host {
    gap: var(--_space-5);
  }
  .heading {
    font-size: 1.5em;
    line-height: 1.3;
  }
  #about > .heading {
    font-size: 2em;
  }
  /* Focus moved here from the contents list, or by the page's address. */
  .heading:focus-visible {
    background: var(--_focus);
    box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
    color: var(--_focus-text);
  }
  .label {
    font-weight: 600;
  }
  [part=publisher],
  figcaption {
    color: var(--_text-secondary);
  }
  .message,
  .notice {
    padding: var(--_space-3);
    border-inline-start: 8px solid var(--_brand);
    background: var(--_surface);
  }
  blockquote {
    padding-inline-start: var(--_space-3);
    border-inline-start: 4px solid var(--_brand);
    font-size: 1.25em;
  }
  ol,
  ul {
    padding-inline-start: 1.25em;
  }
  li + li {
    margin-block-start: var(--_space-2);
  }
  @media print {
    /* Contents entries lead within the page: their addresses mean nothing on paper. */
    nav a::after {
      content: none;
    }
    .heading {
      break-after: avoid;
    }
  }
`;
