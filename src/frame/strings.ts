/**
 * The frame page's words (dist/frame.html, for CMSs that take an iframe but
 * no script). Only the frame page shows them, so they stay out of the
 * elements' scripts and their `strings`.
 */
export const frameStrings = {
  /** Shown in the frame when its address asks for something it will not show; the console says what. */
  frameRefused: 'Sorry, this content cannot be shown here. Please let the person who looks after this page know.',
  /** The frame page's title when its address gives no `label` or `heading`. */
  frameTitle: 'Inclusive recruitment briefing',
};
