import { css } from 'lit';

export const carouselStyles = css`
  :host {
    /* Slides per view follow the element's own width, not the viewport's. */
    container-type: inline-size;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
    margin-block-end: var(--_space-3);
  }
  .rotation {
    margin-inline-end: auto;
  }
  .icon {
    width: 1.25em;
    height: 1.25em;
    fill: currentColor;
  }
  :host(:dir(rtl)) .chevron {
    transform: scaleX(-1);
  }
  [role='tablist'] {
    display: flex;
    flex-wrap: wrap;
  }
  .dot {
    all: unset;
    display: grid;
    place-items: center;
    width: 24px;
    height: 44px;
    cursor: pointer;
  }
  .dot:focus-visible {
    /* Becomes a real outline in forced colours, where the focus box-shadow is dropped. */
    outline: 3px solid transparent;
  }
  .dot::before {
    content: '';
    width: 14px;
    height: 14px;
    border: 2px solid var(--_brand);
    border-radius: 50%;
  }
  .dot[aria-selected='true']::before {
    background: var(--_brand);
  }
  .scroller {
    /* 1 slide in view, 2 from 600px wide, 3 from 1000px; a page may set its own number. */
    --_per-view: var(--nhs-widgets-slides-per-view, 1);
    display: flex;
    gap: var(--_gap);
    padding: var(--_space-1);
    overflow-x: auto;
    overscroll-behavior-x: contain;
    scroll-snap-type: x mandatory;
    scroll-padding-inline: var(--_space-1);
    scroll-behavior: smooth;
    scrollbar-width: none;
  }
  @container (min-width: 600px) {
    .scroller {
      --_per-view: var(--nhs-widgets-slides-per-view, 2);
    }
  }
  @container (min-width: 1000px) {
    .scroller {
      --_per-view: var(--nhs-widgets-slides-per-view, 3);
    }
  }
  .slide {
    /* Cards in a row share the tallest one's height. */
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    flex: 0 0 calc((100% - (var(--_per-view) - 1) * var(--_gap)) / var(--_per-view));
    min-width: 0;
    scroll-snap-align: start;
    border-block-start: 4px solid transparent;
  }
  .current {
    border-color: var(--_brand);
  }
  .message {
    margin-block-end: var(--_space-3);
  }
  @media (forced-colors: active) {
    .dot {
      forced-color-adjust: none;
    }
    .dot:focus-visible {
      outline-color: Highlight;
    }
    .dot::before {
      border-color: ButtonText;
    }
    .dot[aria-selected='true']::before {
      background: Highlight;
    }
    .current {
      border-color: Highlight;
    }
  }
  @media print {
    .controls {
      display: none;
    }
    .scroller {
      display: block;
      overflow: visible;
    }
    .slide {
      margin-block-end: var(--_space-3);
    }
  }
`;
