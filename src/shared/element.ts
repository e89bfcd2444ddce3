import { LitElement, type CSSResultGroup } from 'lit';
import { baseStyles } from './styles.js';
import { onStringsChange } from './strings.js';
import { contentLoading } from '../controllers/content.js';

/**
 * What every element here shares: the base sheet, re-rendering when the page
 * changes strings, a render that can never throw into the host page, and an
 * `updateComplete` that also waits for the feed loader and parser while they
 * load (an element that asked for them renders again once they have).
 *
 * Every element reads these tokens (the manifest lists them on each one):
 *
 * @cssprop [--nhs-widgets-color-brand=#005eb8] - Brand blue: headings' accents, borders, tags, the current slide.
 * @cssprop [--nhs-widgets-color-brand-dark=#003087] - The text of a blue tag.
 * @cssprop [--nhs-widgets-color-text=#212b32] - Text.
 * @cssprop [--nhs-widgets-color-text-secondary=#4c6272] - Secondary text: providers, places, hints; form control borders.
 * @cssprop [--nhs-widgets-color-link=#005eb8] - Links.
 * @cssprop [--nhs-widgets-color-link-hover=#7c2855] - Links under the pointer.
 * @cssprop [--nhs-widgets-color-link-visited=#330072] - Visited links.
 * @cssprop [--nhs-widgets-color-focus=#ffeb3b] - The focus highlight.
 * @cssprop [--nhs-widgets-color-focus-text=#212b32] - Text and the bar under a focused control.
 * @cssprop [--nhs-widgets-color-border=#d8dde0] - Card borders.
 * @cssprop [--nhs-widgets-color-surface=#ffffff] - Card and control backgrounds.
 * @cssprop [--nhs-widgets-color-surface-alt=#f0f4f5] - The box behind an image while it loads.
 * @cssprop [--nhs-widgets-color-button=#007f3b] - Primary buttons.
 * @cssprop [--nhs-widgets-color-button-hover=#00662f] - Primary buttons under the pointer.
 * @cssprop [--nhs-widgets-color-button-shadow=#00401e] - The shadow under primary buttons.
 * @cssprop [--nhs-widgets-color-button-text=#ffffff] - The text of primary buttons.
 * @cssprop [--nhs-widgets-color-button-secondary-hover=#e6eff8] - Secondary (white) buttons under the pointer.
 * @cssprop [--nhs-widgets-color-error=#d5281b] - Warnings: a destructive button, a notice that notes cannot be kept.
 * @cssprop [--nhs-widgets-color-error-shadow=#6b140e] - The shadow under a destructive button.
 * @cssprop [--nhs-widgets-color-tag=#dbe6f5] - A blue tag's background.
 * @cssprop [--nhs-widgets-color-tag-green=#cce5d8] - A green tag's background ("Open").
 * @cssprop [--nhs-widgets-color-tag-green-text=#00401e] - A green tag's text.
 * @cssprop [--nhs-widgets-color-tag-yellow=#fff4cc] - A yellow tag's background ("Closes in 12 days").
 * @cssprop [--nhs-widgets-color-tag-yellow-text=#3d2c00] - A yellow tag's text.
 * @cssprop [--nhs-widgets-color-tag-grey=#e8edee] - A grey tag's background ("Closed").
 * @cssprop [--nhs-widgets-font-family='Frutiger W01', Arial, sans-serif] - The typeface.
 * @cssprop [--nhs-widgets-font-size=medium] - The body text size; headings scale with it. By default the reader's own browser text size, whatever the page's root size; set it (e.g. `1.6rem`) to tie the elements to the page's own scale.
 * @cssprop [--nhs-widgets-gap=16px] - Space between cards and between a card's parts.
 */
export class NhsElement extends LitElement {
  static override styles: CSSResultGroup = [baseStyles];

  #stopStrings?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#stopStrings = onStringsChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopStrings?.();
  }

  /** Also waits for the feed loader and parser while they load, and for the render that follows. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let loading; (loading = contentLoading()); done = await super.getUpdateComplete()) await loading;
    return done;
  }

  /**
   * An update, kept out of the host page if anything in it throws
   * (`willUpdate`, the controllers, `render`, `updated`): the element keeps
   * what it showed, and the author is told.
   */
  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (error) {
      console.error(`[nhs-briefing-widgets] <${this.localName}> could not render:`, error);
    }
  }
}
