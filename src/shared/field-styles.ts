import { css } from 'lit';

/**
 * NHS.UK focus for form fields (a yellow outline and a dark inner edge), in a
 * module of its own so that only the elements with fields (the notes box, the
 * list's search and filters) bring it. The transparent-outline rule for
 * forced colours is in the base sheet.
 */
export const fieldStyles = css`
  input:focus-visible,
  textarea:focus-visible,
  select:focus-visible {
    outline: 4px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_focus-text);
  }
`;
