import { css } from 'lit';

/** The initiative list's own rules: filters that wrap with the element's width, and a grid of cards. */
export const initiativeListStyles = css`
  :host > *+* {
    margin-block-start: var(--_space-3);
  }
  :host > .heading {
    font-size: 1.5em;
  }
  /* Side by side when there is room, else one under another. */
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-3);
  }
  .filters > * {
    flex: 1 1 12em;
  }
  label,
  .count {
    font-weight: 600;
  }
  input,
  select {
    width: 100%;
    min-height: 44px;
    padding: 0 var(--_space-2);
    border: 2px solid var(--_text-secondary);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  .check {
    display: flex;
    flex-basis: 100%;
    align-items: center;
    gap: var(--_space-2);
    font-weight: 400;
  }
  .check input {
    width: 32px;
    min-height: 32px;
    margin: 0;
  }
  .items {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20em), 1fr));
    gap: var(--_gap);
    padding: 0;
    list-style: none;
  }
  /* Each card lays itself out on its own, so a keystroke that shows or hides
     cards lays out less (measured with npm run bench:list). */
  li {
    contain: layout style;
  }
  li:focus-visible {
    outline-color: var(--_focus-text);
    box-shadow: 0 0 0 4px var(--_focus);
  }
  .message {
    padding: var(--_space-3);
    border-inline-start: 8px solid var(--_brand);
    background: var(--_surface);
  }
  @media print {
    .filters {
      display: none;
    }
  }
`;
