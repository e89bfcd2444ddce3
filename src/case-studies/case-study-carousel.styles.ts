import { css } from 'lit';

export const carouselStyles = css`
  :host {
    /* Slides per view follow the element's own width, not the viewport's. */
    container-type: inline-size;
  }
  /* One row of controls, always 44px high (with the reader's text size, the
     Pause button's line): the no-shift stylesheet keeps that much room for them. */
  .controls,
  [role=tablist] {
    display: flex;
    align-items: center;
  }
  .controls {
    gap: var(--_space-2);
  }
  .controls,
  [role=status] {
    margin-block-end: var(--_space-3);
  }
  .rotation {
    margin-inline-end: auto;
  }
  /* Previous and Next: a chevron drawn with two borders, pointing the way the page reads. */
  .step::before {
    content: '';
    padding: 5px;
    border-top: solid;
    border-right: solid;
    rotate: 45deg;
  }
  [part=previous-button]::before {
    rotate: -135deg;
  }
  :host(:dir(rtl)) .step::before {
    scale: -1;
  }
  /* More entries than fit scroll sideways (the current one is kept in view) rather than wrap. */
  [role=tablist] {
    min-width: 0;
    overflow-x: auto;
    scrollbar-width: none;
  }
  /* Picker entries: 24px wide (the WCAG 2.2 minimum target); :where() leaves the base focus styles in force. */
  :where([role=tab]) {
    all: unset;
    display: grid;
    flex: none;
    place-items: center;
    width: 24px;
    height: 44px;
    cursor: pointer;
  }
  [role=tab]::before {
    content: '';
    width: 14px;
    height: 14px;
    border: 2px solid var(--_brand);
    border-radius: 50%;
  }
  /* The current entry is filled by its border, which forced colours keep. */
  [aria-selected=true]::before {
    border-width: 7px;
  }
  /* Focus drawn inside the entry (yellow, a dark bar beneath), where the scrolling picker cannot clip it. */
  [role=tab]:focus-visible {
    background: var(--_focus);
    box-shadow: inset 0 -4px var(--_focus-text);
  }
  .scroller {
    /* 1 slide in view, 2 from 600px wide, 3 from 1000px; a page may set its own number. */
    --_per-view: var(--nhs-widgets-slides-per-view, 1);
    display: flex;
    /* Each card as tall as its own content. */
    align-items: flex-start;
    gap: var(--_gap);
    padding: var(--_space-1);
    overflow: auto hidden;
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
  [role=group] {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    flex: 0 0 calc((100% - (var(--_per-view) - 1) * var(--_gap)) / var(--_per-view));
    min-width: 0;
    scroll-snap-align: start;
    border-block-start: 4px solid transparent;
  }
  /* The row is as tall as the slides in view: one out of view takes no height
     (it shows, cut to the row, while it scrolls in), and one more than a view
     away is not laid out at all. */
  .fit > [inert] {
    height: 0;
  }
  .far {
    content-visibility: hidden;
  }
  [part~=slide-current] {
    border-color: var(--_brand);
  }
  @media (forced-colors: active) {
    [part~=slide-current] {
      border-color: Highlight;
    }
    [role=tab]:focus-visible {
      outline-offset: -3px;
    }
  }
  @media print {
    .controls {
      display: none;
    }
    .scroller {
      /* One under another, the flex gap between them. */
      display: grid;
      overflow: visible;
    }
    .fit > [inert] {
      height: auto;
    }
    .far {
      content-visibility: visible;
    }
  }
`;
