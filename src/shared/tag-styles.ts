import { css } from 'lit';

/** NHS.UK tags: words on a tint; the words carry the meaning, the colour only helps. */
export const tagStyles = css`
  :host {
    --_tag: var(--nhs-widgets-color-tag, #dbe6f5);
    --_tag-green: var(--nhs-widgets-color-tag-green, #cce5d8);
    --_tag-green-text: var(--nhs-widgets-color-tag-green-text, #00401e);
    --_tag-yellow: var(--nhs-widgets-color-tag-yellow, #fff4cc);
    --_tag-yellow-text: var(--nhs-widgets-color-tag-yellow-text, #3d2c00);
    --_tag-grey: var(--nhs-widgets-color-tag-grey, #e8edee);
  }

  .tag {
    display: inline-block;
    padding: 2px var(--_space-2);
    border: 1px solid currentColor;
    font-size: 0.875em;
    font-weight: 600;
    line-height: 1.5;
    color: var(--_brand-dark);
    background: var(--_tag);
  }
  .tag-green {
    color: var(--_tag-green-text);
    background: var(--_tag-green);
  }
  .tag-yellow {
    color: var(--_tag-yellow-text);
    background: var(--_tag-yellow);
  }
  .tag-grey {
    color: var(--_text);
    background: var(--_tag-grey);
  }
  @media (forced-colors: active) {
    .tag {
      border-color: CanvasText;
    }
  }
`;
