/** Events of the initiatives family. */

export interface FilterChangeDetail {
  /** The search box's text, trimmed (`''` when empty). */
  search: string;
  /** The audience key chosen (`''` for any audience). */
  audience: string;
  /** The kind chosen: `programme`, `funding` or `guidance` (`''` for any kind). */
  kind: string;
  /** Whether closed initiatives are included. */
  showClosed: boolean;
}

/**
 * The reader changed the list's search or filters, and has paused (300 ms):
 * the detail is what they now look for. Never fired on the first render, for
 * presets or an address read at the start, or for a script's changes.
 */
export class NhsFilterChangeEvent extends Event {
  constructor(readonly detail: FilterChangeDetail) {
    super('nhs-filter-change', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'nhs-filter-change': NhsFilterChangeEvent;
  }
}
