import { css } from 'lit';

export const promptStyles = css`
  .card {
    gap: var(--_gap);
    border-top: 4px solid var(--_brand);
  }
  .level {
    order: -1;
    align-self: start;
  }
  /* The page's own styles for its slotted content win; this only trims the browser's default margins. */
  ::slotted(:first-child) {
    margin-block-start: 0;
  }
  ::slotted(:last-child) {
    margin-block-end: 0;
  }
  /* Headings are bold already (the browser's own sheet). */
  .heading {
    font-size: 1.25em;
    line-height: 1.3;
  }
  #steps-heading {
    font-size: 1em;
    margin-block-end: var(--_space-2);
  }
  ul {
    padding-inline-start: 1.25em;
  }
  li+li {
    margin-block-start: var(--_space-2);
  }
  .notes {
    display: grid;
    gap: var(--_space-2);
    padding-block-start: var(--_space-3);
    border-top: 1px solid var(--_border);
  }
  #notes-hint {
    color: var(--_text-secondary);
  }
  textarea {
    padding: var(--_space-2);
    border: 2px solid;
    background: var(--_surface);
    color: inherit;
    font: inherit;
    resize: vertical;
  }
  .notesNotSaved {
    padding-inline-start: var(--_space-3);
    border-inline-start: 4px solid var(--_error);
    font-weight: 600;
  }
  [part=print-note] {
    display: none;
    white-space: pre-wrap;
  }
  @media print {
    #notes-hint,
    #notes-status,
    textarea {
      display: none;
    }
    [part=print-note] {
      display: block;
    }
  }
`;
