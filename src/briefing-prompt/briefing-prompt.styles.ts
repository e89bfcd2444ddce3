import { css } from 'lit';

export const promptStyles = css`
  .card {
    gap: var(--_gap);
    border-top: 4px solid var(--_brand);
  }
  .level {
    order: -1;
  }
  /* The page's own styles for its slotted content win; this only trims the browser's default margins. */
  ::slotted(:first-child) {
    margin-block-start: 0;
  }
  ::slotted(:last-child) {
    margin-block-end: 0;
  }
  h2, h3, h4, h5, h6 {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  #steps-heading {
    font-size: 1em;
    margin-block-end: var(--_space-2);
  }
  ul {
    padding-inline-start: 1.25em;
  }
  li + li {
    margin-block-start: var(--_space-2);
  }
  .notes {
    display: grid;
    gap: var(--_space-2);
    padding-block-start: var(--_space-3);
    border-top: 1px solid var(--_border);
  }
  label {
    font-weight: 700;
  }
  .hint {
    color: var(--_text-secondary);
  }
  textarea {
    width: 100%;
    min-height: 6em;
    padding: var(--_space-2);
    border: 2px solid var(--_text);
    border-radius: 0;
    background: var(--_surface);
    color: inherit;
    font: inherit;
    resize: vertical;
  }
  .unsaved {
    padding-inline-start: var(--_space-3);
    border-inline-start: 4px solid var(--_error);
    font-weight: 600;
  }
  [part='print-note'] {
    display: none;
    white-space: pre-wrap;
  }
  @media (forced-colors: active) {
    .card {
      border-top-color: CanvasText;
    }
  }
  @media print {
    .hint,
    textarea,
    #notes-status {
      display: none;
    }
    [part='print-note'] {
      display: block;
    }
  }
`;
