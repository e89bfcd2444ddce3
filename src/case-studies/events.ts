/** Events of the case-study family. */

export interface SlideChangeDetail {
  /** The new current slide, counting from 0. */
  index: number;
  /** The slide's id: the feed item's `id`, or the child element's `id` (may be empty). */
  id: string;
}

/** The carousel moved to another slide (never on its first render). */
export class NhsSlideChangeEvent extends Event {
  constructor(readonly detail: SlideChangeDetail) {
    super('nhs-slide-change', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'nhs-slide-change': NhsSlideChangeEvent;
  }
}
