import { css } from 'lit';

/** The initiative list's own rules: filters that wrap with the element's width, and a grid of cards. */
export const initiativeListStyles = css`
  :host {
    container-type: inline-size;
  }
  :host > .heading {
    margin-block-end: var(--_space-3);
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.3;
  }
  .filters {
    display: grid;
    gap: var(--_space-3);
    margin-block-end: var(--_space-3);
  }
  @container (min-width: 40em) {
    .filters {
      grid-template-columns: 2fr 1fr 1fr;
      align-items: end;
    }
    .check {
      grid-column: 1 / -1;
    }
  }
  label {
    display: block;
    font-weight: 600;
  }
  input,
  select {
    box-sizing: border-box;
    width: 100%;
    min-height: 44px;
    padding: var(--_space-1) var(--_space-2);
    border: 2px solid var(--_text-secondary);
    border-radius: 0;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  .check {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
  }
  .check input {
    width: 32px;
    min-height: 32px;
    margin: 0;
    accent-color: var(--_brand);
  }
  .check label {
    font-weight: 400;
  }
  .count {
    margin-block-end: var(--_space-3);
    font-weight: 600;
  }
  .items {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20em), 1fr));
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .items > li:focus-visible {
    outline: 4px solid var(--_focus-text);
    outline-offset: 4px;
    box-shadow: 0 0 0 4px var(--_focus);
  }
  .more {
    margin-block-start: var(--_space-4);
  }
  .empty {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-3);
  }
  .message {
    padding: var(--_space-3);
    border-inline-start: 8px solid var(--_brand);
    background: var(--_surface);
    margin-block-end: var(--_space-3);
  }
  @media print {
    .filters,
    .empty button {
      display: none;
    }
  }
`;
