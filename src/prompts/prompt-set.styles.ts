import { css } from 'lit';

export const setStyles = css`
  :host,
  .prompts {
    display: grid;
    gap: var(--_space-4);
  }
  .prompts {
    gap: var(--_gap);
  }
  :host(:not([notes])) .prompts {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20em), 1fr));
  }
  .heading {
    font-size: 1.5em;
    line-height: 1.3;
  }
  #progress,
  #ask,
  [part=status] {
    font-weight: 600;
  }
  .tools,
  .confirm {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
    padding-block-end: var(--_space-1);
  }
  .confirm {
    padding: var(--_space-3);
    border-inline-start: 4px solid var(--_error);
  }
  #ask,
  [part=status] {
    flex-basis: 100%;
  }
  .warning {
    background: var(--_error);
    box-shadow: 0 4px 0 var(--_error-shadow);
  }
  @media print {
    #progress,
    .tools {
      display: none;
    }
  }
`;
