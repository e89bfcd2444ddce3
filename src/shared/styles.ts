import { css } from 'lit';

/**
 * The base sheet, composed first in every element: NHS.UK tokens as public
 * `--nhs-widgets-*` custom properties read through private `--_*` ones, a
 * reset that keeps the host page's styles out, the NHS focus style, and the
 * reduced-motion, forced-colours and print rules every element shares. (The
 * focus style of form fields is in `field-styles.ts`, for the elements that
 * have them.)
 */
export const baseStyles = css`
  :host {
    /* Inherited text styles stop at the element; custom properties still flow in. */
    all: initial;
    display: block;

    --_brand: var(--nhs-widgets-color-brand, #005eb8);
    --_brand-dark: var(--nhs-widgets-color-brand-dark, #003087);
    --_text: var(--nhs-widgets-color-text, #212b32);
    --_text-secondary: var(--nhs-widgets-color-text-secondary, #4c6272);
    --_link: var(--nhs-widgets-color-link, #005eb8);
    --_link-hover: var(--nhs-widgets-color-link-hover, #7c2855);
    --_link-visited: var(--nhs-widgets-color-link-visited, #330072);
    --_focus: var(--nhs-widgets-color-focus, #ffeb3b);
    --_focus-text: var(--nhs-widgets-color-focus-text, #212b32);
    --_border: var(--nhs-widgets-color-border, #d8dde0);
    --_surface: var(--nhs-widgets-color-surface, #ffffff);
    --_surface-alt: var(--nhs-widgets-color-surface-alt, #f0f4f5);
    --_button: var(--nhs-widgets-color-button, #007f3b);
    --_button-shadow: var(--nhs-widgets-color-button-shadow, #00401e);
    --_button-hover: var(--nhs-widgets-color-button-hover, #00662f);
    --_button-text: var(--nhs-widgets-color-button-text, #ffffff);
    --_button-secondary-hover: var(--nhs-widgets-color-button-secondary-hover, #e6eff8);
    --_error: var(--nhs-widgets-color-error, #d5281b);
    --_error-shadow: var(--nhs-widgets-color-error-shadow, #6b140e);
    --_font: var(--nhs-widgets-font-family, 'Frutiger W01', Arial, sans-serif);
    /* medium is the reader's own browser text size, whatever the page's root size
       (many intranet themes set html { font-size: 62.5% }). */
    --_font-size: var(--nhs-widgets-font-size, medium);
    --_gap: var(--nhs-widgets-gap, 16px);
    --_space-1: 4px;
    --_space-2: 8px;
    --_space-3: 16px;
    --_space-4: 24px;
    --_space-5: 32px;

  }

  /* A page rule that matches the element itself (say * { letter-spacing: 3px })
     beats :host, and would be inherited inside. So the text styles are set
     on the shadow root's top-level elements too, which no page rule reaches. */
  :host,
  :host > * {
    color: var(--_text);
    font: var(--_font-size) / 1.5 var(--_font);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    overflow-wrap: break-word;
    visibility: inherit;
    -webkit-font-smoothing: antialiased;
  }
  /* The font shorthand above resets the weight: headings at the top level are bold again. */
  :host > :is(h1, h2, h3, h4, h5, h6) {
    font-weight: 700;
  }

  :host([hidden]),
  [hidden] {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  h1, h2, h3, h4, h5, h6, p, ul, ol, dl, dd, blockquote, figure {
    margin: 0;
  }

  a {
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.1em;
  }
  a:visited {
    color: var(--_link-visited);
  }
  a:hover {
    color: var(--_link-hover);
    text-decoration-thickness: 3px;
  }

  /* NHS.UK focus: yellow behind, a black bar beneath. The transparent outline
     becomes a real one in forced-colours mode. */
  :focus {
    outline: none;
  }
  :focus-visible {
    outline: 4px solid transparent;
    outline-offset: 4px;
  }
  a:focus-visible {
    background-color: var(--_focus);
    box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
    color: var(--_focus-text);
    text-decoration: none;
    outline-offset: 0;
  }
  button:focus-visible,
  [role='tab']:focus-visible {
    box-shadow: 0 0 0 4px var(--_focus), 0 4px 0 4px var(--_focus-text);
    outline-offset: 0;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline: 3px solid Highlight;
      outline-offset: 2px;
    }
  }

  @media print {
    :host {
      color: #000;
    }
    a::after {
      content: ' (' attr(href) ')';
      font-size: 0.875em;
    }
  }
`;

/** An NHS.UK card: white, a light border, a blue bar on hover when it is a link. */
export const cardStyles = css`
  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
    height: 100%;
    padding: var(--_space-4);
    background: var(--_surface);
    border: 1px solid var(--_border);
    color: var(--_text);
  }
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
  }
  @media print {
    .card {
      break-inside: avoid;
      border-color: #000;
    }
  }
`;

/** NHS.UK buttons: green primary, white secondary, a shadow that presses in. */
export const buttonStyles = css`
  .button {
    all: unset;
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-2);
    min-height: 44px;
    min-width: 44px;
    padding: var(--_space-2) var(--_space-3);
    border: 2px solid transparent;
    border-radius: 4px;
    box-shadow: 0 4px 0 var(--_button-shadow);
    background: var(--_button);
    color: var(--_button-text);
    font: inherit;
    font-weight: 600;
    line-height: 1.5;
    text-align: center;
    cursor: pointer;
  }
  .button:hover {
    background: var(--_button-hover);
  }
  .button:active {
    box-shadow: none;
    transform: translateY(4px);
  }
  .button-secondary {
    background: var(--_surface);
    color: var(--_brand);
    border-color: var(--_brand);
    box-shadow: 0 4px 0 var(--_brand);
  }
  .button-secondary:hover {
    background: var(--_button-secondary-hover);
  }
  .button:focus-visible {
    background: var(--_focus);
    color: var(--_focus-text);
    border-color: var(--_focus);
    box-shadow: 0 4px 0 var(--_focus-text);
    outline: 4px solid transparent;
  }
  .button[aria-disabled='true'] {
    opacity: 0.5;
    cursor: not-allowed;
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
  @media print {
    .button {
      display: none;
    }
  }
`;
