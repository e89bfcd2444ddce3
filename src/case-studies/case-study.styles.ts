import { css } from 'lit';

export const caseStudyStyles = css`
  .media {
    /* The image's space is kept before it loads: no layout shift. */
    aspect-ratio: 16 / 9;
    /* Out to the card's edges (its padding is --_space-4). */
    margin: -24px -24px 0;
    object-fit: cover;
    background: var(--_surface-alt);
  }
  /* One size at every heading level, written in the page or not (the no-shift stylesheet reads the same). */
  .heading,
  ::slotted([slot=heading]) {
    margin: 0;
    font-size: 1.375em;
    line-height: 1.3;
  }
  .meta,
  figcaption {
    color: var(--_text-secondary);
  }
  .outcomes {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
    padding: 0;
    list-style: none;
  }
  li {
    flex: 1 1 9em;
    min-width: 0;
  }
  span[part] {
    display: block;
    color: var(--_brand);
    font-size: 2em;
    font-weight: 700;
    line-height: 1.2;
  }
  figure {
    padding-inline-start: var(--_space-3);
    /* Forced colours keep this border, in the text colour. */
    border-inline-start: 4px solid var(--_brand);
  }
  blockquote {
    font-size: 1.125em;
  }
  .more {
    margin-block-start: auto;
    font-weight: 600;
  }
`;
