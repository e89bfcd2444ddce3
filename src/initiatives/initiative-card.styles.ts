import { css } from 'lit';

/** The initiative card's own rules; the card, tag and base sheets come from `shared/styles.ts`. */
export const initiativeCardStyles = css`
  .heading {
    font-size: 1.25em;
    line-height: 1.3;
  }
  .provider,
  .review {
    color: var(--_text-secondary);
  }
  /* Each label beside its value when there is room, else above it. */
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
  }
  dt {
    flex-basis: 9em;
    font-weight: 600;
  }
  dd {
    flex: 1 1 12em;
  }
`;
