import { css } from 'lit';

/** The initiative card's own rules; the card, tag and base sheets come from `shared/styles.ts`. */
export const initiativeCardStyles = css`
  .heading {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  .provider,
  .review {
    color: var(--_text-secondary);
  }
  .facts {
    display: grid;
    gap: var(--_space-1) var(--_space-3);
  }
  dt {
    font-weight: 600;
  }
  @container (min-width: 30em) {
    .facts {
      grid-template-columns: max-content 1fr;
    }
  }
  .card {
    container-type: inline-size;
  }
`;
